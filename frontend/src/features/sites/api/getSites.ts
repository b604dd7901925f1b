import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/sites: the training sites (matrikler). They rarely change. */
export const sitesQueryOptions = () =>
  queryOptions({
    queryKey: ['sites'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/sites', { signal })),
    staleTime: 60 * 60 * 1000,
  });

export function useSites() {
  return useQuery(sitesQueryOptions());
}
