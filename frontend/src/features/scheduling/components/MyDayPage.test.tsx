import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DaySession, MyDayItem } from '../../../api/types';
import { json, sessionFor } from '../../../test/session';
import { SESSION_KEY } from '../../auth/api/getSession';
import { MyDayPage } from './MyDayPage';

const appointment = {
  id: 'appt-1',
  course_id: 'course-1',
  case_id: null,
  citizen_id: 'citizen-1',
  citizen_name: 'Anna Andersen',
  citizen_phone: null,
  address: null,
  place: 'site',
  site_id: null,
  room_id: null,
  starts_at: '2026-12-01T09:00:00Z',
  ends_at: '2026-12-01T09:45:00Z',
  status: 'booked',
  discipline: 'physiotherapy',
} as MyDayItem;

const daySession = (registrationId: string | null, begun = true): DaySession => ({
  appointment_id: 'appt-1',
  course_id: 'course-1',
  citizen_id: 'citizen-1',
  citizen_name: 'Anna Andersen',
  starts_at: '2026-12-01T09:00:00Z',
  ends_at: '2026-12-01T09:45:00Z',
  status: registrationId ? 'no_show' : 'booked',
  registration_id: registrationId,
  begun,
});

/** The API as Min dag meets it; the registrations posted are kept. */
function serve(session: DaySession) {
  const posted: { path: string; body: unknown }[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    if (request.method === 'POST') {
      posted.push({ path, body: await request.json() });
      return json({}, 201);
    }
    if (path === '/api/v1/my-day') return json([appointment]);
    if (path === '/api/v1/attendance/day') return json([session]);
    return json([]);
  });
  return posted;
}

function renderPage(role = 'therapist') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_KEY, sessionFor(role));
  const router = createMemoryRouter([{ path: '/', element: <MyDayPage /> }]);
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('MyDayPage', () => {
  it('registers an appointment as on the Fremmøde page: U on its buttons is a no-show', async () => {
    const posted = serve(daySession(null));
    renderPage();
    const group = await screen.findByRole('group', { name: /^Registrér Anna Andersen/ });
    const user = userEvent.setup();
    within(group).getByRole('button', { name: /Fremmødt/ }).focus();
    await user.keyboard('u');
    expect(await screen.findByText(/^Udeblevet: Anna Andersen/)).toBeInTheDocument();
    expect(posted).toEqual([
      {
        path: '/api/v1/appointments/appt-1/attendance',
        body: { attendance: 'no_show', corrects: null, cancellation: null },
      },
    ]);
    expect(screen.getByText(/Tast F for fremmødt/)).toBeInTheDocument();
  });

  it('before the session only a cancellation is offered, with its details asked for', async () => {
    serve(daySession(null, false));
    renderPage();
    const group = await screen.findByRole('group', { name: /^Registrér Anna Andersen/ });
    expect(within(group).getByRole('button', { name: /Fremmødt/ })).toBeDisabled();
    await userEvent.setup().click(within(group).getByRole('button', { name: /Afbud/ }));
    expect(screen.getByText('Tiden er ikke begyndt: kun afbud kan registreres.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /^Registrér Anna Andersen/ })).not.toBeInTheDocument();
  });

  it('a registration in force can be undone', async () => {
    const posted = serve(daySession('reg-1'));
    renderPage();
    await userEvent.setup().click(await screen.findByRole('button', { name: /^Fortryd registreringen/ }));
    expect(await screen.findByText(/^Registreringen er fortrudt: Anna Andersen/)).toBeInTheDocument();
    expect(posted[0]?.body).toEqual({ attendance: 'booked', corrects: 'reg-1', cancellation: null });
  });

  it('a user who may not register sees the appointment without the controls', async () => {
    serve(daySession(null));
    renderPage('training_assistant');
    expect(await screen.findByText('Anna Andersen')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /^Registrér/ })).not.toBeInTheDocument();
  });
});
