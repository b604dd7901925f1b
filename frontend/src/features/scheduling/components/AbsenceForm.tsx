import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import type { Absence, StaffAbsence } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useAbsences, useRemoveAbsence, useSaveAbsence } from '../api/staffTime';
import { ABSENCE_KIND_LABELS, PLACE_LABELS } from '../labels';

const FIELDS = ['kind', 'first_day', 'last_day', 'note'] as const;
const idFor = (field: string) => `absence-${field.replace(/_/g, '-')}`;
const EMPTY = { kind: '', first_day: '', last_day: '', note: '' };

/**
 * The member of staff's absences not yet over, each to change or remove, and the form that records
 * a new one or changes the one chosen. Removing one makes its days bookable again.
 */
export function AbsenceSection({ staffId, staffName }: { staffId: string; staffName: string }) {
  const absences = useAbsences(staffId);
  const remove = useRemoveAbsence(staffId);
  const [editing, setEditing] = useState<StaffAbsence | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const describe = (a: StaffAbsence) =>
    `${labelFor(ABSENCE_KIND_LABELS, a.kind)} ${formatDate(a.first_day)}–${formatDate(a.last_day)}`;
  return (
    <div className="absences">
      <h3 id="absences-title" className="subform__legend">
        Fravær for {staffName}
      </h3>
      {removed ? (
        <p className="notice notice--success" role="status">
          Fraværet {removed} er fjernet.
        </p>
      ) : null}
      {remove.isError ? (
        <p className="notice notice--error" role="alert">
          Fraværet kunne ikke fjernes. Prøv igen.
        </p>
      ) : null}
      {absences.data && absences.data.length > 0 ? (
        <ul className="record-list" aria-labelledby="absences-title">
          {absences.data.map((a) => (
            <li key={a.id}>
              {describe(a)}
              {a.note ? <span className="cell-sub">{a.note}</span> : null}
              <span className="row-actions">
                <button type="button" className="button button--small button--secondary" onClick={() => setEditing(a)}>
                  Ret<span className="visually-hidden"> {describe(a)}</span>
                </button>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate(a.id, {
                      onSuccess: () => {
                        setRemoved(describe(a));
                        if (editing?.id === a.id) setEditing(null);
                      },
                    })
                  }
                >
                  Fjern<span className="visually-hidden"> {describe(a)}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : absences.data ? (
        <p className="empty">Ingen registreret fravær fremover.</p>
      ) : null}
      <AbsenceForm
        key={editing?.id ?? 'new'}
        staffId={staffId}
        staffName={staffName}
        editing={editing}
        onCancel={() => setEditing(null)}
      />
    </div>
  );
}

/** Fravær: whole days. The answer lists the bookings the absence hits, to rebook; nothing moves by itself. */
function AbsenceForm({
  staffId,
  staffName,
  editing,
  onCancel,
}: {
  staffId: string;
  staffName: string;
  editing: StaffAbsence | null;
  onCancel: () => void;
}) {
  const save = useSaveAbsence(staffId);
  const [values, setValues] = useState(() =>
    editing
      ? { kind: editing.kind, first_day: editing.first_day, last_day: editing.last_day, note: editing.note ?? '' }
      : EMPTY,
  );
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
    save.mutate(
      {
        absenceId: editing?.id,
        body: {
          kind: values.kind as Absence['kind'],
          first_day: values.first_day,
          last_day: values.last_day,
          note: values.note.trim() || null,
        },
      },
      {
        onSuccess: (absence) => {
          setRecorded(absence);
          if (!editing) setValues(EMPTY);
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
        {editing ? `Ret fravær for ${staffName}` : `Registrér fravær for ${staffName}`}
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
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Gemmer …' : editing ? 'Gem ændringen' : 'Gem fravær'}
        </button>
        {editing ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Fortryd
          </button>
        ) : null}
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
