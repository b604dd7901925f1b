import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../api/problem';
import { SelectField, TextField } from '../../../components/Field';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { copenhagenToday, formatDate, formatDateTime } from '../../../lib/dates';
import { can } from '../../../lib/permissions';
import { useClassSession } from '../../attendance/api/attendance';
import { ClassKeys, ClassRegistration } from '../../attendance/components/ClassRegistration';
import { useCurrentUser } from '../../auth/api/getSession';
import {
  useCancelOccurrence,
  useCancelRest,
  useDeclineSeat,
  useMoveOccurrence,
  useOfferSeat,
  useReleaseSeat,
  useTakeSeat,
  useTeam,
} from '../api/teams';
import { DISCIPLINES, WEEKDAYS, clockOf, dayOf } from '../labels';
import { freeSeats, moveBody, nextInLine, offerState } from './teamPage';
import './teams.css';

type Message = { text: string; error: boolean } | null;

interface OccurrenceChoice {
  id: string;
  starts_at: string;
  ends_at: string;
  status: string;
}

/** The occurrence to register first: today's, else the latest begun, else the first. */
function defaultOccurrence(occurrences: OccurrenceChoice[]): string {
  const today = copenhagenToday();
  const local = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(iso));
  const now = new Date().toISOString();
  const found =
    occurrences.find((o) => local(o.starts_at) === today) ?? [...occurrences].reverse().find((o) => o.starts_at <= now) ?? occurrences[0];
  return found?.id ?? '';
}

/** Fremmøde on the team's page: one occurrence at a time, chosen from the list. */
function TeamAttendance({ occurrences, mayWrite }: { occurrences: OccurrenceChoice[]; mayWrite: boolean }) {
  const [chosen, setChosen] = useState('');
  const occurrenceId = chosen || defaultOccurrence(occurrences);
  const session = useClassSession(occurrenceId);
  const options = occurrences.map((o) => ({
    value: o.id,
    label: `${dayOf(o.starts_at)} ${clockOf(o.starts_at)}-${clockOf(o.ends_at)}${o.status === 'cancelled' ? ' (aflyst)' : ''}`,
  }));
  return (
    <section className="panel" aria-labelledby="team-attendance-title">
      <h2 id="team-attendance-title" className="panel__title">
        Fremmøde
      </h2>
      <ClassKeys />
      {occurrences.length === 0 ? (
        <p className="empty">Holdet har ingen holdgange.</p>
      ) : (
        <>
          <SelectField id="team-attendance-occurrence" name="occurrence" label="Holdgang" value={occurrenceId} onChange={setChosen} options={options} />
          {session.isPending ? (
            <Loading />
          ) : session.isError ? (
            <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />
          ) : (
            <ClassRegistration session={session.data} mayWrite={mayWrite} />
          )}
        </>
      )}
    </section>
  );
}

/** Et hold: its occurrences, the seats taken, the waiting list and the offer of a freed seat. */
interface MoveDraft {
  plannedOn: string;
  day: string;
  start: string;
  end: string;
  errors: Record<string, string>;
}

