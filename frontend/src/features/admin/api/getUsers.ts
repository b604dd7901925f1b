import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/admin/users: every user account, active or not. */
export const usersQueryOptions = () =>
  queryOptions({
    queryKey: ['admin', 'users'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/admin/users', { signal })),
  });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
