import { Link } from 'react-router';
import { useAttendanceFlags } from '../../attendance/api/attendance';

/** The courses whose attendance asks for a decision (the third cancellation not due to illness,
 * the third no-show), on the morning's list beside the deadlines: the flags of the courses and
 * attendance issue join the worklist here. Nothing is shown while none is open. */
export function AttendanceFlags() {
  const flags = useAttendanceFlags();
  if (!flags.data || flags.data.length === 0) return null;
  return (
    <section className="section" aria-labelledby="attendance-flags-title">
      <h2 id="attendance-flags-title">Fremmøde, der kræver stillingtagen</h2>
      <ul className="attendance-flags">
        {flags.data.map((flag) => (
          <li key={`${flag.course_id}-${flag.kind}`}>
            <Link to={`/forloeb/${flag.course_id}`}>{flag.citizen_name}</Link>: {flag.text}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/fremmoede">Tag stilling under Fremmøde</Link>
      </p>
    </section>
  );
}
