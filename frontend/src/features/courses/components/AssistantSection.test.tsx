import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Course } from '../../../api/types';
import { json } from '../../../test/session';
import { AssistantSection } from './AssistantSection';

const STAFF = '00000000-0000-4000-8000-0000000000b1';
const ROOM = '00000000-0000-4000-8000-0000000000e1';
const TEAM = '00000000-0000-4000-8000-0000000000f1';
const course = {
  id: '00000000-0000-4000-8000-0000000000c1',
  citizen_id: '00000000-0000-4000-8000-0000000000d1',
  site_id: '00000000-0000-4000-8000-0000000000a1',
  disciplines: ['physiotherapy'],
  therapist_ids: [STAFF],
  appointments: [],
} as unknown as Course;

const slot = (day: string, refused: string | null, booked: string | null = null) => ({
  starts_at: `${day}T08:00:00Z`,
  ends_at: `${day}T08:45:00Z`,
  refused_rule: refused ? 'closure_day' : null,
  refused_message: refused,
  appointment_id: booked,
});

/** The API as the section meets it; what was posted to the assistant, in order. */
function serve(seat: Response) {
  const posted: { path: string; body: unknown }[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    if (path.endsWith('/bookable-staff')) return json({ maintenance: false, staff: [{ id: STAFF, display_name: 'Tina Terapeut', provider: 'therapist' }] });
    if (path.endsWith('/rooms')) return json([{ id: ROOM, name: 'Sal 1', capacity: 4 }]);
    if (request.method !== 'POST') return json([]);
    const body: unknown = await request.json();
    posted.push({ path, body });
    if (path.endsWith('/proposals')) {
      return json({
        proposals: [{ starts_at: '2026-12-22T08:00:00Z', ends_at: '2026-12-22T08:45:00Z', therapist_id: STAFF, room_id: ROOM }],
        free_seats: [{ team_id: TEAM, name: 'Knæholdet', free_seats: 1, next_occurrence_at: '2026-12-23T12:00:00Z' }],
      });
    }
    if (path.endsWith('/series')) {
      const { commit, plan_channel: channel } = body as { commit: boolean; plan_channel: string | null };
      return json({
        committed: commit,
        dates: [slot('2026-12-22', null, commit ? 'a-1' : null), slot('2026-12-29', 'Centret holder lukket den dag.')],
        training_plan: commit && channel ? { id: 'p-1', channel, sessions: 1, letter_id: 'l-1', sent_at: '2026-12-01T10:00:00Z', sent_by: 'x' } : null,
      });
    }
    if (path.endsWith('/seats')) return seat;
    if (path.endsWith('/waiting-list')) return json({}, 201);
    return json({});
  });
  return posted;
}

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <AssistantSection course={course} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('AssistantSection', () => {
  it('shows a dry run with each refused date and its reason, then saves the series', async () => {
    const posted = serve(json({}, 201));
    const user = userEvent.setup();
    renderSection();
    await screen.findByRole('option', { name: 'Tina Terapeut' }, { timeout: 5000 });
    await user.selectOptions(screen.getByLabelText('Terapeut'), STAFF);
    await user.clear(screen.getByLabelText(/Antal uger i serien/));
    await user.type(screen.getByLabelText(/Antal uger i serien/), '2');
    await user.click(screen.getByRole('button', { name: 'Find ledige tider' }));

    const proposals = await screen.findByRole('list', { name: 'Forslag til individuelle tider' });
    expect(within(proposals).getByText('Tina Terapeut · Sal 1')).toBeInTheDocument();
    await user.click(within(proposals).getByRole('button', { name: /^Prøvebook serie\s*fra 22\.12\.2026 kl\. 09\.00–09\.45$/ }));

    const series = await screen.findByRole('region', { name: 'Serie: 2 uger fra 22.12.2026 kl. 09.00' });
    await within(series).findByText('Prøvebooking: 1 tid er ledig, 1 tid afvises. Intet er gemt endnu.');
    expect(within(series).getByText('29.12.2026 kl. 09.00–09.45: afvist – Centret holder lukket den dag.')).toBeInTheDocument();
    await user.selectOptions(within(series).getByLabelText(/Træningsplan til borgeren/), 'digital_post');
    await user.click(within(series).getByRole('button', { name: 'Gem serien (1 tid)' }));
    await within(series).findByText('1 tid er booket; 1 tid blev ikke booket.');
    await within(series).findByText(/Træningsplanen med 1 tid er gemt som brev \(sendt med digital post\)\./);
    const sent = posted.filter((p) => p.path.endsWith('/series')).map((p) => p.body as { commit: boolean; plan_channel: string | null });
    expect(sent.map((b) => [b.commit, b.plan_channel])).toEqual([
      [false, null],
      [true, 'digital_post'],
    ]);
    const { from_day: _day, ...asked } = posted[0]!.body as Record<string, unknown>;
    expect(asked).toEqual({ minutes: 45, horizon_days: 14, limit: 5, therapist_id: STAFF });
  });

  it('offers the waiting list when the class filled meanwhile (409)', async () => {
    const posted = serve(
      json({ status: 409, detail: 'Holdet er fuldt (1 pladser). Borgeren kan skrives på ventelisten.', rule: 'team_full' }, 409),
    );
    const user = userEvent.setup();
    renderSection();
    await user.click(screen.getByRole('button', { name: 'Find ledige tider' }));
    const seats = await screen.findByRole('list', { name: 'Ledige holdpladser' });
    expect(within(seats).getByText('1 ledig plads · næste gang 23.12.2026 kl. 13.00')).toBeInTheDocument();
    await user.click(within(seats).getByRole('button', { name: /^Tag plads\s*på Knæholdet$/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Holdet er fuldt (1 pladser).');
    await user.click(screen.getByRole('button', { name: /^Skriv på venteliste\s*til Knæholdet$/ }));
    await screen.findByText('Borgeren står nu på ventelisten til Knæholdet.');
    expect(posted.map((p) => p.path)).toEqual([
      `/api/v1/courses/${course.id}/proposals`,
      `/api/v1/teams/${TEAM}/seats`,
      `/api/v1/teams/${TEAM}/waiting-list`,
    ]);
  });
});
