import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { UserUpdate } from '../../../api/types';
import { usersQueryOptions } from './getUsers';

/** PATCH /api/v1/admin/users/{id}: only the fields sent are changed. */
export function useUpdateUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UserUpdate) =>
      unwrap(await api.PATCH('/api/v1/admin/users/{user_id}', { params: { path: { user_id: userId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey }),
  });
}
