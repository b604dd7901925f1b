import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { useAccessLog } from '../api/getAccessLog';
import { AccessLogFilters } from './AccessLogFilters';
import { AccessLogTable } from './AccessLogTable';
import { CitizenReportSection } from './CitizenReportSection';
import { readFilters, writeFilters } from './accessLogForm';

export function AccessLogPage() {
  const [params, setParams] = useSearchParams();
  const paramString = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the string, not the object
  const filters = useMemo(() => readFilters(params), [paramString]);
  const log = useAccessLog(filters);

  const items = useMemo(() => log.data?.pages.flatMap((p) => p.items) ?? [], [log.data]);
  const count = `Viser ${items.length} ${items.length === 1 ? 'registrering' : 'registreringer'}${log.hasNextPage ? ' – der er flere' : ''}.`;

  return (
    <>
      <PageTitle>Adgangslog</PageTitle>
      <p className="lead">
        Hvem har læst, søgt, oprettet, ændret, udtrukket eller slettet borgeres personoplysninger – også
        forsøg, der blev afvist. Loggen kan ikke ændres.
      </p>

      <AccessLogFilters value={filters} onApply={(f) => setParams(writeFilters(f))} />

      <section aria-labelledby="log-title" className="section">
        <h2 id="log-title" className="visually-hidden">
          Registreringer
        </h2>
        {log.isPending ? (
          <Loading label="Henter adgangsloggen …" />
        ) : log.isError && !log.isFetchNextPageError ? (
          <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />
        ) : items.length === 0 ? (
          <p className="empty">Ingen registreringer matcher filtrene.</p>
        ) : (
          <>
            <AccessLogTable items={items} total={count} />
            <div className="table-footer">
              <p role="status" className="table-footer__count">
                {count}
              </p>
              {log.hasNextPage ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void log.fetchNextPage()}
                  disabled={log.isFetchingNextPage}
                >
                  {log.isFetchingNextPage ? 'Henter flere …' : 'Vis flere'}
                </button>
              ) : null}
              {log.isFetchNextPageError ? <ErrorMessage error={log.error} /> : null}
            </div>
          </>
        )}
      </section>

      <CitizenReportSection key={filters.citizen_id ?? ''} initialCitizenId={filters.citizen_id ?? ''} />
    </>
  );
}
