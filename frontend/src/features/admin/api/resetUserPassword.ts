import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** POST /api/v1/admin/users/{id}/password: the administrator sets a new password for the user. */
export function useResetUserPassword(userId: string) {
  return useMutation({
    mutationFn: async (newPassword: string) => {
      unwrap(
        await api.POST('/api/v1/admin/users/{user_id}/password', {
          params: { path: { user_id: userId } },
          body: { new_password: newPassword },
        }),
      );
    },
  });
}
