import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AttendanceFlags } from './AttendanceFlags';

const COURSE = '00000000-0000-4000-8000-0000000000c1';

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function renderFlags(flags: unknown[]) {
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = new URL((input as Request).url);
    if (url.pathname === '/api/v1/worklist/attendance-flags') return Promise.resolve(json(flags));
    return Promise.reject(new Error(`unexpected ${url.pathname}`));
  });
  const router = createMemoryRouter([{ path: '/', element: <AttendanceFlags /> }], { initialEntries: ['/'] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('AttendanceFlags', () => {
  it('lists each open flag with its citizen, linked to the course', async () => {
    renderFlags([
      {
        course_id: COURSE,
        kind: 'no_shows',
        text: 'Mere end 2 udeblivelser: tag stilling til, om forløbet skal afsluttes.',
        count: 3,
        raised_at: '2026-11-30T09:00:00Z',
        citizen_id: '00000000-0000-4000-8000-0000000000b1',
        citizen_name: 'Karen Jensen',
        legal_basis: 'SUL_140',
        site_id: null,
      },
    ]);
    const heading = await screen.findByRole('heading', { name: 'Fremmøde, der kræver stillingtagen' });
    expect(heading).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Karen Jensen' })).toHaveAttribute('href', `/forloeb/${COURSE}`);
    expect(screen.getByText(/Mere end 2 udeblivelser/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tag stilling under Fremmøde' })).toHaveAttribute('href', '/fremmoede');
  });

  it('shows nothing while no flag is open', async () => {
    const { container } = renderFlags([]);
    await vi.waitFor(() => expect(globalThis.fetch).toHaveBeenCalled());
    await new Promise((settled) => setTimeout(settled, 100)); // the answer has been rendered
    expect(container).toBeEmptyDOMElement();
  });
});
