import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../auth/api/getSession';
import {
  NAME_FILTER_MIN,
  useWorklist,
  WORKLIST_SORTS,
  type WorklistFilters as Filters,
  type WorklistSort,
} from '../api/getWorklist';
import { AttendanceFlags } from './AttendanceFlags';
import { AwaitingBooking } from './AwaitingBooking';
import { Resumptions } from './Resumptions';
import { TripCompliance } from './TripCompliance';
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
  const sort = params.get(SORT_PARAM) as WorklistSort | null;
  if (sort && WORKLIST_SORTS.includes(sort) && sort !== 'due') filters.sort = sort;
  return filters;
}

const SORT_PARAM = 'sortering';
/** The name filter asks the server once the user pauses typing. */
const NAME_DELAY_MS = 300;

function writeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAM) as [keyof typeof PARAM, string][]) {
    const v = filters[key];
    if (v) params.set(param, v);
  }
  if (!filters.site_id) params.set(PARAM.site_id, ALL_SITES);
  if (filters.mine) params.set('visning', 'mine');
  if (filters.sort && filters.sort !== 'due') params.set(SORT_PARAM, filters.sort);
  return params;
}

export function WorklistPage() {
  const [params, setParams] = useSearchParams();
  const user = useCurrentUser();
  const ownSite = user?.site_ids[0];
  const paramString = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the string, not the object
  const filters = useMemo(() => readFilters(params, ownSite), [paramString, ownSite]);
  const [nameFilter, setNameFilter] = useState('');
  // The name the server searches for: the field's text once typing pauses, from 2 characters.
  const [needle, setNeedle] = useState('');
  useEffect(() => {
    const typed = nameFilter.trim();
    const next = typed.length >= NAME_FILTER_MIN ? typed : '';
    const timer = setTimeout(() => setNeedle(next), next ? NAME_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [nameFilter]);
  const searched = useMemo(() => (needle ? { ...filters, name: needle } : filters), [filters, needle]);
  const worklist = useWorklist(searched);
  const mayWrite = can(user, 'cases.write');

  const shown = useMemo(() => worklist.data?.pages.flatMap((p) => p.items) ?? [], [worklist.data]);
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

      {can(user, 'courses.read') ? (
        <>
          <AttendanceFlags />
          <AwaitingBooking />
          <Resumptions />
          <TripCompliance />
        </>
      ) : null}

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
            <WorklistTable
              items={shown}
              total={count}
              mayAssign={mayWrite}
              sort={filters.sort ?? 'due'}
              onSort={(sort) => apply({ ...filters, sort })}
            />
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
