import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/therapists: the active staff who can hold an initial conversation. */
export const therapistsQueryOptions = () =>
  queryOptions({
    queryKey: ['therapists'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/therapists', { signal })),
    staleTime: 5 * 60 * 1000,
  });

export function useTherapists() {
  return useQuery(therapistsQueryOptions());
}
