import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../api/problem';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { can } from '../../../lib/permissions';
import { SelectField } from '../../../components/Field';
import { useClassSession } from '../../attendance/api/attendance';
import { ClassKeys, ClassRegistration } from '../../attendance/components/ClassRegistration';
import { useCurrentUser } from '../../auth/api/getSession';
import { useCancelOccurrence, useOfferSeat, useReleaseSeat, useTeam } from '../api/teams';
import { DISCIPLINES, WEEKDAYS, clockOf, dayOf } from '../labels';
import './teams.css';

const TODAY = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

interface OccurrenceChoice {
  id: string;
  starts_at: string;
  ends_at: string;
  status: string;
}

/** The occurrence to register first: today's, else the latest begun, else the first. */
function defaultOccurrence(occurrences: OccurrenceChoice[]): string {
  const today = TODAY();
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
export function TeamPage() {
  const { id = '' } = useParams();
  const team = useTeam(id);
  const user = useCurrentUser();
  const manage = can(user, 'scheduling.manage');
  const offer = useOfferSeat();
  const release = useReleaseSeat();
  const cancel = useCancelOccurrence();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  if (team.isPending) return <Loading />;
  if (team.isError) return <ErrorMessage error={team.error} onRetry={() => void team.refetch()} />;
  const t = team.data;
  const fail = (error: unknown) => setMessage({ text: describeError(error), error: true });

  return (
    <div className="team-page">
      <PageTitle title={`Hold – ${t.name}`}>{`Hold: ${t.name}`}</PageTitle>
      <p>
        {DISCIPLINES[t.discipline]} · {t.weekly_times.map((w) => `${WEEKDAYS[w.weekday]} ${w.starts}-${w.ends}`).join(', ')}{' '}
        · {t.seats_taken} af {t.capacity} pladser taget
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
              {s.from_day}
              {manage ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    release.mutate(
                      { teamId: t.id, seatId: s.id, on: TODAY() },
                      { onSuccess: () => setMessage({ text: 'Pladsen er ledig.', error: false }), onError: fail },
                    )
                  }
                >
                  Frigiv plads<span className="visually-hidden"> for {s.citizen_name ?? 'borgeren'}</span>
                </button>
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
          <ol className="team-list">
            {t.waiting_list.map((w) => (
              <li key={w.course_id}>
                {w.citizen_name ?? 'Borger'}
                {w.offered_at ? ' – plads tilbudt' : ''}
              </li>
            ))}
          </ol>
        )}
        {manage ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              offer.mutate(t.id, {
                onSuccess: (answer) =>
                  setMessage({
                    text: answer.offered
                      ? `Pladsen er tilbudt ${answer.offered.citizen_name ?? 'den første på ventelisten'}.`
                      : 'Ingen står på ventelisten.',
                    error: false,
                  }),
                onError: fail,
              })
            }
          >
            Tilbyd ledig plads til den første på ventelisten
          </button>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="occurrences-title">
        <h2 id="occurrences-title" className="panel__title">
          Holdgange
        </h2>
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
                    {o.moved ? ' (flyttet)' : ''}
                  </td>
                  <td>{o.status === 'cancelled' ? 'Aflyst' : 'Planlagt'}</td>
                  {manage ? (
                    <td>
                      {o.status === 'planned' ? (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => cancel.mutate({ teamId: t.id, plannedOn: o.planned_on }, { onError: fail })}
                        >
                          Aflys<span className="visually-hidden"> holdgangen {dayOf(o.starts_at)}</span>
                        </button>
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
