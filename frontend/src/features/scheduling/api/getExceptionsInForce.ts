import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/frequency-exceptions: the frequency exceptions in force today, with their citizens (team leader). */
export const exceptionsInForceQueryOptions = () =>
  queryOptions({
    queryKey: ['frequency-exceptions', 'in-force'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/frequency-exceptions', { signal })),
  });

export const useExceptionsInForce = () => useQuery(exceptionsInForceQueryOptions());
