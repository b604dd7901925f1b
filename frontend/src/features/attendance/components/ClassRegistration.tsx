import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../api/problem';
import type { ClassSeat, ClassSession, SeatMark } from '../../../api/types';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { ATTENDANCE_LABELS } from '../../courses/labels';
import { useRegisterClass } from '../api/attendance';
import { CancellationForm, type CancellationChoice } from './CancellationForm';
import './attendance.css';

const clock = (iso: string) => formatDateTime(iso).slice(-5);

/** The outcomes of a seat, and the key that registers each; R registers the rest as attended. */
const OUTCOMES = [
  { value: 'attended', label: 'Fremmødt', key: 'f', held: true },
  { value: 'cancelled', label: 'Afbud', key: 'a', held: false },
  { value: 'no_show', label: 'Udeblevet', key: 'u', held: true },
  { value: 'sent_home', label: 'Sendt hjem', key: 'h', held: true },
] as const;
type Outcome = (typeof OUTCOMES)[number]['value'];
const REST_KEY = 'r';

const seatName = (seat: ClassSeat) => seat.citizen_name ?? 'Borger';
const registered = (seat: ClassSeat) => seat.registration_id !== null && seat.registration_id !== undefined;

/**
 * A class occurrence (holdgang) registered from the keyboard: with a seat's buttons in focus, F, A, U or H
 * registers that seat and moves on to the next; R registers every seat not yet registered as attended, in one
 * request. A registration is undone with "Fortryd" (a correction back to booked).
 */
