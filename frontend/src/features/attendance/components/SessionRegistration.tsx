import { useState, type KeyboardEvent } from 'react';
import { describeError } from '../../../api/problem';
import type { DaySession } from '../../../api/types';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { ATTENDANCE_LABELS } from '../../courses/labels';
import { useRegisterAttendance } from '../api/attendance';
import { CancellationForm } from './CancellationForm';
import './attendance.css';

const clock = (iso: string) => formatDateTime(iso).slice(-5);

/** The outcomes a session can be registered with, and the key that registers each. */
export const OUTCOMES = [
  { value: 'attended', label: 'Fremmødt', key: 'f', held: true },
  { value: 'cancelled', label: 'Afbud', key: 'a', held: false },
  { value: 'no_show', label: 'Udeblevet', key: 'u', held: true },
  { value: 'sent_home', label: 'Sendt hjem', key: 'h', held: true },
] as const;
type Outcome = (typeof OUTCOMES)[number]['value'];

export interface SessionRegistrationProps {
  item: DaySession;
  /** Id of the text explaining the keys, for the buttons' description. */
  keysId: string;
  onDone: (message: string, item: DaySession) => void;
  onError: (message: string) => void;
}

/** The registration controls of one individual session: an outcome per button (or key), a
 * cancellation's details, or undoing the registration in force. */
export function SessionRegistration({ item, keysId, onDone, onError }: SessionRegistrationProps) {
  const register = useRegisterAttendance();
  const [cancelling, setCancelling] = useState(false);
  const registered = item.registration_id !== null && item.registration_id !== undefined;
  const save = (attendance: Outcome | 'booked', cancellation?: { reason: string; by: string }) => {
    register.mutate(
      {
        appointmentId: item.appointment_id,
        body: {
          attendance,
          corrects: attendance === 'booked' ? (item.registration_id ?? null) : null,
          cancellation: cancellation
            ? {
                reason: cancellation.reason as 'illness' | 'other',
                by: cancellation.by as 'citizen' | 'centre',
                reported_at: new Date().toISOString(),
              }
            : null,
        },
      },
      {
        onSuccess: () => {
          setCancelling(false);
          const what = attendance === 'booked' ? 'Registreringen er fortrudt' : labelFor(ATTENDANCE_LABELS, attendance);
          onDone(`${what}: ${item.citizen_name} kl. ${clock(item.starts_at)}.`, item);
        },
        onError: (error) => onError(describeError(error)),
      },
    );
  };
  const choose = (outcome: Outcome) => {
    if (outcome === 'cancelled') setCancelling(true);
    else save(outcome);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (registered || cancelling || e.altKey || e.ctrlKey || e.metaKey) return;
    const outcome = OUTCOMES.find((o) => o.key === e.key.toLowerCase());
    if (!outcome || (outcome.held && !item.begun)) return;
    e.preventDefault();
    choose(outcome.value);
  };
  if (registered) {
    return (
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={register.isPending}
        onClick={() => save('booked')}
      >
        Fortryd registreringen<span className="visually-hidden"> for {item.citizen_name}</span>
      </button>
    );
  }
  if (cancelling) {
    return (
      <CancellationForm
        idPrefix={`afbud-${item.appointment_id}`}
        who={item.citizen_name}
        onSave={(choice) => save('cancelled', choice)}
        onClose={() => setCancelling(false)}
      />
    );
  }
  return (
    <div
      role="group"
      className="row-actions quick-item__actions"
      aria-label={`Registrér ${item.citizen_name} kl. ${clock(item.starts_at)}`}
      aria-describedby={keysId}
    >
      {OUTCOMES.map((outcome) => (
        <button
          key={outcome.value}
          type="button"
          className="button button--small"
          data-outcome={outcome.value}
          disabled={register.isPending || (outcome.held && !item.begun)}
          aria-keyshortcuts={outcome.key.toUpperCase()}
          onKeyDown={onKeyDown}
          onClick={() => choose(outcome.value)}
        >
          {outcome.label}
          <span className="quick-key" aria-hidden="true">
            {' '}
            ({outcome.key.toUpperCase()})
          </span>
        </button>
      ))}
    </div>
  );
}

/** What the keys do, for `keysId`. */
export function SessionKeys({ id }: { id: string }) {
  return (
    <p id={id}>
      Tast F for fremmødt, A for afbud, U for udeblevet og H for sendt hjem, når en tids knapper har fokus. Fremmødt,
      udeblevet og sendt hjem kan registreres, når tiden er begyndt.
    </p>
  );
}
