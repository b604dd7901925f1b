import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AwaitingBooking } from './AwaitingBooking';
import { Resumptions } from './Resumptions';
import { TripCompliance } from './TripCompliance';

const COURSE = '00000000-0000-4000-8000-0000000000c1';
const OTHER = '00000000-0000-4000-8000-0000000000c2';
const CITIZEN = '00000000-0000-4000-8000-0000000000b1';

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function renderWith(path: string, answer: unknown, element: ReactElement) {
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = new URL((input as Request).url);
    if (url.pathname === path) return Promise.resolve(json(answer));
    return Promise.reject(new Error(`unexpected ${url.pathname}`));
  });
  const router = createMemoryRouter([{ path: '/', element }], { initialEntries: ['/'] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

async function settled() {
  await vi.waitFor(() => expect(globalThis.fetch).toHaveBeenCalled());
  await new Promise((done) => setTimeout(done, 100)); // the answer has been rendered
}

describe('AwaitingBooking', () => {
  it('lists each citizen to follow up with the missed session, linked to the course', async () => {
    renderWith(
      '/api/v1/worklist/awaiting-booking',
      [
        {
          course_id: COURSE,
          citizen_id: CITIZEN,
          citizen_name: 'Karen Jensen',
          citizen_phone: '+45 43 57 70 00',
          // 18:00 in Copenhagen (winter time, UTC+1)
          last_missed: '2026-11-24T17:00:00Z',
        },
      ],
      <AwaitingBooking />,
    );
    const heading = await screen.findByRole('heading', {
      name: 'Opfølgning: ingen ny tid efter afbud eller udeblivelse',
    });
    expect(heading).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Karen Jensen' })).toHaveAttribute('href', `/forloeb/${COURSE}`);
    expect(screen.getByText(/senest aflyst eller udeblevet 24\.11\.2026 kl\. 18\.00/)).toBeInTheDocument();
    expect(screen.getByText(/telefon \+45 43 57 70 00/)).toBeInTheDocument();
  });

  it('shows nothing while nobody awaits a booking', async () => {
    const { container } = renderWith('/api/v1/worklist/awaiting-booking', [], <AwaitingBooking />);
    await settled();
    expect(container).toBeEmptyDOMElement();
  });
});

describe('Resumptions', () => {
  it('lists the postponed courses by expected resumption and marks those due', async () => {
    renderWith(
      '/api/v1/worklist/resumptions',
      [
        {
          course_id: COURSE,
          citizen_id: CITIZEN,
          citizen_name: 'Karen Jensen',
          expected_resume_on: '2026-11-30',
          reason: 'Indlagt',
          due: true,
        },
        {
          course_id: OTHER,
          citizen_id: '00000000-0000-4000-8000-0000000000b2',
          citizen_name: 'Bent Ahl',
          expected_resume_on: '2026-12-07',
          reason: 'Ferie',
          due: false,
        },
      ],
      <Resumptions />,
    );
    await screen.findByRole('heading', { name: 'Udskudte forløb, der skal genoptages' });
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Karen Jensen: forventes genoptaget 30.11.2026 – skal genoptages nu',
      'Bent Ahl: forventes genoptaget 07.12.2026',
    ]);
    expect(screen.getByRole('link', { name: 'Bent Ahl' })).toHaveAttribute('href', `/forloeb/${OTHER}`);
    // The reason for the pause stays on the course page.
    expect(screen.queryByText(/Indlagt/)).not.toBeInTheDocument();
  });

  it('shows nothing while no course is postponed', async () => {
    const { container } = renderWith('/api/v1/worklist/resumptions', [], <Resumptions />);
    await settled();
    expect(container).toBeEmptyDOMElement();
  });
});

describe('TripCompliance', () => {
  it('shows per site how many trips kept the hour each way, and their share', async () => {
    renderWith(
      '/api/v1/transport/compliance',
      {
        from: '2026-10-25',
        to: '2026-11-23',
        sites: [
          {
            site_id: '00000000-0000-4000-8000-0000000000a1',
            site_name: 'Træningscenter Syd',
            trips: 20,
            within_target: 18,
            flagged: 2,
            share_within_target: 0.9,
          },
          { site_id: null, site_name: null, trips: 3, within_target: 1, flagged: 2, share_within_target: 1 / 3 },
        ],
      },
      <TripCompliance />,
    );
    await screen.findByRole('heading', { name: 'Kørsel inden for en time' });
    expect(screen.getByText('Ture fra 25.10.2026 til 23.11.2026:')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Træningscenter Syd: 18 af 20 ture inden for en time (90 %)',
      'Uden matrikel: 1 af 3 ture inden for en time (33 %)',
    ]);
  });

  it('shows nothing while there were no trips', async () => {
    const { container } = renderWith(
      '/api/v1/transport/compliance',
      { from: '2026-10-25', to: '2026-11-23', sites: [] },
      <TripCompliance />,
    );
    await settled();
    expect(container).toBeEmptyDOMElement();
  });
});
