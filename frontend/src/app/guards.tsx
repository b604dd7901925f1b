import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { ErrorMessage, Loading } from '../components/QueryState';
import { sessionEnd, useCurrentUser, useSession } from '../features/auth/api/getSession';
import { can, startPath, type Permission } from '../lib/permissions';

/** The address of the login page that returns to `next` after logging in. */
export function loginPath(next: string): string {
  return next === '/' || next === '' ? '/log-ind' : `/log-ind?next=${encodeURIComponent(next)}`;
}

/** Shows its child routes to a logged-in user, the login page to anyone else. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();

  if (session.isPending) return <Loading label="Henter din session …" />;
  if (session.isError) return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    const reason = sessionEnd(queryClient);
    if (reason === 'logout') return <Navigate to="/log-ind" replace state={{ loggedOut: true }} />;
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={loginPath(next)} replace state={reason === 'expired' ? { expired: true } : null} />;
  }
  return <Outlet />;
}

export function NoAccess() {
  const user = useCurrentUser();
  const start = user ? startPath(user) : null;
  return (
    <>
      <PageTitle>Ingen adgang</PageTitle>
      <p className="notice notice--warning">Du har ikke adgang til denne side.</p>
      <p>Mener du, at du skal have adgang, så kontakt centrets administrator.</p>
      {start && start !== '/' ? (
        <p>
          <Link to={start}>Gå til din forside</Link>
        </p>
      ) : null}
    </>
  );
}

/** Shows the page only to a user with the permission; anyone else is told so. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const user = useCurrentUser();
  return can(user, permission) ? <>{children}</> : <NoAccess />;
}

/**
 * "/": the worklist for those who may read it; anyone else goes to their own start page (an
 * administrator or auditor has no citizen permissions).
 */
export function StartPage({ worklist }: { worklist: ReactNode }) {
  const user = useCurrentUser();
  if (can(user, 'worklist.read')) return <>{worklist}</>;
  const start = user ? startPath(user) : null;
  return start && start !== '/' ? <Navigate to={start} replace /> : <NoAccess />;
}
