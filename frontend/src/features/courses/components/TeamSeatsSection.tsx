import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, describeError } from '../../../api/problem';
import type { Course } from '../../../api/types';
import { useJoinWaitingList, useTakeSeat, useTeams } from '../../teams/api/teams';

/** Hold: the site's teams of the course's disciplines; a seat, or the waiting list when full. */
export function TeamSeatsSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const teams = useTeams(course.site_id ?? undefined);
  const take = useTakeSeat();
  const wait = useJoinWaitingList();
  const [full, setFull] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fitting = (teams.data ?? []).filter((t) => course.disciplines.includes(t.discipline));
  if (!course.site_id) return null;

  const seat = (teamId: string, name: string) =>
    take.mutate(
      { teamId, courseId: course.id },
      {
        onSuccess: () => {
          setFull(null);
          setMessage({ text: `Borgeren har fået plads på ${name}.`, error: false });
        },
        onError: (error) => {
          const offered = error instanceof ApiError && error.status === 409 && error.problem.rule === 'team_full';
          setFull(offered ? teamId : null);
          setMessage({ text: describeError(error), error: true });
        },
      },
    );
  const join = (teamId: string, name: string) =>
    wait.mutate(
      { teamId, courseId: course.id },
      {
        onSuccess: () => {
          setFull(null);
          setMessage({ text: `Borgeren står nu på ventelisten til ${name}.`, error: false });
        },
        onError: (error) => setMessage({ text: describeError(error), error: true }),
      },
    );

  return (
    <section className="panel" aria-labelledby="course-teams">
      <h2 id="course-teams" className="panel__title">
        Hold
      </h2>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice notice--error' : undefined}>
          {message.text}
        </p>
      ) : null}
      {fitting.length === 0 ? <p className="empty">Centret har ingen hold i forløbets faglighed.</p> : null}
      <ul className="course-teams">
        {fitting.map((t) => (
          <li key={t.id}>
            <Link to={`/hold/${t.id}`}>{t.name}</Link>: {t.seats_taken} af {t.capacity} pladser taget
            {mayWrite ? (
              <>
                {' '}
                <button type="button" className="button button--secondary" onClick={() => seat(t.id, t.name)}>
                  Tag plads<span className="visually-hidden"> på {t.name}</span>
                </button>
                {full === t.id ? (
                  <button type="button" className="button" onClick={() => join(t.id, t.name)}>
                    Skriv på venteliste<span className="visually-hidden"> til {t.name}</span>
                  </button>
                ) : null}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
