import { formatDate } from '../../../lib/dates';
import { useTransportCompliance } from '../api/followUps';

/** A share as whole per cent, "90 %"; a dash without trips. */
function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`;
}

/** Kørsel: per site, how many of the last 30 days' trips kept the target of an hour each way,
 * waiting included. Nothing is shown while there were no trips. */
export function TripCompliance() {
  const compliance = useTransportCompliance();
  if (!compliance.data || compliance.data.sites.length === 0) return null;
  const { from, to, sites } = compliance.data;
  return (
    <section className="section" aria-labelledby="trip-compliance-title">
      <h2 id="trip-compliance-title">Kørsel inden for en time</h2>
      <p>
        Ture fra {formatDate(from)} til {formatDate(to)}:
      </p>
      <ul className="attendance-flags">
        {sites.map((site) => (
          <li key={site.site_id ?? 'none'}>
            {site.site_name ?? 'Uden matrikel'}: {site.within_target} af {site.trips}{' '}
            {site.trips === 1 ? 'tur' : 'ture'} inden for en time ({percent(site.share_within_target)})
          </li>
        ))}
      </ul>
    </section>
  );
}
