import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InvitationClash } from '../../../api/types';
import { json } from '../../../test/session';
import { InvitationClashes } from './InvitationClashes';

const clash: InvitationClash = {
  id: 'clash-1',
  invitation_id: 'inv-1',
  case_id: 'case-1',
  citizen_id: 'cit-1',
  citizen_name: 'Bent Borger',
  meeting_at: '2026-11-26T09:45:00Z',
  place: 'site',
  site_id: 'site-1',
  therapist_id: 'ther-1',
  therapist_name: 'Tina Terapeut',
  resource: 'staff',
  clashing_appointment_id: 'appt-1',
  clashing_starts_at: '2026-11-26T09:30:00Z',
  clashing_ends_at: '2026-11-26T10:30:00Z',
  found_at: '2026-12-01T07:00:00Z',
};

/** The API as the list meets it: the clash, then each rebooking answered from `answers` in turn. */
function serve(answers: Response[]) {
  const posted: unknown[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/invitation-clashes') return json([clash]);
    if (path === '/api/v1/invitation-clashes/clash-1/rebook') {
      posted.push(await request.json());
      return answers.shift()!;
    }
    return json([]);
  });
  return posted;
}

function renderList() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/', element: <InvitationClashes /> }]);
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('InvitationClashes', () => {
  it('lists the clash with the booking it met, and shows a refused new time at the field', async () => {
    const posted = serve([
      json(
        {
          status: 409,
          detail: 'Medarbejderen har allerede en tid, der overlapper.',
          rule: 'staff_double_booked',
          clashing_appointment_id: 'appt-1',
          errors: [{ field: 'starts_at', message: 'Medarbejderen har allerede en tid, der overlapper.' }],
        },
        409,
      ),
      json([], 200),
    ]);
    const user = userEvent.setup();
    renderList();
    const item = await screen.findByText(/samtale 26\.11\.2026 kl\. 10\.45 med Tina Terapeut/, {}, { timeout: 5000 });
    expect(item.textContent).toContain('Ramte terapeutens aftale 26.11.2026 kl. 10.30.');
    await user.click(screen.getByRole('button', { name: /^Book ny tid/ }));
    await user.type(screen.getByLabelText('Dato'), '2026-11-26');
    await user.type(screen.getByLabelText(/^Kl\./), '11:00');
    await user.click(screen.getByRole('button', { name: 'Book samtalen' }));
    const error = await screen.findByText('Medarbejderen har allerede en tid, der overlapper.', { selector: '#rebook-meeting-at-error' });
    expect(error).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^Kl\./));
    await user.type(screen.getByLabelText(/^Kl\./), '13:00');
    await user.click(screen.getByRole('button', { name: 'Book samtalen' }));
    await screen.findByText('Samtalen med Bent Borger er booket 26.11.2026 kl. 13.00.');
    expect(posted).toEqual([
      { meeting_at: '2026-11-26T11:00:00+01:00', outside_hours_reason: null },
      { meeting_at: '2026-11-26T13:00:00+01:00', outside_hours_reason: null },
    ]);
    expect(await screen.findByText('Der er ingen samtaler at booke om.')).toBeInTheDocument();
  });
});
