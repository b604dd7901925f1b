import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCsrfToken, setCsrfToken } from '../../../api/auth';
import { json, sessionFor } from '../../../test/session';
import { SESSION_KEY } from '../api/getSession';
import { LoginPage } from './LoginPage';

function renderLogin(path = '/log-ind') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_KEY, null);
  const router = createMemoryRouter(
    [
      { path: '/log-ind', element: <LoginPage /> },
      { path: '/', element: <p>Arbejdsliste</p> },
      { path: '/administration', element: <p>Administrationen</p> },
      { path: '/sager/:id', element: <p>Sagen</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

async function logIn(username = 'anne.hansen', password = 'forkert adgangskode') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Brugernavn'), username);
  await user.type(screen.getByLabelText('Adgangskode'), password);
  await user.click(screen.getByRole('button', { name: 'Log ind' }));
}

afterEach(() => setCsrfToken(null));

describe('LoginPage', () => {
  it('asks for both fields without calling the server', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderLogin();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Log ind' }));
    expect(await screen.findByRole('heading', { name: 'Du blev ikke logget ind' })).toBeInTheDocument();
    expect(screen.getByLabelText('Brugernavn')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Adgangskode')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('says "wrong username or password" on 401, and empties the password', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(json({ title: 'Unauthorized', status: 401 }, 401));
    renderLogin();
    await logIn();
    expect(await screen.findByText('Forkert brugernavn eller adgangskode.')).toBeInTheDocument();
    expect(screen.getByLabelText('Adgangskode')).toHaveValue('');
    expect(screen.getByLabelText('Brugernavn')).toHaveValue('anne.hansen');
  });

  it("shows the server's detail and the wait on 429", async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      json({ title: 'Too Many Requests', status: 429, detail: 'For mange forsøg på at logge ind.' }, 429, {
        'Retry-After': '90',
      }),
    );
    renderLogin();
    await logIn();
    expect(await screen.findByText('For mange forsøg på at logge ind. Prøv igen om 90 sekunder.')).toBeInTheDocument();
  });

  it('goes to the start page of the role after login, and keeps the CSRF token', async () => {
    const requests: Request[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      requests.push(input as Request);
      return Promise.resolve(json(sessionFor('administrator')));
    });
    const router = renderLogin();
    await logIn('admin', 'en god lang adgangskode');
    expect(await screen.findByText('Administrationen')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/administration');
    expect(getCsrfToken()).toBe('csrf-administrator');
    const body = (await requests[0]!.json()) as unknown;
    expect(body).toEqual({ username: 'admin', password: 'en god lang adgangskode' });
  });

  it('goes to a safe "next" address, but never to another site', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.resolve(json(sessionFor('team_leader'))));
    const router = renderLogin('/log-ind?next=%2F%2Fevil.example%2Fx');
    await logIn('leder', 'en god lang adgangskode');
    expect(await screen.findByText('Arbejdsliste')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
