import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { useAwaitingBooking } from '../api/followUps';

/** The citizens with no next booking after a cancellation or a no-show: booking anew is the
 * citizen's responsibility, and staff follow up. Nothing is shown while the list is empty. */
export function AwaitingBooking() {
  const list = useAwaitingBooking();
  if (!list.data || list.data.length === 0) return null;
  return (
    <section className="section" aria-labelledby="awaiting-booking-title">
      <h2 id="awaiting-booking-title">Opfølgning: ingen ny tid efter afbud eller udeblivelse</h2>
      <ul className="attendance-flags">
        {list.data.map((item) => (
          <li key={item.course_id}>
            <Link to={`/forloeb/${item.course_id}`}>{item.citizen_name}</Link>: senest aflyst eller udeblevet{' '}
            {formatDateTime(item.last_missed)}
            {item.citizen_phone ? <>, telefon {item.citizen_phone}</> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
