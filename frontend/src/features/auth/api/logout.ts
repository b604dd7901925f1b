import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { endSession } from './getSession';

/**
 * POST /api/v1/auth/logout. Whatever the server answers, the browser forgets the session and
 * everything fetched under it; the route guard then shows the login page.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      unwrap(await api.POST('/api/v1/auth/logout'));
    },
    onSettled: () => endSession(queryClient, 'logout'),
  });
}
