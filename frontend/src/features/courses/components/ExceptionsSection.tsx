import { useState, type FormEvent } from 'react';
import type { Course } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { formatDate } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useAddFrequencyException } from '../api/courseRecords';
import { EXCEPTION_REASON_LABELS } from '../labels';
import { exceptionMissing, toException, type ExceptionValues } from './courseForms';
import { showProblem } from './showProblem';

const FIELDS = ['reason', 'note', 'starts_on', 'ends_on'] as const;
const idFor = (field: string) => `exception-${field.replace(/_/g, '-')}`;
const EMPTY: ExceptionValues = { reason: '', note: '', starts_on: '', ends_on: '' };

/** More sessions a week than the service standard allows, for a period: a reason and an end date. */
export function ExceptionsSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby="course-exceptions">
      <h2 id="course-exceptions" className="panel__title">
        Undtagelser fra frekvensen
      </h2>
      {course.frequency_exceptions.length === 0 ? (
        <p className="empty">Forløbet har ingen undtagelser.</p>
      ) : (
        <ul className="record-list">
          {course.frequency_exceptions.map((x) => (
            <li key={x.id}>
              {formatDate(x.starts_on)}–{formatDate(x.ends_on)}: {labelFor(EXCEPTION_REASON_LABELS, x.reason)}
              {x.note ? ` (${x.note})` : ''} <span className="cell-sub">Registreret af {x.recorded_by}</span>
            </li>
          ))}
        </ul>
      )}
      {mayWrite ? (
        <button type="button" className="button button--secondary" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
          Registrér undtagelse
        </button>
      ) : null}
      {adding ? <ExceptionForm courseId={course.id} onDone={() => setAdding(false)} /> : null}
    </section>
  );
}

function ExceptionForm({ courseId, onDone }: { courseId: string; onDone: () => void }) {
  const add = useAddFrequencyException(courseId);
  const [values, setValues] = useState(EMPTY);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof ExceptionValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = exceptionMissing(values);
    if (Object.keys(missing).length > 0) return showErrors(missing, []);
    clearErrors();
    add.mutate(toException(values), { onSuccess: onDone, onError: (error) => showProblem(error, FIELDS, showErrors) });
  };
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="exception-form-title">
      <h3 id="exception-form-title" className="subform__legend">
        Ny undtagelse
      </h3>
      <ErrorSummary id="exception-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      <SelectField
        id={idFor('reason')}
        name="reason"
        label="Begrundelse"
        placeholder="Vælg …"
        options={Object.entries(EXCEPTION_REASON_LABELS).map(([value, label]) => ({ value, label }))}
        value={values.reason}
        onChange={set('reason')}
        error={fieldErrors.reason}
      />
      <TextField
        id={idFor('note')}
        name="note"
        label="Uddybning"
        hint="Skal udfyldes ved anden begrundelse."
        width="full"
        optional
        value={values.note}
        onChange={set('note')}
        error={fieldErrors.note}
      />
      <div className="inline-fields">
        <TextField id={idFor('starts_on')} name="starts_on" label="Fra" type="date" value={values.starts_on} onChange={set('starts_on')} error={fieldErrors.starts_on} />
        <TextField id={idFor('ends_on')} name="ends_on" label="Slutdato" type="date" value={values.ends_on} onChange={set('ends_on')} error={fieldErrors.ends_on} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Gemmer …' : 'Gem undtagelse'}
        </button>
      </div>
    </form>
  );
}