export function ClassRegistration({ session, mayWrite, headingLevel = 3 }: { session: ClassSession; mayWrite: boolean; headingLevel?: 2 | 3 }) {
  const register = useRegisterClass();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const cancelled = session.status === 'cancelled';
  const open = session.seats.filter((seat) => !registered(seat) && seat.citizen_id);
  const when = `${clock(session.starts_at)}–${clock(session.ends_at)}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = `class-${session.occurrence_id}`;

  // After a registration, once the seats are read again and the buttons enabled: on to the next seat still open
  // (after the one just registered), so a whole class is registered from the keyboard.
  const focusAfter = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (focusAfter.current === undefined || register.isPending) return;
    const seatId = focusAfter.current;
    focusAfter.current = undefined;
    const rows = [...(list.current?.querySelectorAll<HTMLLIElement>('li.quick-item') ?? [])];
    const from = seatId ? rows.findIndex((li) => li.dataset.seat === seatId) : -1;
    const next = [...rows.slice(from + 1), ...rows.slice(0, from + 1)].find((li) => li.querySelector('[data-outcome]'));
    (next ?? rows[Math.max(from, 0)])?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
  });

  const send = (marks: SeatMark[], message: string, after: string | null) => {
    setProblem('');
    register.mutate(
      { occurrenceId: session.occurrence_id, body: { marks } },
      {
        onSuccess: () => {
          setCancelling(null);
          setStatus(message);
          focusAfter.current = after;
        },
        onError: (error) => setProblem(describeError(error)),
      },
    );
  };

  const mark = (seat: ClassSeat, outcome: Outcome | 'booked', cancellation?: CancellationChoice) => {
    const what = outcome === 'booked' ? 'Registreringen er fortrudt' : labelFor(ATTENDANCE_LABELS, outcome);
    send(
      [
        {
          seat_id: seat.seat_id,
          attendance: outcome,
          corrects: outcome === 'booked' ? (seat.registration_id ?? null) : null,
          cancellation: cancellation ? { ...cancellation, reported_at: new Date().toISOString() } : null,
        },
      ],
      `${what}: ${seatName(seat)}, ${session.team_name} kl. ${clock(session.starts_at)}.`,
      seat.seat_id,
    );
  };

  const rest = () => {
    if (open.length === 0 || !session.begun) return;
    send(
      open.map((seat) => ({ seat_id: seat.seat_id, attendance: 'attended' as const })),
      `${open.length} registreret som fremmødt: ${session.team_name} kl. ${clock(session.starts_at)}.`,
      null,
    );
  };

  const onKeyDown = (seat: ClassSeat) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (register.isPending || cancelling || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (key === REST_KEY && session.begun) {
      e.preventDefault();
      rest();
      return;
    }
    const outcome = OUTCOMES.find((o) => o.key === key);
    if (!outcome || (outcome.held && !session.begun)) return;
    e.preventDefault();
    if (outcome.value === 'cancelled') setCancelling(seat.seat_id);
    else mark(seat, outcome.value);
  };

  return (
    <section className="class-block" aria-labelledby={titleId}>
      <Heading id={titleId} className="class-block__title">
        <time dateTime={session.starts_at}>{when}</time> {session.team_name}
      </Heading>
      {cancelled ? (
        <p className="pill pill--muted">Holdgangen er aflyst</p>
      ) : !session.begun ? (
        <p className="cell-sub">Holdgangen er ikke begyndt: kun afbud kan registreres.</p>
      ) : null}
      <p role="status" aria-live="polite" className="quick__status">
        {status}
      </p>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      {session.seats.length === 0 ? (
        <p className="empty">Ingen har plads på holdgangen.</p>
      ) : (
        <ol className="quick-list" ref={list} aria-label={`Pladser ${session.team_name} kl. ${clock(session.starts_at)}`}>
          {session.seats.map((seat) => (
            <li key={seat.seat_id} className="quick-item" data-seat={seat.seat_id}>
              <p className="quick-item__title">
                <span className="quick-item__name">{seatName(seat)}</span>
              </p>
              <p className="quick-item__status">
                Status: <strong>{labelFor(ATTENDANCE_LABELS, seat.attendance)}</strong>
              </p>
              {!mayWrite || cancelled || !seat.citizen_id ? null : registered(seat) ? (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={register.isPending}
                  onClick={() => mark(seat, 'booked')}
                >
                  Fortryd registreringen<span className="visually-hidden"> for {seatName(seat)}</span>
                </button>
              ) : cancelling === seat.seat_id ? (
                <CancellationForm
                  idPrefix={`afbud-${seat.seat_id}`}
                  who={seatName(seat)}
                  pending={register.isPending}
                  onSave={(choice) => mark(seat, 'cancelled', choice)}
                  onClose={() => setCancelling(null)}
                />
              ) : (
                <div
                  role="group"
                  className="row-actions quick-item__actions"
                  aria-label={`Registrér ${seatName(seat)}`}
                  aria-describedby="class-keys"
                >
                  {OUTCOMES.map((outcome) => (
                    <button
                      key={outcome.value}
                      type="button"
                      className="button button--small"
                      data-outcome={outcome.value}
                      disabled={register.isPending || (outcome.held && !session.begun)}
                      aria-keyshortcuts={`${outcome.key.toUpperCase()} ${REST_KEY.toUpperCase()}`}
                      onKeyDown={onKeyDown(seat)}
                      onClick={() => (outcome.value === 'cancelled' ? setCancelling(seat.seat_id) : mark(seat, outcome.value))}
                    >
                      {outcome.label}
                      <span className="quick-key" aria-hidden="true">
                        {' '}
                        ({outcome.key.toUpperCase()})
                      </span>
                    </button>
                  ))}
                </div>
              )}
              {seat.citizen_id ? (
                <Link to={`/forloeb/${seat.course_id}`} className="quick-item__link">
                  Åbn forløbet<span className="visually-hidden"> for {seatName(seat)}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {mayWrite && !cancelled && session.seats.length > 0 ? (
        <button
          type="button"
          className="button class-rest"
          disabled={register.isPending || !session.begun || open.length === 0}
          aria-keyshortcuts={REST_KEY.toUpperCase()}
          onClick={rest}
        >
          Resten mødt<span className="visually-hidden"> på {session.team_name} kl. {clock(session.starts_at)}</span>
          <span className="quick-key" aria-hidden="true">
            {' '}
            (R)
          </span>
        </button>
      ) : null}
    </section>
  );
}

/** How the keys work, once per page (the seats' button groups point to it). */
export function ClassKeys() {
  return (
    <p id="class-keys" className="cell-sub">
      Hold: tast F for fremmødt, A for afbud, U for udeblevet og H for sendt hjem, når en plads' knapper har fokus; R
      registrerer resten af holdet som fremmødt.
    </p>
  );
}
