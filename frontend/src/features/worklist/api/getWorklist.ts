import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { WorklistQuery } from '../../../api/types';

export interface WorklistFilters {
  legal_basis?: string;
  site_id?: string;
  status?: string;
}

export const WORKLIST_PAGE_SIZE = 25;

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
      if (pageParam) query.cursor = pageParam;
      return unwrap(
        await api.GET('/api/v1/worklist', { params: { query }, signal }),
      );
    },
    getNextPageParam: (last) => last.next_cursor ?? null,
  });

export function useWorklist(filters: WorklistFilters) {
  return useInfiniteQuery(worklistQueryOptions(filters));
}
