import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../../api/auth';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { LoginRequest } from '../../../api/types';
import { SESSION_END_KEY, SESSION_KEY } from './getSession';

/**
 * POST /api/v1/auth/login. The server sets the session cookie; the answer is the session with its
 * CSRF token. Fails with ApiError 401 (wrong username or password) or 429 (too many attempts).
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginRequest) => unwrap(await api.POST('/api/v1/auth/login', { body })),
    onSuccess: (session) => {
      setCsrfToken(session.csrf_token);
      // Nothing cached under another user may be shown to this one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      queryClient.setQueryData(SESSION_END_KEY, null);
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}
