import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { useResumptions } from '../api/followUps';

/** The postponed courses by their expected resumption; those due (today or before) are marked.
 * Nothing is shown while no course is postponed. */
export function Resumptions() {
  const list = useResumptions();
  if (!list.data || list.data.length === 0) return null;
  return (
    <section className="section" aria-labelledby="resumptions-title">
      <h2 id="resumptions-title">Udskudte forløb, der skal genoptages</h2>
      <ul className="attendance-flags">
        {list.data.map((item) => (
          <li key={item.course_id}>
            <Link to={`/forloeb/${item.course_id}`}>{item.citizen_name}</Link>: forventes genoptaget{' '}
            {formatDate(item.expected_resume_on)}
            {item.due ? <strong> – skal genoptages nu</strong> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
