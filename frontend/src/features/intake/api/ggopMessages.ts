import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { GgopStatus } from '../../../api/types';

export const GGOP_PAGE_SIZE = 100;

/** GET /api/v1/intake/ggop: received hospital plans, those needing handling first. */
export const ggopMessagesQueryOptions = (status: GgopStatus | null) =>
  queryOptions({
    queryKey: ['ggop-messages', status ?? 'all'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/intake/ggop', {
          params: { query: { limit: GGOP_PAGE_SIZE, ...(status ? { status } : {}) } },
          signal,
        }),
      ),
    // New plans arrive all the time; what is shown is what was there when it was asked for.
    staleTime: 0,
  });

export function useGgopMessages(status: GgopStatus | null) {
  return useQuery(ggopMessagesQueryOptions(status));
}

/** POST /api/v1/intake/ggop/{message_id}/handled: staff have dealt with a failed plan. */
export function useMarkHandled() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (messageId: string) =>
      unwrap(
        await api.POST('/api/v1/intake/ggop/{message_id}/handled', { params: { path: { message_id: messageId } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ggop-messages'] }),
  });
}

/** PUT /api/v1/cases/{case_id}/health-start-date: the hospital's start date, read from its text by staff. */
export function useSetHealthStartDate(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (healthStartDate: string) =>
      unwrap(
        await api.PUT('/api/v1/cases/{case_id}/health-start-date', {
          params: { path: { case_id: caseId } },
          body: { health_start_date: healthStartDate },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cases', caseId] }),
  });
}
