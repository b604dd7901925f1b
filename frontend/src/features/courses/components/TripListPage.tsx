import { useState } from 'react';
import { SelectField, TextField } from '../../../components/Field';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { copenhagenToday, formatDateLong } from '../../../lib/dates';
import { useSites } from '../../sites/api/getSites';
import { tripListUrl } from '../api/courseLifecycle';
import './course.css';

/**
 * Kørselsliste: the day's trips to a site for the municipal transport service, as CSV or PDF.
 * Times, addresses and needs, and the citizens' names (never a CPR number); only the courses the
 * user may see, and each download is logged as an export.
 */
export function TripListPage() {
  const sites = useSites();
  const [siteId, setSiteId] = useState('');
  const [on, setOn] = useState(copenhagenToday());
  const chosen = siteId || sites.data?.[0]?.id || '';
  const siteName = sites.data?.find((s) => s.id === chosen)?.name ?? '';
  return (
    <div className="course-page">
      <PageTitle>Kørselsliste</PageTitle>
      <p>Dagens ture til en matrikel for kommunens kørselsordning: tider, adresser og behov. Listen viser kun de forløb, du har adgang til, og hver hentning logges.</p>
      {sites.isPending ? (
        <Loading />
      ) : sites.isError ? (
        <ErrorMessage error={sites.error} onRetry={() => void sites.refetch()} />
      ) : (
        <section className="panel" aria-labelledby="trip-list-choice">
          <h2 id="trip-list-choice" className="panel__title">
            Vælg matrikel og dag
          </h2>
          <div className="inline-fields">
            <SelectField
              id="trip-list-site"
              name="site"
              label="Matrikel"
              options={sites.data.map((s) => ({ value: s.id, label: s.name }))}
              value={chosen}
              onChange={setSiteId}
            />
            <TextField id="trip-list-day" name="on" label="Dag" type="date" value={on} onChange={setOn} />
          </div>
          {chosen && on ? (
            <div className="form__actions">
              <a className="button" href={tripListUrl(chosen, on, 'csv')} download>
                Hent som CSV
              </a>
              <a className="button button--secondary" href={tripListUrl(chosen, on, 'pdf')} download>
                Hent som PDF
              </a>
            </div>
          ) : null}
          <p className="field__hint" aria-live="polite">
            {chosen && on ? `Kørselslisten for ${siteName} ${formatDateLong(on)}.` : 'Vælg en matrikel og en dag.'}
          </p>
        </section>
      )}
    </div>
  );
}
