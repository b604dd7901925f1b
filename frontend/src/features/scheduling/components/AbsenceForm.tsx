import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import type { Absence } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useAddAbsence } from '../api/staffTime';
import { ABSENCE_KIND_LABELS, PLACE_LABELS } from '../labels';

const FIELDS = ['kind', 'first_day', 'last_day', 'note'] as const;
const idFor = (field: string) => `absence-${field.replace(/_/g, '-')}`;
const EMPTY = { kind: '', first_day: '', last_day: '', note: '' };

/** Fravær: whole days. The answer lists the bookings the absence hits, to rebook; nothing moves by itself. */
export function AbsenceForm({ staffId, staffName }: { staffId: string; staffName: string }) {
  const add = useAddAbsence(staffId);
  const [values, setValues] = useState(EMPTY);
  const [recorded, setRecorded] = useState<Absence | null>(null);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.kind) missing.kind = 'Vælg fraværets art.';
    if (!values.first_day) missing.first_day = 'Skriv første dag.';
    if (!values.last_day) missing.last_day = 'Skriv sidste dag.';
    if (Object.keys(missing).length > 0) return showErrors(missing, []);
    clearErrors();
    setRecorded(null);
    add.mutate(
      {
        kind: values.kind as Absence['kind'],
        first_day: values.first_day,
        last_day: values.last_day,
        note: values.note.trim() || null,
      },
      {
        onSuccess: (absence) => {
          setRecorded(absence);
          setValues(EMPTY);
        },
        onError: (error) => {
          if (error instanceof ApiError) {
            const mapped = problemToFormErrors(error.problem, FIELDS);
            showErrors(mapped.fields, mapped.general);
          } else showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
        },
      },
    );
  };

  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="absence-title">
      <h3 id="absence-title" className="subform__legend">
        Registrér fravær for {staffName}
      </h3>
      <ErrorSummary id="absence-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      {recorded ? <AbsenceHits absence={recorded} /> : null}
      <SelectField
        id={idFor('kind')}
        name="kind"
        label="Art"
        placeholder="Vælg …"
        options={Object.entries(ABSENCE_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        value={values.kind}
        onChange={set('kind')}
        error={fieldErrors.kind}
      />
      <div className="inline-fields">
        <TextField id={idFor('first_day')} name="first_day" label="Første dag" type="date" value={values.first_day} onChange={set('first_day')} error={fieldErrors.first_day} />
        <TextField id={idFor('last_day')} name="last_day" label="Sidste dag" type="date" value={values.last_day} onChange={set('last_day')} error={fieldErrors.last_day} />
      </div>
      <TextField id={idFor('note')} name="note" label="Note" width="full" optional value={values.note} onChange={set('note')} error={fieldErrors.note} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Gemmer …' : 'Gem fravær'}
        </button>
      </div>
    </form>
  );
}

function AbsenceHits({ absence }: { absence: Absence }) {
  return (
    <div className="notice notice--success" role="status">
      <p>
        Fraværet {formatDate(absence.first_day)}–{formatDate(absence.last_day)} ({labelFor(ABSENCE_KIND_LABELS, absence.kind)}) er gemt.
        {absence.hits.length === 0 ? ' Det rammer ingen aftaler.' : ` Det rammer ${absence.hits.length} aftale(r), som skal bookes om:`}
      </p>
      {absence.hits.length > 0 ? (
        <ul>
          {absence.hits.map((a) => (
            <li key={a.id}>
              {formatDateTime(a.starts_at)} {labelFor(PLACE_LABELS, a.place).toLowerCase()}
              {a.course_id ? (
                <>
                  {' – '}
                  <Link to={`/forloeb/${a.course_id}`}>åbn forløbet</Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
