import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { WorklistQuery } from '../../../api/types';

export interface WorklistFilters {
  legal_basis?: string;
  site_id?: string;
  status?: string;
  mine?: boolean;
}

/** A day's work fits on one page; "Vis flere" fetches the rest. */
export const WORKLIST_PAGE_SIZE = 200;

/** The list stays current on a screen left open: refreshed every minute and on focus. */
export const WORKLIST_REFRESH_MS = 60_000;

/** GET /api/v1/worklist: open cases by nearest deadline, a page at a time (cursor). */
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
      if (pageParam) query.cursor = pageParam;
      return unwrap(await api.GET('/api/v1/worklist', { params: { query }, signal }));
    },
    getNextPageParam: (last) => last.next_cursor ?? null,
    refetchInterval: WORKLIST_REFRESH_MS,
    refetchOnWindowFocus: true,
  });

export function useWorklist(filters: WorklistFilters) {
  return useInfiniteQuery(worklistQueryOptions(filters));
}

/** GET /api/v1/worklist/counts: the dashboard's numbers for the same filters (status aside). */
export const worklistCountsQueryOptions = (filters: WorklistFilters) =>
  queryOptions({
    queryKey: ['worklist', 'counts', { ...filters, status: undefined }],
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
