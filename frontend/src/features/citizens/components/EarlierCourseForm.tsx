import { useState, type FormEvent } from 'react';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import { useLegalBases } from '../../../api/legalBases';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { useRecordEarlierCourse } from '../api/citizenRecord';

const FIELDS = ['legal_basis', 'started_on', 'ended_on', 'note'] as const;
const idFor = (field: string) => `earlier-course-${field.replace(/_/g, '-')}`;
const EMPTY = { legal_basis: '', started_on: '', ended_on: '', note: '' };

/**
 * A municipal course from before this system, with its end date, so the 5-month quarantine on a
 * renewed application sees it.
 */
export function EarlierCourseForm({ citizenId, onDone }: { citizenId: string; onDone: () => void }) {
  const record = useRecordEarlierCourse(citizenId);
  const bases = useLegalBases();
  const [values, setValues] = useState(EMPTY);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!values.legal_basis) errors.legal_basis = 'Vælg forløbets lovgrundlag.';
    if (!values.ended_on) errors.ended_on = 'Skriv datoen, forløbet sluttede.';
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return;
    }
    clearErrors();
    record.mutate(
      {
        legal_basis: values.legal_basis,
        started_on: values.started_on || null,
        ended_on: values.ended_on,
        note: values.note.trim() || null,
      },
      {
        onSuccess: () => {
          setValues(EMPTY);
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError) {
            const mapped = problemToFormErrors(error.problem, FIELDS);
            showErrors(mapped.fields, mapped.general);
          } else {
            showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
          }
        },
      },
    );
  };

  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="earlier-course-title">
      <h3 id="earlier-course-title" className="subform__legend">
        Registrér tidligere forløb
      </h3>
      <ErrorSummary items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      <SelectField
        id={idFor('legal_basis')}
        name="legal_basis"
        label="Lovgrundlag"
        placeholder="Vælg …"
        options={(bases.data ?? []).map((b) => ({ value: b.code, label: b.name }))}
        value={values.legal_basis}
        onChange={set('legal_basis')}
        error={fieldErrors.legal_basis}
      />
      <div className="inline-fields">
        <TextField
          id={idFor('started_on')}
          name="started_on"
          label="Startede"
          type="date"
          optional
          value={values.started_on}
          onChange={set('started_on')}
          error={fieldErrors.started_on}
        />
        <TextField
          id={idFor('ended_on')}
          name="ended_on"
          label="Sluttede"
          type="date"
          value={values.ended_on}
          onChange={set('ended_on')}
          error={fieldErrors.ended_on}
        />
      </div>
      <TextField
        id={idFor('note')}
        name="note"
        label="Note"
        hint="Fx hvor forløbet er oplyst fra."
        width="full"
        optional
        value={values.note}
        onChange={set('note')}
        error={fieldErrors.note}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {record.isPending ? 'Gemmer …' : 'Gem forløbet'}
        </button>
      </div>
    </form>
  );
}
