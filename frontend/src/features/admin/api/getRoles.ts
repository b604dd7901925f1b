import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/admin/roles: each role with the permissions it gives. */
export const rolesQueryOptions = () =>
  queryOptions({
    queryKey: ['admin', 'roles'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/admin/roles', { signal })),
    staleTime: 60 * 60 * 1000,
  });

export function useRoles() {
  return useQuery(rolesQueryOptions());
}
