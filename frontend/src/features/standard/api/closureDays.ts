import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

export const closureDaysQueryOptions = () =>
  queryOptions({
    queryKey: ['closure-days'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/closure-days', { signal })),
  });

/** GET /api/v1/closure-days: the centre's own closure days (holidays come from the calendar). */
export function useClosureDays() {
  return useQuery(closureDaysQueryOptions());
}

/** POST /api/v1/closure-days: 422 at "day" for a past day, 409 at "day" for a day already closed. */
export function useAddClosureDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { day: string; reason: string }) =>
      unwrap(await api.POST('/api/v1/closure-days', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['closure-days'] }),
  });
}

/** DELETE /api/v1/closure-days/{id}. */
export function useRemoveClosureDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE('/api/v1/closure-days/{closure_day_id}', { params: { path: { closure_day_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['closure-days'] }),
  });
}
