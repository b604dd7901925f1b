import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { AccessLogQuery } from '../../../api/types';

export interface AccessLogFilters {
  citizen_id?: string;
  user_id?: string;
  from?: string;
  to?: string;
}

export const ACCESS_LOG_PAGE_SIZE = 50;

/** GET /api/v1/access-log: who used which personal data, newest first, a page at a time. */
export const accessLogQueryOptions = (filters: AccessLogFilters) =>
  infiniteQueryOptions({
    queryKey: ['access-log', filters],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam, signal }) => {
      const query: AccessLogQuery = { limit: ACCESS_LOG_PAGE_SIZE };
      if (filters.citizen_id) query.citizen_id = filters.citizen_id;
      if (filters.user_id) query.user_id = filters.user_id;
      if (filters.from) query.from = filters.from;
      if (filters.to) query.to = filters.to;
      // The server hands the cursor out as text and takes it back as a number.
      if (pageParam) query.cursor = Number(pageParam);
      return unwrap(await api.GET('/api/v1/access-log', { params: { query }, signal }));
    },
    getNextPageParam: (last) => last.next_cursor ?? null,
    // The log grows all the time; what is shown is what was there when it was asked for.
    staleTime: 0,
  });

export function useAccessLog(filters: AccessLogFilters) {
  return useInfiniteQuery(accessLogQueryOptions(filters));
}
