import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClassSeat, ClassSession } from '../../../api/types';
import { json } from '../../../test/session';
import { ClassRegistration } from './ClassRegistration';

const seat = (id: string, name: string): ClassSeat => ({
  seat_id: id,
  course_id: `course-${id}`,
  citizen_id: `citizen-${id}`,
  citizen_name: name,
  registration_id: null,
  attendance: 'booked',
  cancellation_reason: null,
  cancelled_by: null,
});

const session = (begun: boolean): ClassSession => ({
  occurrence_id: 'occ-1',
  team_id: 'team-1',
  team_name: 'Knæholdet',
  starts_at: '2026-12-01T09:00:00Z',
  ends_at: '2026-12-01T10:00:00Z',
  status: 'planned',
  begun,
  seats: [seat('s1', 'Anna Andersen'), seat('s2', 'Bent Borger'), seat('s3', 'Carl Carlsen')],
});

/** The API as the class block meets it: every registration posted is kept and answered 201. */
function serve() {
  const posted: unknown[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request;
    posted.push(await request.json());
    return json({ occurrence_id: 'occ-1', registrations: [], courses: [] }, 201);
  });
  return posted;
}

function renderBlock(begun: boolean) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/', element: <ClassRegistration session={session(begun)} mayWrite /> }]);
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ClassRegistration', () => {
  it('registers a no-show with U on a seat and the rest as attended with R, in two requests', async () => {
    const posted = serve();
    renderBlock(true);
    const user = userEvent.setup();
    const anna = screen.getByRole('group', { name: 'Registrér Anna Andersen' });
    anna.querySelector<HTMLButtonElement>('button')!.focus();
    await user.keyboard('u');
    expect(posted).toEqual([{ marks: [{ seat_id: 's1', attendance: 'no_show', corrects: null, cancellation: null }] }]);
    expect(await screen.findByText(/Udeblevet: Anna Andersen/)).toBeTruthy();
    screen.getByRole('group', { name: 'Registrér Bent Borger' }).querySelector<HTMLButtonElement>('button')!.focus();
    await user.keyboard('r');
    // The block still shows the seats as read (the page fetches them again): all three are open.
    expect(posted[1]).toEqual({
      marks: [
        { seat_id: 's1', attendance: 'attended' },
        { seat_id: 's2', attendance: 'attended' },
        { seat_id: 's3', attendance: 'attended' },
      ],
    });
  });

  it('before the class only offers afbud, with its reason required', async () => {
    const posted = serve();
    renderBlock(false);
    const user = userEvent.setup();
    expect(screen.getAllByRole<HTMLButtonElement>('button', { name: /Fremmødt/ }).every((b) => b.disabled)).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Resten mødt/ }).disabled).toBe(true);
    screen.getAllByRole('button', { name: /Afbud/ })[0]!.focus();
    await user.keyboard('u');
    expect(posted).toEqual([]);
    await user.keyboard('a');
    await user.click(screen.getByRole('button', { name: 'Gem afbud' }));
    expect(screen.getByText('Vælg årsagen til afbuddet.')).toBeTruthy();
    await user.click(screen.getByLabelText('Sygdom'));
    await user.click(screen.getByRole('button', { name: 'Gem afbud' }));
    expect(posted).toHaveLength(1);
    expect((posted[0] as { marks: { attendance: string; cancellation: { reason: string; by: string } }[] }).marks[0]).toMatchObject({
      attendance: 'cancelled',
      cancellation: { reason: 'illness', by: 'citizen' },
    });
  });
});
