import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { WorklistQuery } from '../../../api/types';

export interface WorklistFilters {
  legal_basis?: string;
  site_id?: string;
  status?: string;
  mine?: boolean;
  /** The server's order: due (the default), name or received; "-" first reverses it. */
  sort?: WorklistSort;
  /** Part of the citizen's name (at least 2 characters): sent in a POST, never in the address. */
  name?: string;
}

export type WorklistSort = NonNullable<WorklistQuery['sort']>;
export const WORKLIST_SORTS: readonly WorklistSort[] = ['due', '-due', 'name', '-name', 'received', '-received'];

/** The name filter searches from this many characters (the server's rule too). */
export const NAME_FILTER_MIN = 2;
export const NAME_FILTER_MAX = 200;

/** A day's work fits on one page; "Vis flere" fetches the rest. */
export const WORKLIST_PAGE_SIZE = 200;

/** The list stays current on a screen left open: refreshed every minute and on focus. */
export const WORKLIST_REFRESH_MS = 60_000;

/**
 * GET /api/v1/worklist: open cases in the chosen order, a page at a time (cursor); with a name,
 * POST /api/v1/worklist/search, so the name stays out of addresses and logs.
 */
export const worklistQueryOptions = (filters: WorklistFilters) =>
  infiniteQueryOptions({
    queryKey: ['worklist', filters],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam, signal }) => {
      const query: WorklistQuery = { limit: WORKLIST_PAGE_SIZE };
      if (filters.legal_basis) query.legal_basis = filters.legal_basis;
      if (filters.site_id) query.site_id = filters.site_id;
      if (filters.status) query.status = filters.status as WorklistQuery['status'];
      if (filters.mine) query.mine = true;
      if (filters.sort && filters.sort !== 'due') query.sort = filters.sort;
      if (pageParam) query.cursor = pageParam;
      if (filters.name) {
        const body = {
          ...query,
          name: filters.name,
          mine: Boolean(filters.mine),
          sort: filters.sort ?? 'due',
          limit: WORKLIST_PAGE_SIZE,
        };
        return unwrap(await api.POST('/api/v1/worklist/search', { body, signal }));
      }
      return unwrap(await api.GET('/api/v1/worklist', { params: { query }, signal }));
    },
    getNextPageParam: (last) => last.next_cursor ?? null,
    // The list stays on screen while another order or name is fetched, instead of flashing.
    placeholderData: keepPreviousData,
    refetchInterval: WORKLIST_REFRESH_MS,
    refetchOnWindowFocus: true,
  });

export function useWorklist(filters: WorklistFilters) {
  return useInfiniteQuery(worklistQueryOptions(filters));
}

/** GET /api/v1/worklist/counts: the dashboard's numbers for the same filters (status aside). */
export const worklistCountsQueryOptions = (filters: WorklistFilters) =>
  queryOptions({
    queryKey: ['worklist', 'counts', { ...filters, status: undefined, sort: undefined, name: undefined }],
    queryFn: async ({ signal }) => {
      const query: { legal_basis?: string; site_id?: string; mine?: boolean } = {};
      if (filters.legal_basis) query.legal_basis = filters.legal_basis;
      if (filters.site_id) query.site_id = filters.site_id;
      if (filters.mine) query.mine = true;
      return unwrap(await api.GET('/api/v1/worklist/counts', { params: { query }, signal }));
    },
    refetchInterval: WORKLIST_REFRESH_MS,
    refetchOnWindowFocus: true,
  });

export function useWorklistCounts(filters: WorklistFilters) {
  return useQuery(worklistCountsQueryOptions(filters));
}
