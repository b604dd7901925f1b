import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken, setUnauthorizedHandler } from '../api/auth';
import { api } from '../api/client';
import type { Session } from '../api/types';
import { handleUnauthorized, SESSION_KEY } from '../features/auth/api/getSession';
import { LoginPage } from '../features/auth/components/LoginPage';
import { json, sessionFor } from '../test/session';
import { RequirePermission, RequireSession, StartPage } from './guards';

function Where({ name }: { name: string }) {
  const location = useLocation();
  return (
    <p>
      {name} at {location.pathname}
      {location.search}
    </p>
  );
}

function renderAt(path: string, session: Session | null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_KEY, session);
  const router = createMemoryRouter(
    [
      { path: '/log-ind', element: <LoginPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <StartPage worklist={<Where name="Arbejdsliste" />} /> },
          {
            path: '/administration',
            element: (
              <RequirePermission permission="users.manage">
                <Where name="Administration" />
              </RequirePermission>
            ),
          },
          {
            path: '/adgangslog',
            element: (
              <RequirePermission permission="access_log.read">
                <Where name="Adgangslog" />
              </RequirePermission>
            ),
          },
          {
            path: '/sager/:id',
            element: (
              <RequirePermission permission="cases.read">
                <Where name="Sag" />
              </RequirePermission>
            ),
          },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  setUnauthorizedHandler(() => handleUnauthorized(client));
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, client };
}

afterEach(() => {
  setUnauthorizedHandler(null);
  setCsrfToken(null);
});

describe('route guards', () => {
  it('shows the worklist at / to a team leader', async () => {
    renderAt('/', sessionFor('team_leader'));
    expect(await screen.findByText('Arbejdsliste at /')).toBeInTheDocument();
  });

  it('sends an administrator from / to the administration', async () => {
    renderAt('/', sessionFor('administrator'));
    expect(await screen.findByText('Administration at /administration')).toBeInTheDocument();
  });

  it('sends an auditor from / to the access log', async () => {
    renderAt('/', sessionFor('auditor'));
    expect(await screen.findByText('Adgangslog at /adgangslog')).toBeInTheDocument();
  });

  it('tells a user without the permission that the page is not for them', async () => {
    renderAt('/administration', sessionFor('team_leader'));
    expect(await screen.findByText('Du har ikke adgang til denne side.')).toBeInTheDocument();
    expect(screen.queryByText(/Administration at/)).not.toBeInTheDocument();
  });

  it('sends a logged-out user to the login page, remembering where they were', async () => {
    const { router } = renderAt('/sager/42?fane=frister', null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/log-ind');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/sager/42?fane=frister');
    expect(screen.queryByText('Din session er udløbet. Log ind igen.')).not.toBeInTheDocument();
  });

  it('on a 401 from the API, shows the login page with a notice, then returns after login', async () => {
    const session = sessionFor('team_leader');
    const { router } = renderAt('/sager/42', session);
    await screen.findByText('Sag at /sager/42');

    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      const url = new URL((input as Request).url);
      if (url.pathname === '/api/v1/auth/login') return Promise.resolve(json(session));
      return Promise.resolve(json({ title: 'Ikke logget ind', status: 401 }, 401));
    });
    await act(async () => {
      await api.GET('/api/v1/worklist');
    });

    expect(await screen.findByText('Din session er udløbet. Log ind igen.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/log-ind');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/sager/42');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Brugernavn'), 'test.team_leader');
    await user.type(screen.getByLabelText('Adgangskode'), 'en god lang adgangskode');
    await user.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(await screen.findByText('Sag at /sager/42')).toBeInTheDocument();
  });
});
