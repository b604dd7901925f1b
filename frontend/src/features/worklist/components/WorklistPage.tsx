import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../auth/api/getSession';
import { useWorklist, type WorklistFilters as Filters } from '../api/getWorklist';
import { WorklistFilters } from './WorklistFilters';
import { WorklistTable } from './WorklistTable';

// The filters live in the address (Danish names) so a filtered list can be bookmarked or shared.
const PARAM = { legal_basis: 'lovgrundlag', site_id: 'matrikel', status: 'status' } as const;

function readFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const [key, param] of Object.entries(PARAM) as [keyof Filters, string][]) {
    const v = params.get(param);
    if (v) filters[key] = v;
  }
  return filters;
}

function writeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAM) as [keyof Filters, string][]) {
    const v = filters[key];
    if (v) params.set(param, v);
  }
  return params;
}

export function WorklistPage() {
  const [params, setParams] = useSearchParams();
  const paramString = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the string, not the object
  const filters = useMemo(() => readFilters(params), [paramString]);
  const worklist = useWorklist(filters);
  const mayRegister = can(useCurrentUser(), 'cases.write');

  const items = useMemo(() => worklist.data?.pages.flatMap((p) => p.items) ?? [], [worklist.data]);
  const count = `Viser ${items.length} ${items.length === 1 ? 'sag' : 'sager'}${worklist.hasNextPage ? ' – der er flere' : ''}.`;

  return (
    <>
      <div className="page-head">
        <PageTitle>Arbejdsliste</PageTitle>
        {mayRegister ? (
          <Link className="button" to="/henvendelser/ny">
            Registrer henvendelse
          </Link>
        ) : null}
      </div>
      <p className="lead">Åbne sager ordnet efter nærmeste svarfrist. Fristerne tælles i hverdage.</p>

      <WorklistFilters value={filters} onApply={(f) => setParams(writeFilters(f))} />

      <section aria-labelledby="worklist-title" className="section">
        <h2 id="worklist-title" className="visually-hidden">
          Sager
        </h2>
        {worklist.isPending ? (
          <Loading label="Henter arbejdslisten …" />
        ) : worklist.isError && !worklist.isFetchNextPageError ? (
          <ErrorMessage error={worklist.error} onRetry={() => void worklist.refetch()} />
        ) : items.length === 0 ? (
          <p className="empty">Ingen åbne sager matcher filtrene.</p>
        ) : (
          <>
            <WorklistTable items={items} total={count} />
            <div className="table-footer">
              <p role="status" className="table-footer__count">
                {count}
              </p>
              {worklist.hasNextPage ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void worklist.fetchNextPage()}
                  disabled={worklist.isFetchingNextPage}
                >
                  {worklist.isFetchingNextPage ? 'Henter flere …' : 'Vis flere'}
                </button>
              ) : null}
              {worklist.isFetchNextPageError ? <ErrorMessage error={worklist.error} /> : null}
            </div>
          </>
        )}
      </section>
    </>
  );
}
