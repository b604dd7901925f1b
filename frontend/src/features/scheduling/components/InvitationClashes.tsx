import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import type { InvitationClash } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { copenhagenLocalToIso, formatDateTime } from '../../../lib/dates';
import { useInvitationClashes, useRebookClash } from '../api/invitationClashes';

const RESOURCE_LABELS: Record<string, string> = {
  staff: 'terapeutens',
  citizen: 'borgerens',
};

/**
 * The invitations from before bookings that could not enter the calendar (their time met another
 * booking of the therapist or the citizen), for the team leader to rebook one by one.
 */
export function InvitationClashes() {
  const clashes = useInvitationClashes();
  const [chosen, setChosen] = useState<InvitationClash | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="invitation-clashes">
      <h2 id="invitation-clashes" className="panel__title">
        Samtaler, der skal bookes om
      </h2>
      <p>
        Indkaldelser fra før kalenderen, hvis tid ramte en anden aftale, da de blev flyttet ind. Indkaldelsen er uændret; book
        samtalen på en ny tid og giv borgeren besked.
      </p>
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      {clashes.isPending ? (
        <Loading />
      ) : clashes.isError ? (
        <ErrorMessage error={clashes.error} />
      ) : clashes.data.length === 0 ? (
        <p className="empty">Der er ingen samtaler at booke om.</p>
      ) : (
        <ul className="record-list">
          {clashes.data.map((c) => (
            <li key={c.id}>
              <Link to={`/sager/${c.case_id}`}>{c.citizen_name}</Link>: samtale {formatDateTime(c.meeting_at)} med {c.therapist_name}
              <span className="cell-sub">
                Ramte {RESOURCE_LABELS[c.resource] ?? c.resource} aftale
                {c.clashing_starts_at ? ` ${formatDateTime(c.clashing_starts_at)}` : ''}.
              </span>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-expanded={chosen?.id === c.id}
                onClick={() => setChosen((old) => (old?.id === c.id ? null : c))}
              >
                Book ny tid<span className="visually-hidden"> for {c.citizen_name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen ? (
        <RebookForm
          key={chosen.id}
          clash={chosen}
          onDone={(message) => {
            setChosen(null);
            setDone(message);
          }}
        />
      ) : null}
    </section>
  );
}

const FIELDS = ['meeting_at', 'outside_hours_reason'] as const;
const idFor = (field: string) => `rebook-${field.replace(/_/g, '-')}`;

function RebookForm({ clash, onDone }: { clash: InvitationClash; onDone: (message: string) => void }) {
  const rebook = useRebookClash();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [reason, setReason] = useState('');
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const at = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? copenhagenLocalToIso(`${date}T${time}`) : null;
    if (!at) return showErrors({ meeting_at: 'Skriv dato og klokkeslæt (tt:mm).' }, []);
    clearErrors();
    rebook.mutate(
      { clashId: clash.id, body: { meeting_at: at, outside_hours_reason: reason.trim() || null } },
      {
        onSuccess: () => onDone(`Samtalen med ${clash.citizen_name} er booket ${formatDateTime(at)}.`),
        onError: (error) => {
          if (!(error instanceof ApiError)) return showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
          const mapped = problemToFormErrors(error.problem, FIELDS);
          // A clash is reported at the time; the summary says why.
          const fields = error.problem.clashing_appointment_id || mapped.fields.starts_at ? { meeting_at: error.problem.detail ?? 'Tiden er optaget.' } : mapped.fields;
          showErrors(fields, mapped.general);
        },
      },
    );
  };
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="rebook-title">
      <h3 id="rebook-title" className="subform__legend">
        Ny tid for samtalen med {clash.citizen_name}
      </h3>
      <ErrorSummary id="rebook-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      <div className="inline-fields">
        <TextField id={idFor('meeting_at')} name="date" label="Dato" type="date" width="short" value={date} onChange={setDate} error={fieldErrors.meeting_at} />
        <TextField id="rebook-time" name="time" label="Kl." hint="tt:mm" inputMode="numeric" width="short" value={time} onChange={setTime} />
      </div>
      <TextField
        id={idFor('outside_hours_reason')}
        name="outside_hours_reason"
        label="Begrundelse for tid uden for arbejdstid"
        hint="Kun når tiden ligger uden for terapeutens arbejdstid eller under fravær."
        width="full"
        optional
        value={reason}
        onChange={setReason}
        error={fieldErrors.outside_hours_reason}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={rebook.isPending}>
          {rebook.isPending ? 'Booker …' : 'Book samtalen'}
        </button>
      </div>
    </form>
  );
}
