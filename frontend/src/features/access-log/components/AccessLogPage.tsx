import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { useAccessLog } from '../api/getAccessLog';
import { AccessLogFilters } from './AccessLogFilters';
import { AccessLogTable } from './AccessLogTable';
import { CitizenFinder, type ChosenCitizen } from './CitizenFinder';
import { CitizenReportSection } from './CitizenReportSection';
import { readFilters, writeFilters } from './accessLogForm';

export function AccessLogPage() {
  const [params, setParams] = useSearchParams();
  const paramString = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the string, not the object
  const filters = useMemo(() => readFilters(params), [paramString]);
  const log = useAccessLog(filters);
  const [shown, setShown] = useState<ChosenCitizen | null>(null);
  const [reported, setReported] = useState<ChosenCitizen | null>(null);
  const citizenName = shown && shown.id === filters.citizen_id ? shown.name : 'den valgte borger';
  const staffName = filters.user_id
    ? (log.data?.pages[0]?.items.find((i) => i.user_id === filters.user_id)?.user_name ?? 'den valgte medarbejder')
    : null;

  const items = useMemo(() => log.data?.pages.flatMap((p) => p.items) ?? [], [log.data]);
  const count = `Viser ${items.length} ${items.length === 1 ? 'registrering' : 'registreringer'}${log.hasNextPage ? ' – der er flere' : ''}.`;

  return (
    <>
      <PageTitle>Adgangslog</PageTitle>
      <p className="lead">
        Hvem har læst, søgt, oprettet, ændret, udtrukket eller slettet borgeres personoplysninger – også
        forsøg, der blev afvist. Loggen kan ikke ændres.
      </p>

      <CitizenFinder
        onShowLog={(citizen) => {
          setShown(citizen);
          setParams(writeFilters({ ...filters, citizen_id: citizen.id }));
        }}
        onReport={setReported}
      />

      <AccessLogFilters value={filters} onApply={(f) => setParams(writeFilters(f))} />
      {filters.citizen_id || filters.user_id ? (
        <p className="chosen">
          Viser adgang
          {filters.citizen_id ? ` til ${citizenName}` : ''}
          {staffName ? ` af ${staffName}` : ''}.{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setParams(writeFilters({ from: filters.from, to: filters.to }))}
          >
            Vis alle
          </button>
        </p>
      ) : null}

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

      <CitizenReportSection citizen={reported} />
    </>
  );
}
