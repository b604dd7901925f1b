import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { LEGAL_BASES, legalBasisNames } from '../../../testing/legalBases';
import { copenhagenToday } from '../../../lib/dates';
import { WorklistPage } from './WorklistPage';

const SYD = { id: '00000000-0000-4000-8000-00000000000a', code: 'syd', name: 'Træningscenter Syd' };

function item(n: number, status: string, days: number) {
  return {
    case_id: `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    citizen_name: `Borger ${n}`,
    legal_basis: 'SUL_140',
    legal_basis_names: legalBasisNames('SUL_140'),
    site: SYD,
    received_at: '2026-11-20T09:00:00+01:00',
    deadline_kind: 'invitation',
    due_date: '2026-11-27',
    working_days_left: days,
    status,
    assignee: null,
    possible_duplicate_of: null,
  };
}

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/', element: <WorklistPage /> }], { initialEntries: [path] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('WorklistPage', () => {
  it('marks a likely duplicate and links to the earlier case', async () => {
    const earlier = item(1, 'on_track', 4);
    const twice = { ...item(2, 'on_track', 4), possible_duplicate_of: earlier.case_id };
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      const url = new URL((input as Request).url);
      if (url.pathname === '/api/v1/sites') return Promise.resolve(json([{ ...SYD, address: 'x', phone: 'y' }]));
      if (url.pathname === '/api/v1/legal-bases') return Promise.resolve(json(LEGAL_BASES));
      return Promise.resolve(json({ items: [earlier, twice], next_cursor: null }));
    });
    renderAt('/');

    const row2 = (await screen.findByRole('link', { name: 'Borger 2' })).closest('tr')!;
    const flag = within(row2).getByRole('link', { name: /Mulig dublet/ });
    expect(flag).toHaveAttribute('href', `/sager/${earlier.case_id}`);
    const row1 = screen.getByRole('link', { name: 'Borger 1' }).closest('tr')!;
    expect(within(row1).queryByText(/Mulig dublet/)).not.toBeInTheDocument();
  });

  it('sends the filters from the address and pages on with the cursor', async () => {
    const urls: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      const url = new URL((input as Request).url);
      urls.push(url.pathname + url.search);
      if (url.pathname === '/api/v1/sites') return Promise.resolve(json([{ ...SYD, address: 'x', phone: 'y' }]));
      if (url.pathname === '/api/v1/legal-bases') return Promise.resolve(json(LEGAL_BASES));
      if (url.searchParams.get('cursor') === 'side-2') {
        return Promise.resolve(json({ items: [item(3, 'on_track', 7)], next_cursor: null }));
      }
      return Promise.resolve(
        json({ items: [item(1, 'overdue', -2), item(2, 'due_soon', 1)], next_cursor: 'side-2' }),
      );
    });
    const user = userEvent.setup();
    renderAt('/?lovgrundlag=SUL_140&status=overdue');

    const first = await screen.findByRole('link', { name: 'Borger 1' });
    expect(first).toHaveAttribute('href', `/sager/${item(1, '', 0).case_id}`);
    const worklistCall = urls.find((u) => u.startsWith('/api/v1/worklist?'))!;
    const params = new URLSearchParams(worklistCall.split('?')[1]);
    expect(params.get('legal_basis')).toBe('SUL_140');
    expect(params.get('status')).toBe('overdue');
    expect(params.has('cursor')).toBe(false);

    // Status in words as well as colour, and working days in words.
    const row1 = first.closest('tr')!;
    expect(within(row1).getByText('Overskredet')).toBeInTheDocument();
    expect(within(row1).getByText('2 hverdage over fristen')).toBeInTheDocument();
    expect(within(row1).getByText('27.11.2026')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vis flere' }));
    expect(await screen.findByRole('link', { name: 'Borger 3' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(4); // header + 3
    expect(screen.queryByRole('button', { name: 'Vis flere' })).not.toBeInTheDocument();
    expect(urls.some((u) => u.includes('cursor=side-2'))).toBe(true);
  });

  it('shows the counts, today as urgent, and asks the server to sort by column and filter by name', async () => {
    const today = copenhagenToday();
    const calls: { url: string; method: string; body: unknown }[] = [];
    const aase = { ...item(1, 'due_soon', 0), citizen_name: 'Åse Berg', due_date: today };
    const bent = { ...item(2, 'on_track', 5), citizen_name: 'Bent Ahl' };
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request;
      const url = new URL(request.url);
      const body: unknown = request.method === 'POST' ? await request.json() : null;
      calls.push({ url: url.pathname + url.search, method: request.method, body });
      if (url.pathname === '/api/v1/sites') return json([{ ...SYD, address: 'x', phone: 'y' }]);
      if (url.pathname === '/api/v1/legal-bases') return json(LEGAL_BASES);
      if (url.pathname === '/api/v1/worklist/counts') return json({ overdue: 4, due_today: 2, due_soon: 7 });
      // The server's answers: the search finds Bent; sorted by name, Bent before Åse.
      if (url.pathname === '/api/v1/worklist/search') return json({ items: [bent], next_cursor: null });
      const byName = url.searchParams.get('sort') === 'name';
      return json({ items: byName ? [bent, aase] : [aase, bent], next_cursor: null });
    });
    const user = userEvent.setup();
    renderAt('/?visning=mine');

    await waitFor(() => expect(screen.getByTestId('count-overdue')).toHaveTextContent('4'));
    expect(screen.getByTestId('count-due_today')).toHaveTextContent('2');
    expect(screen.getByTestId('count-due_soon')).toHaveTextContent('7');
    const first = await screen.findByRole('link', { name: 'Åse Berg' });
    expect(within(first.closest('tr')!).getByText('Frist i dag')).toBeInTheDocument();
    expect(calls.find((c) => c.url.startsWith('/api/v1/worklist?'))!.url).toContain('mine=true');
    expect(screen.getByRole('button', { name: 'Mine sager' })).toHaveAttribute('aria-pressed', 'true');

    // Sorting by name asks the server for its order, and the list shows it as given.
    await user.click(screen.getByRole('button', { name: 'Borger' }));
    await waitFor(() => expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Bent Ahl', 'Åse Berg']));
    expect(calls.some((c) => c.url.includes('sort=name'))).toBe(true);
    expect(screen.getByRole('columnheader', { name: /Borger/ })).toHaveAttribute('aria-sort', 'ascending');

    // One letter does not search; two do, in a POST that keeps the name out of the address.
    await user.type(screen.getByLabelText(/Find borger i listen/), 'b');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await user.type(screen.getByLabelText(/Find borger i listen/), 'e');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Åse Berg' })).not.toBeInTheDocument());
    expect(await screen.findByRole('link', { name: 'Bent Ahl' })).toBeInTheDocument();
    const search = calls.find((c) => c.method === 'POST')!;
    expect(search.url).toBe('/api/v1/worklist/search');
    expect(search.body).toMatchObject({ name: 'be', sort: 'name', mine: true });
    expect(calls.every((c) => !c.url.includes('be'))).toBe(true);
  });

  it('says so when no case matches', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      const url = new URL((input as Request).url);
      const lists = ['/api/v1/sites', '/api/v1/legal-bases'];
      return Promise.resolve(json(lists.includes(url.pathname) ? [] : { items: [], next_cursor: null }));
    });
    renderAt('/');
    expect(await screen.findByText('Ingen åbne sager matcher filtrene.')).toBeInTheDocument();
  });
});
