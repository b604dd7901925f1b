import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitizenCreatePage } from './CitizenCreatePage';
import { TopBarSearch } from './TopBarSearch';

function renderSearch() {
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <TopBarSearch mayCreate />
            <Outlet />
          </>
        ),
        children: [
          { path: '/', element: <p>Arbejdsliste</p> },
          { path: '/borgere/ny', element: <CitizenCreatePage /> },
          { path: '/borgere/:id', element: <p>Borgerside</p> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const json = (body: object, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.restoreAllMocks());

describe('TopBarSearch', () => {
  it('sends a CPR number in the body and carries it to "Opret borger" when nobody has it', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json({ items: [] }));
    const user = userEvent.setup();
    const router = renderSearch();
    await user.type(screen.getByRole('searchbox', { name: 'Søg borger' }), '0101701234{Enter}');
    await screen.findByText('Ingen borgere fundet.');
    const request = fetchSpy.mock.calls[0]![0] as Request;
    expect(request.url).not.toContain('0101701234');
    expect(await request.clone().json()).toEqual({ cpr: '010170-1234' });
    await user.click(screen.getByRole('link', { name: 'Opret borger med dette CPR-nummer' }));
    expect(router.state.location.pathname).toBe('/borgere/ny');
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('CPR-nummer')).toHaveValue('010170-1234');
  });

  it('lists the hits as links to the citizen page, and shows the server’s message', async () => {
    const record = { birth_date: '1970-01-01', phone: '12345678' };
    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(json({ items: [{ id: 'c1', name: 'Anna Jensen', record }] }))
      .mockResolvedValueOnce(
        json({ status: 422, detail: 'Fejl', errors: [{ field: 'name', message: 'Skal have mindst 2 tegn.' }] }, 422),
      );
    const user = userEvent.setup();
    renderSearch();
    await user.type(screen.getByRole('searchbox', { name: 'Søg borger' }), 'anna{Enter}');
    const link = await screen.findByRole('link', { name: /Anna Jensen/ });
    expect(link).toHaveAttribute('href', '/borgere/c1');
    expect(screen.getByText('1 borger fundet')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Søg borger' }));
    await user.type(screen.getByRole('searchbox', { name: 'Søg borger' }), 'a{Enter}');
    expect(await screen.findByText('Skal have mindst 2 tegn.')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Søg borger' })).toHaveAttribute('aria-invalid', 'true');
  });
});
