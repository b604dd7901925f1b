import { ErrorMessage, Loading } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useCourseAttendance } from '../../attendance/api/attendance';
import { ATTENDANCE_LABELS } from '../labels';

const REASON_LABELS: Record<string, string> = { illness: 'sygdom', other: 'anden årsag' };
const BY_LABELS: Record<string, string> = { citizen: 'borgeren', centre: 'centret' };

/** The course's attendance: the counts against the service standard's limits, open flags with the sessions behind them, every registration. */
export function AttendanceSection({ courseId }: { courseId: string }) {
  const attendance = useCourseAttendance(courseId);
  return (
    <section className="panel" aria-labelledby="course-attendance">
      <h2 id="course-attendance" className="panel__title">
        Fremmøde
      </h2>
      {attendance.isPending ? (
        <Loading />
      ) : attendance.isError ? (
        <ErrorMessage error={attendance.error} onRetry={() => void attendance.refetch()} />
      ) : (
        <>
          <dl className="details details--compact">
            <dt>Afbud, der tæller</dt>
            <dd>
              {attendance.data.cancellations} (flere end {attendance.data.cancellations_allowed} giver en markering)
            </dd>
            <dt>Udeblivelser</dt>
            <dd>
              {attendance.data.no_shows} (flere end {attendance.data.no_shows_allowed} giver en markering)
            </dd>
          </dl>
          {attendance.data.flags.map((flag) => (
            <div key={flag.kind} className="notice notice--warning">
              <p className="notice__title">{flag.text}</p>
              <ul>
                {flag.sessions.map((s) => (
                  <li key={s.registration_id}>
                    {formatDateTime(s.starts_at)}
                    {s.occurrence_id ? ' (hold)' : ''}: {labelFor(ATTENDANCE_LABELS, s.attendance)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {attendance.data.registrations.length === 0 ? (
            <p className="empty">Intet fremmøde er registreret endnu.</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Registreringer af fremmøde</caption>
                <thead>
                  <tr>
                    <th scope="col">Registreret</th>
                    <th scope="col">Fremmøde</th>
                    <th scope="col">Af</th>
                  </tr>
                </thead>
                <tbody>
                  {attendance.data.registrations.map((r) => (
                    <tr key={r.id} className={r.in_force ? undefined : 'row--superseded'}>
                      <th scope="row">{formatDateTime(r.recorded_at)}</th>
                      <td>
                        {labelFor(ATTENDANCE_LABELS, r.attendance)}
                        {r.seat_id ? <span className="cell-sub">Holdgang</span> : null}
                        {r.cancellation ? (
                          <span className="cell-sub">
                            {labelFor(REASON_LABELS, r.cancellation.reason)}, meldt af {labelFor(BY_LABELS, r.cancellation.by)}
                          </span>
                        ) : null}
                        {r.in_force ? null : <span className="cell-sub">Rettet senere</span>}
                      </td>
                      <td>{r.recorded_by}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
