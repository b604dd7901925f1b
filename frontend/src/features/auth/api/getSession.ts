import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../../api/auth';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { Session, SessionUser } from '../../../api/types';

export const SESSION_KEY = ['auth', 'session'] as const;
/** Why the session ended in this tab, so the login page can say so. */
export const SESSION_END_KEY = ['auth', 'end'] as const;
export type SessionEnd = 'expired' | 'logout';

/**
 * GET /api/v1/auth/session: the logged-in user, or null when no one is logged in (401). Keeps the
 * session's CSRF token for the requests that change something.
 */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }): Promise<Session | null> => {
      const result = await api.GET('/api/v1/auth/session', { signal });
      if (result.response.status === 401) {
        setCsrfToken(null);
        return null;
      }
      const session = unwrap(result);
      setCsrfToken(session.csrf_token);
      return session;
    },
    // The session changes only by logging in or out, or by expiring (which a 401 tells).
    staleTime: Infinity,
    gcTime: Infinity,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** The logged-in user; null while the session loads or when no one is logged in. */
export function useCurrentUser(): SessionUser | null {
  return useSession().data?.user ?? null;
}

/** Why the session ended (read when the guard sends the user to the login page). */
export function sessionEnd(queryClient: QueryClient): SessionEnd | null {
  return queryClient.getQueryData<SessionEnd | null>(SESSION_END_KEY) ?? null;
}

/**
 * Forgets the session and everything fetched under it. The route guard then shows the login
 * page, which tells why.
 */
export function endSession(queryClient: QueryClient, reason: SessionEnd): void {
  setCsrfToken(null);
  queryClient.setQueryData(SESSION_END_KEY, reason);
  queryClient.setQueryData(SESSION_KEY, null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
}

/**
 * What a 401 from a non-auth endpoint does: if a user was logged in, the session has expired
 * (or was ended on the server). If no one was, the guard already shows the login page.
 */
export function handleUnauthorized(queryClient: QueryClient): void {
  if (queryClient.getQueryData(SESSION_KEY)) endSession(queryClient, 'expired');
}
