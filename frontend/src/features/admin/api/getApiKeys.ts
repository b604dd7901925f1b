import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/admin/api-keys: the keys for other systems, revoked ones included. Never the secret. */
export const apiKeysQueryOptions = () =>
  queryOptions({
    queryKey: ['admin', 'api-keys'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/admin/api-keys', { signal })),
  });

export function useApiKeys() {
  return useQuery(apiKeysQueryOptions());
}