/** Et hold: its roster, the waiting list with the offer of a freed seat, and its occurrences. */
export function TeamPage() {
  const { id = '' } = useParams();
  const team = useTeam(id);
  const user = useCurrentUser();
  const manage = can(user, 'scheduling.manage');
  const book = can(user, 'courses.write');
  const offer = useOfferSeat();
  const take = useTakeSeat();
  const decline = useDeclineSeat();
  const release = useReleaseSeat();
  const cancel = useCancelOccurrence();
  const cancelRest = useCancelRest();
  const move = useMoveOccurrence();
  const [message, setMessage] = useState<Message>(null);
  const [releasing, setReleasing] = useState<string | null>(null);
  const [restFrom, setRestFrom] = useState<string | null>(null);
  const [draft, setDraft] = useState<MoveDraft | null>(null);

  if (team.isPending) return <Loading />;
  if (team.isError) return <ErrorMessage error={team.error} onRetry={() => void team.refetch()} />;
  const t = team.data;
  const fail = (error: unknown) => setMessage({ text: describeError(error), error: true });
  const done = (text: string) => () => setMessage({ text, error: false });
  const free = freeSeats(t);
  const next = nextInLine(t.waiting_list);
  const who = (name: string | null | undefined) => name ?? 'borgeren';

  const saveMove = () => {
    if (!draft) return;
    const checked = moveBody(draft.day, draft.start, draft.end);
    if (!checked.ok) {
      setDraft({ ...draft, errors: checked.errors });
      return;
    }
    move.mutate(
      { teamId: t.id, plannedOn: draft.plannedOn, startsAt: checked.body.starts_at, endsAt: checked.body.ends_at },
      {
        onSuccess: () => {
          setDraft(null);
          setMessage({ text: `Holdgangen ${formatDate(draft.plannedOn)} er flyttet.`, error: false });
        },
        onError: fail,
      },
    );
  };

  return (
    <div className="team-page">
      <PageTitle title={`Hold – ${t.name}`}>{`Hold: ${t.name}`}</PageTitle>
      <p>
        {DISCIPLINES[t.discipline]} · {t.weekly_times.map((w) => `${WEEKDAYS[w.weekday]} ${w.starts}-${w.ends}`).join(', ')}{' '}
        · {formatDate(t.starts_on)} til {formatDate(t.ends_on)}
      </p>
      <p>
        {t.seats_taken} af {t.capacity} pladser taget · {free === 1 ? '1 ledig plads' : `${free} ledige pladser`}
      </p>
      <nav aria-label="Holdets sammenhæng">
        <Link to="/hold">Alle hold</Link> · <Link to={`/kalender?hold=${t.id}`}>Holdets kalender</Link>
      </nav>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'team-page__error' : undefined}>
          {message.text}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="seats-title">
        <h2 id="seats-title" className="panel__title">
          Pladser
        </h2>
        {t.seats.length === 0 ? <p className="empty">Ingen har plads på holdet endnu.</p> : null}
        <ul className="team-list">
          {t.seats.map((s) => (
            <li key={s.id}>
              {s.course_id && s.citizen_name ? <Link to={`/forloeb/${s.course_id}`}>{s.citizen_name}</Link> : 'Borger'} fra{' '}
              {formatDate(s.from_day)}
              {book && releasing !== s.id ? (
                <button type="button" className="button button--secondary" onClick={() => setReleasing(s.id)}>
                  Frigiv plads<span className="visually-hidden"> for {who(s.citizen_name)}</span>
                </button>
              ) : null}
              {releasing === s.id ? (
                <span className="team-confirm">
                  {' '}
                  Pladsen bliver ledig fra i dag.
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      release.mutate(
                        { teamId: t.id, seatId: s.id, on: copenhagenToday() },
                        {
                          onSuccess: () => {
                            setReleasing(null);
                            setMessage({ text: 'Pladsen er ledig. Tilbyd den til den første på ventelisten.', error: false });
                          },
                          onError: fail,
                        },
                      )
                    }
                  >
                    Bekræft<span className="visually-hidden"> frigivelse af pladsen for {who(s.citizen_name)}</span>
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setReleasing(null)}>
                    Fortryd
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <TeamAttendance occurrences={t.occurrences} mayWrite={can(user, 'courses.write')} />

      <section className="panel" aria-labelledby="waiting-title">
        <h2 id="waiting-title" className="panel__title">
          Venteliste
        </h2>
        {t.waiting_list.length === 0 ? (
          <p className="empty">Ingen står på ventelisten.</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">Ventelisten, den først skrevne først</caption>
              <thead>
                <tr>
                  <th scope="col">Nr.</th>
                  <th scope="col">Borger</th>
                  <th scope="col">Skrevet på</th>
                  <th scope="col">Tilbud</th>
                  {book ? <th scope="col">Svar</th> : null}
                </tr>
              </thead>
              <tbody>
                {t.waiting_list.map((w, index) => (
                  <tr key={w.course_id}>
                    <td>{index + 1}</td>
                    <td>
                      {w.citizen_id && w.citizen_name ? <Link to={`/forloeb/${w.course_id}`}>{w.citizen_name}</Link> : 'Borger'}
                    </td>
                    <td>{formatDateTime(w.placed_at)}</td>
                    <td>{offerState(w)}</td>
                    {book ? (
                      <td>
                        {w.offered_at ? (
                          <>
                            <button
                              type="button"
                              className="button"
                              onClick={() =>
                                take.mutate(
                                  { teamId: t.id, courseId: w.course_id },
                                  { onSuccess: done(`${who(w.citizen_name)} har fået pladsen.`), onError: fail },
                                )
                              }
                            >
                              Tager imod<span className="visually-hidden"> pladsen for {who(w.citizen_name)}</span>
                            </button>{' '}
                            <button
                              type="button"
                              className="button button--secondary"
                              onClick={() =>
                                decline.mutate(
                                  { teamId: t.id, courseId: w.course_id },
                                  {
                                    onSuccess: (answer) =>
                                      setMessage({
                                        text: answer.offered
                                          ? `Pladsen er nu tilbudt ${who(answer.offered.citizen_name)}.`
                                          : `${who(w.citizen_name)} har sagt nej og er taget af ventelisten.`,
                                        error: false,
                                      }),
                                    onError: fail,
                                  },
                                )
                              }
                            >
                              Siger nej<span className="visually-hidden"> til pladsen for {who(w.citizen_name)}</span>
                            </button>
                          </>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {manage ? (
          <>
            <p className="field__hint" id="offer-hint">
              {free === 0
                ? 'Der er ingen ledig plads at tilbyde lige nu.'
                : next
                  ? `Næste på ventelisten: ${who(next.citizen_name)}.`
                  : 'Alle på ventelisten har fået et tilbud.'}
            </p>
            <button
              type="button"
              className="button"
              aria-describedby="offer-hint"
              disabled={free === 0 || !next || offer.isPending}
              onClick={() =>
                offer.mutate(t.id, {
                  onSuccess: (answer) =>
                    setMessage({
                      text: answer.offered
                        ? `Pladsen er tilbudt ${who(answer.offered.citizen_name)}. Den holdes, til borgeren svarer.`
                        : 'Ingen står på ventelisten.',
                      error: false,
                    }),
                  onError: fail,
                })
              }
            >
              Tilbyd ledig plads til den første på ventelisten
            </button>
          </>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="occurrences-title">
        <h2 id="occurrences-title" className="panel__title">
          Holdgange
        </h2>
        {manage && restFrom ? (
          <div className="notice notice--warning" role="group" aria-label="Aflys resten af holdet">
            <p>Alle holdgange fra {formatDate(restFrom)} og frem bliver aflyst. Deltagerne skal have besked.</p>
            <button
              type="button"
              className="button"
              onClick={() =>
                cancelRest.mutate(
                  { teamId: t.id, fromDay: restFrom },
                  {
                    onSuccess: () => {
                      setRestFrom(null);
                      setMessage({ text: `Holdgangene fra ${formatDate(restFrom)} er aflyst.`, error: false });
                    },
                    onError: fail,
                  },
                )
              }
            >
              Aflys resten fra {formatDate(restFrom)}
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={() => setRestFrom(null)}>
              Fortryd
            </button>
          </div>
        ) : null}
        {draft ? (
          <form
            className="team-move"
            aria-label={`Flyt holdgangen ${formatDate(draft.plannedOn)}`}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              saveMove();
            }}
          >
            <p>Flyt holdgangen planlagt {formatDate(draft.plannedOn)}. Serveren tjekker lokalet og lukkedage.</p>
            <div className="team-form__times">
              <TextField id="move-day" name="day" type="date" label="Dato" value={draft.day} onChange={(day) => setDraft({ ...draft, day })} error={draft.errors.day} />
              <TextField id="move-start" name="start" type="time" label="Fra" value={draft.start} onChange={(start) => setDraft({ ...draft, start })} error={draft.errors.start} />
              <TextField id="move-end" name="end" type="time" label="Til" value={draft.end} onChange={(end) => setDraft({ ...draft, end })} error={draft.errors.end} />
            </div>
            <div className="form__actions">
              <button type="submit" className="button" disabled={move.isPending}>
                Gem ny tid
              </button>
              <button type="button" className="button button--secondary" onClick={() => setDraft(null)}>
                Fortryd
              </button>
            </div>
          </form>
        ) : null}
        <div className="table-scroll">
          <table className="table" aria-labelledby="occurrences-title">
            <thead>
              <tr>
                <th scope="col">Dag</th>
                <th scope="col">Tid</th>
                <th scope="col">Status</th>
                {manage ? <th scope="col">Handling</th> : null}
              </tr>
            </thead>
            <tbody>
              {t.occurrences.map((o) => (
                <tr key={o.id}>
                  <td>{dayOf(o.starts_at)}</td>
                  <td>
                    {clockOf(o.starts_at)}-{clockOf(o.ends_at)}
                    {o.moved ? ` (flyttet fra ${formatDate(o.planned_on)})` : ''}
                  </td>
                  <td>{o.status === 'cancelled' ? 'Aflyst' : 'Planlagt'}</td>
                  {manage ? (
                    <td className="team-actions">
                      {o.status === 'planned' ? (
                        <>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() =>
                              setDraft({
                                plannedOn: o.planned_on,
                                day: o.planned_on,
                                start: clockOf(o.starts_at).replace('.', ':'),
                                end: clockOf(o.ends_at).replace('.', ':'),
                                errors: {},
                              })
                            }
                          >
                            Flyt<span className="visually-hidden"> holdgangen {dayOf(o.starts_at)}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() =>
                              cancel.mutate(
                                { teamId: t.id, plannedOn: o.planned_on },
                                { onSuccess: done(`Holdgangen ${formatDate(o.planned_on)} er aflyst.`), onError: fail },
                              )
                            }
                          >
                            Aflys<span className="visually-hidden"> holdgangen {dayOf(o.starts_at)}</span>
                          </button>
                          <button type="button" className="button button--secondary" onClick={() => setRestFrom(o.planned_on)}>
                            Aflys herfra<span className="visually-hidden"> og resten af holdet fra {dayOf(o.starts_at)}</span>
                          </button>
                        </>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
