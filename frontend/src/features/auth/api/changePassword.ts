import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { PasswordChange } from '../../../api/types';
import { SESSION_KEY } from './getSession';

/**
 * POST /api/v1/auth/password. Fails with ApiError 422: errors on `current_password` (wrong) or
 * `new_password` (too short, too long, too common).
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PasswordChange) => {
      unwrap(await api.POST('/api/v1/auth/password', { body }));
    },
    // The server may renew the session (and its CSRF token) on a new password.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}
