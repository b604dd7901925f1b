import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/home-helpers: the home helpers who give vedligeholdende training (no login). */
export const homeHelpersQueryOptions = () =>
  queryOptions({
    queryKey: ['home-helpers'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/home-helpers', { signal })),
    staleTime: 5 * 60 * 1000,
  });

export const useHomeHelpers = () => useQuery(homeHelpersQueryOptions());
