import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { PageTitle } from '../../../components/PageTitle';
import { useCreateCitizen } from '../api/createCitizen';
import { CITIZEN_FIELDS, EMPTY_CITIZEN, toCitizenBody, validateCitizen, type CitizenFormValues } from './citizenForm';

const idFor = (field: string) => `citizen-${field.replace(/_/g, '-')}`;

export function CitizenCreatePage() {
  const navigate = useNavigate();
  const create = useCreateCitizen();
  // The CPR number typed in the top bar's search comes along in the page's state (never the URL).
  const carried = (useLocation().state as { cpr?: string } | null)?.cpr ?? '';
  const [values, setValues] = useState<CitizenFormValues>({ ...EMPTY_CITIZEN, cpr: carried });
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const [existingId, setExistingId] = useState<string | null>(null);

  const set = (field: keyof CitizenFormValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setExistingId(null);
    const clientErrors = validateCitizen(values);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, []);
      return;
    }
    clearErrors();
    create.mutate(toCitizenBody(values), {
      onSuccess: (citizen) => {
        void navigate(`/henvendelser/ny?borger=${encodeURIComponent(citizen.id)}`, {
          state: { notice: `${citizen.name} er oprettet som borger.` },
        });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          setExistingId(error.problem.existing_citizen_id ?? null);
          return;
        }
        if (error instanceof ApiError) {
          const mapped = problemToFormErrors(error.problem, CITIZEN_FIELDS);
          showErrors(mapped.fields, mapped.general);
        } else {
          showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
        }
      },
    });
  };

  const items = summaryItems(fieldErrors, general, CITIZEN_FIELDS, idFor);

  return (
    <div className="narrow">
      <PageTitle>Opret borger</PageTitle>
      <p className="lead">
        Opret borgeren, før du registrerer en genoptræningsplan eller en ansøgning. Felter markeret
        “valgfri” kan udelades.
      </p>

      {existingId !== null ? (
        <div className="notice notice--warning" role="alert">
          <h2 className="notice__title">Borgeren findes allerede</h2>
          <p>Der er allerede oprettet en borger med dette CPR-nummer.</p>
          {existingId ? (
            <p>
              <Link to={`/henvendelser/ny?borger=${encodeURIComponent(existingId)}`}>
                Registrér en henvendelse for den eksisterende borger
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}

      <ErrorSummary items={items} revision={revision} />

      <form className="form" noValidate onSubmit={submit} aria-labelledby="citizen-form-title">
        <h2 id="citizen-form-title" className="form__title">
          Borgerens oplysninger
        </h2>
        <TextField
          id={idFor('cpr')}
          name="cpr"
          label="CPR-nummer"
          hint="10 cifre, fx 010170-1234."
          inputMode="numeric"
          maxLength={11}
          width="short"
          value={values.cpr}
          onChange={set('cpr')}
          error={fieldErrors.cpr}
        />
        <TextField
          id={idFor('name')}
          name="name"
          label="Navn"
          width="full"
          value={values.name}
          onChange={set('name')}
          error={fieldErrors.name}
        />
        <TextField
          id={idFor('address')}
          name="address"
          label="Adresse"
          hint="Vej, husnummer, postnummer og by."
          width="full"
          value={values.address}
          onChange={set('address')}
          error={fieldErrors.address}
        />
        <TextField
          id={idFor('municipality_code')}
          name="municipality_code"
          label="Kommunekode"
          hint="3 cifre: 183 for Ishøj, 187 for Vallensbæk."
          inputMode="numeric"
          maxLength={3}
          width="short"
          value={values.municipality_code}
          onChange={set('municipality_code')}
          error={fieldErrors.municipality_code}
        />
        <TextField
          id={idFor('phone')}
          name="phone"
          label="Telefon"
          type="tel"
          inputMode="tel"
          width="medium"
          optional
          value={values.phone}
          onChange={set('phone')}
          error={fieldErrors.phone}
        />
        <TextField
          id={idFor('general_practitioner')}
          name="general_practitioner"
          label="Egen læge"
          hint="Lægens eller lægehusets navn. Slutstatus sendes hertil."
          width="full"
          optional
          value={values.general_practitioner}
          onChange={set('general_practitioner')}
          error={fieldErrors.general_practitioner}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Opretter …' : 'Opret borger'}
          </button>
          <Link to="/" className="button button--link">
            Annullér
          </Link>
        </div>
      </form>
    </div>
  );
}
