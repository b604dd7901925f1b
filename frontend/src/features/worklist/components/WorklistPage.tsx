import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../auth/api/getSession';
import { useWorklist, type WorklistFilters as Filters } from '../api/getWorklist';
import { WorklistCounts } from './WorklistCounts';
import { WorklistFilters } from './WorklistFilters';
import { WorklistTable } from './WorklistTable';

// The filters live in the address (Danish names) so a filtered list can be bookmarked or shared.
const PARAM = { legal_basis: 'lovgrundlag', site_id: 'matrikel', status: 'status' } as const;
// "matrikel=alle": every site, chosen on purpose (no parameter means the user's own site).
const ALL_SITES = 'alle';

function readFilters(params: URLSearchParams, ownSite: string | undefined): Filters {
  const filters: Filters = {};
  for (const [key, param] of Object.entries(PARAM) as [keyof typeof PARAM, string][]) {
    const v = params.get(param);
    if (v && v !== ALL_SITES) filters[key] = v;
  }
  if (!params.has(PARAM.site_id) && ownSite) filters.site_id = ownSite;
  if (params.get('visning') === 'mine') filters.mine = true;
  return filters;
}

function writeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAM) as [keyof typeof PARAM, string][]) {
    const v = filters[key];
    if (v) params.set(param, v);
  }
  if (!filters.site_id) params.set(PARAM.site_id, ALL_SITES);
  if (filters.mine) params.set('visning', 'mine');
  return params;
}

export function WorklistPage() {
  const [params, setParams] = useSearchParams();
  const user = useCurrentUser();
  const ownSite = user?.site_ids[0];
  const paramString = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the string, not the object
  const filters = useMemo(() => readFilters(params, ownSite), [paramString, ownSite]);
  const worklist = useWorklist(filters);
  const mayWrite = can(user, 'cases.write');
  const [nameFilter, setNameFilter] = useState('');

  const items = useMemo(() => worklist.data?.pages.flatMap((p) => p.items) ?? [], [worklist.data]);
  const needle = nameFilter.trim().toLocaleLowerCase('da');
  const shown = needle ? items.filter((i) => i.citizen_name.toLocaleLowerCase('da').includes(needle)) : items;
  const count = `Viser ${shown.length} ${shown.length === 1 ? 'sag' : 'sager'}${worklist.hasNextPage ? ' – der er flere' : ''}.`;
  const apply = (f: Filters) => setParams(writeFilters(f));

  return (
    <>
      <div className="page-head">
        <PageTitle>Arbejdsliste</PageTitle>
        {mayWrite ? (
          <Link className="button" to="/henvendelser/ny">
            Registrér henvendelse
          </Link>
        ) : null}
      </div>

      <nav className="view-switch" aria-label="Visning">
        <button
          type="button"
          className="view-switch__option"
          aria-pressed={!filters.mine}
          onClick={() => apply({ ...filters, mine: false })}
        >
          Alle sager
        </button>
        <button
          type="button"
          className="view-switch__option"
          aria-pressed={Boolean(filters.mine)}
          onClick={() => apply({ ...filters, mine: true })}
        >
          Mine sager
        </button>
      </nav>

      <WorklistCounts filters={filters} />

      <WorklistFilters value={filters} onApply={apply} nameFilter={nameFilter} onNameFilter={setNameFilter} />

      <section aria-labelledby="worklist-title" className="section">
        <h2 id="worklist-title" className="visually-hidden">
          Sager
        </h2>
        {worklist.isPending ? (
          <Loading label="Henter arbejdslisten …" />
        ) : worklist.isError && !worklist.isFetchNextPageError ? (
          <ErrorMessage error={worklist.error} onRetry={() => void worklist.refetch()} />
        ) : shown.length === 0 ? (
          <p className="empty">
            {filters.mine && !needle ? 'Du har ingen åbne sager tildelt.' : 'Ingen åbne sager matcher filtrene.'}
          </p>
        ) : (
          <>
            <WorklistTable items={shown} total={count} mayAssign={mayWrite} />
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
