import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../api/auth';
import type { Course } from '../../../api/types';
import { json } from '../../../test/session';
import { EndingSection } from './EndingSection';

const COURSE = { id: 'c1', case_id: 'k1', status: 'active', appointments: [] } as unknown as Course;

interface Ending {
  ending_decision_sent_on: string | null;
  [field: string]: unknown;
}

const ENDING: Ending = {
  course_id: 'c1',
  reason: 'no_further_progress',
  note: 'Ingen fremgang i fire uger.',
  ended_on: '2026-11-24',
  is_decision: true,
  final_status_expected: true,
  follow_up_on: null,
  self_training_material: null,
  home_care_involved: false,
  released: 0,
  final_status_letter_id: null,
  final_status_channel: null,
  final_status_sent_at: null,
  ending_decision_sent_on: null,
};

function renderSection(course: Course) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <EndingSection course={course} mayWrite />
    </QueryClientProvider>,
  );
}

/** The API: the ending as `ending` holds it; writes are recorded and answered. */
function mockApi(ending: Ending) {
  const writes: { path: string; body: unknown }[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    if (request.method === 'GET' && path === '/api/v1/courses/c1/ending') return json(ending);
    const body: unknown = request.method === 'POST' ? await request.json() : null;
    writes.push({ path, body });
    if (path.endsWith('/preview')) return json({ html: '<p>Kære borger</p>' });
    if (path === '/api/v1/cases/k1/ending-decision') {
      return json({ type: 'about:blank', title: 'Konflikt', status: 409, detail: 'Handlingen kan ikke udføres.' }, 409);
    }
    return json({ ...ending, ...(body as object) }, 201);
  });
  return writes;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-24T09:00:00Z'));
  setCsrfToken('token');
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the end of a course', () => {
  it('asks for the reason before ending, then sends it with the self-training details', async () => {
    const writes = mockApi(ENDING);
    renderSection(COURSE);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Afslut forløbet' }));
    await user.click(screen.getByRole('button', { name: 'Gem afslutningen' }));
    expect(screen.getByRole('link', { name: 'Vælg årsagen til afslutningen.' })).toBeInTheDocument();
    expect(writes).toEqual([]);
    await user.selectOptions(screen.getByLabelText('Årsag'), 'no_further_progress');
    await user.type(screen.getByLabelText(/Vejledning og egentræningsøvelser/), 'Øvelser for knæ');
    await user.click(screen.getByLabelText('Hjemmeplejen er inddraget'));
    await user.click(screen.getByRole('button', { name: 'Gem afslutningen' }));
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({
      path: '/api/v1/courses/c1/ending',
      body: {
        reason: 'no_further_progress',
        ended_on: '2026-11-24',
        note: null,
        follow_up_on: null,
        self_training_material: 'Øvelser for knæ',
        home_care_involved: true,
      },
    });
  });

  it('previews the ending decision with the ending note as its reasons, and shows a refusal', async () => {
    const writes = mockApi(ENDING);
    renderSection({ ...COURSE, status: 'ended' });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Afgørelse om afslutning' });
    expect(within(form).getByLabelText('Begrundelse')).toHaveValue('Ingen fremgang i fire uger.');
    await user.click(within(form).getByRole('button', { name: 'Vis brevet' }));
    expect(await screen.findByTitle('Forhåndsvisning af afgørelsen om afslutning')).toBeInTheDocument();
    expect(writes[0]).toEqual({
      path: '/api/v1/cases/k1/ending-decision/preview',
      body: { sent_on: '2026-11-24', channel: 'digital_post', received_on: null, reasons: 'Ingen fremgang i fire uger.' },
    });
    await user.click(within(form).getByRole('button', { name: 'Send afgørelsen' }));
    expect(await within(form).findByText('Handlingen kan ikke udføres.')).toBeInTheDocument();
  });

  it('says when the decision was sent instead of offering it again', async () => {
    mockApi({ ...ENDING, ending_decision_sent_on: '2026-11-24' });
    renderSection({ ...COURSE, status: 'ended' });
    expect(await screen.findByText(/Afgørelsen blev sendt 24\.11\.2026/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send afgørelsen' })).not.toBeInTheDocument();
  });
});
