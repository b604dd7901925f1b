import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import type { Citizen } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { useEditCitizen } from '../api/citizenRecord';
import { useCitizen } from '../api/getCitizen';
import {
  fromCitizen,
  RECORD_FIELDS,
  RECORD_LABELS,
  recordErrors,
  toEditBody,
  validateRecord,
  type CitizenRecordValues,
} from './citizenRecordForm';

const idFor = (field: string) => `record-${field.replace(/_/g, '-')}`;

type FieldName = (typeof RECORD_FIELDS)[number];
const HINTS: Partial<Record<FieldName, string>> = {
  cpr: '10 cifre, fx 010170-1234.',
  municipality_code: '3 cifre: 183 for Ishøj, 187 for Vallensbæk.',
  phone: '8 cifre, fx 12 34 56 78.',
  general_practitioner_provider_number: '6 cifre.',
};
const OPTIONAL = new Set<FieldName>([
  'phone',
  'email',
  'general_practitioner',
  'general_practitioner_clinic',
  'general_practitioner_provider_number',
  'relative_name',
  'relative_relation',
  'relative_phone',
]);
const TYPES: Partial<Record<FieldName, 'tel' | 'email'>> = { phone: 'tel', relative_phone: 'tel', email: 'email' };
const GROUPS: { title: string; fields: FieldName[] }[] = [
  { title: 'Borgeren', fields: ['cpr', 'name', 'address', 'municipality_code', 'phone', 'email'] },
  {
    title: 'Egen læge',
    fields: ['general_practitioner', 'general_practitioner_clinic', 'general_practitioner_provider_number'],
  },
  { title: 'Pårørende', fields: ['relative_name', 'relative_relation', 'relative_phone'] },
];

function EditForm({ citizen }: { citizen: Citizen }) {
  const navigate = useNavigate();
  const edit = useEditCitizen(citizen.id);
  const [values, setValues] = useState<CitizenRecordValues>(() => fromCitizen(citizen));
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: FieldName) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clientErrors = validateRecord(values);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, []);
      return;
    }
    clearErrors();
    edit.mutate(toEditBody(values), {
      onSuccess: () => {
        void navigate(`/borgere/${citizen.id}`, { state: { notice: 'Oplysningerne er gemt.' } });
      },
      onError: (error) => {
        if (error instanceof ApiError) {
          const mapped = recordErrors(error.problem);
          showErrors(mapped.fields, mapped.general);
        } else {
          showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
        }
      },
    });
  };

  return (
    <>
      <ErrorSummary items={summaryItems(fieldErrors, general, RECORD_FIELDS, idFor)} revision={revision} />
      <form className="form" noValidate onSubmit={submit} aria-label="Borgerens oplysninger">
        {GROUPS.map((group) => (
          <fieldset key={group.title} className="subform">
            <legend className="subform__legend">{group.title}</legend>
            {group.fields.map((field) => (
              <TextField
                key={field}
                id={idFor(field)}
                name={field}
                label={RECORD_LABELS[field]!}
                hint={HINTS[field]}
                type={TYPES[field]}
                inputMode={field === 'general_practitioner_provider_number' ? 'numeric' : undefined}
                width={field === 'cpr' || field === 'municipality_code' || field.endsWith('number') ? 'short' : 'full'}
                optional={OPTIONAL.has(field)}
                value={values[field]}
                onChange={set(field)}
                error={fieldErrors[field]}
              />
            ))}
          </fieldset>
        ))}
        <div className="form__actions">
          <button type="submit" className="button" disabled={edit.isPending}>
            {edit.isPending ? 'Gemmer …' : 'Gem ændringer'}
          </button>
          <Link to={`/borgere/${citizen.id}`} className="button button--link">
            Annullér
          </Link>
        </div>
      </form>
    </>
  );
}

/** Edit the citizen's record; every changed field goes in the record's history. */
export function CitizenEditPage() {
  const { id = '' } = useParams();
  const citizen = useCitizen(id);
  return (
    <div className="narrow">
      <PageTitle title={citizen.data ? `Ret oplysninger: ${citizen.data.name}` : 'Ret oplysninger'}>
        Ret oplysninger
      </PageTitle>
      {citizen.isPending ? (
        <Loading label="Henter borgeren …" />
      ) : citizen.isError ? (
        <ErrorMessage error={citizen.error} />
      ) : (
        <EditForm citizen={citizen.data} />
      )}
    </div>
  );
}
