import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Course } from '../../../api/types';
import { json } from '../../../test/session';
import { BookingForm } from './BookingForm';

const STAFF = '00000000-0000-4000-8000-0000000000b1';
const ASSISTANT = '00000000-0000-4000-8000-0000000000b2';
const course: Course = {
  id: '00000000-0000-4000-8000-0000000000c1',
  citizen_id: '00000000-0000-4000-8000-0000000000d1',
  case_id: null,
  legal_basis: 'SUL_140',
  status: 'active',
  disciplines: ['physiotherapy'],
  form: 'individual_at_home',
  site_id: null,
  therapist_ids: [STAFF],
  started_on: '2026-12-01',
  planned_end_on: null,
  ended_on: null,
  plan_changed_at: null,
  goals: [],
  services: [],
  notes: [],
  frequency_exceptions: [],
  appointments: [
    {
      id: 'a-1',
      purpose: 'training',
      discipline: 'physiotherapy',
      provider: 'therapist',
      staff_id: STAFF,
      home_helper_id: null,
      supervisor_id: null,
      place: 'home',
      site_id: null,
      room_id: null,
      starts_at: '2026-12-07T09:00:00Z',
      ends_at: '2026-12-07T09:45:00Z',
      status: 'booked',
      outside_hours_reason: null,
    },
  ],
};

/** The API as the form meets it: lists for the choices; each booking answered from `answers` in turn. */
function serve(answers: Response[], maintenance = false) {
  const posted: unknown[] = [];
  const staff = [
    { id: STAFF, display_name: 'Tina Terapeut', provider: 'therapist' },
    ...(maintenance ? [{ id: ASSISTANT, display_name: 'Anna Assistent', provider: 'training_assistant' }] : []),
  ];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    if (path === `/api/v1/courses/${course.id}/bookable-staff`) return json({ maintenance, staff });
    if (path === '/api/v1/appointments') {
      posted.push(await request.json());
      return answers.shift()!;
    }
    return json([]);
  });
  return posted;
}

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <BookingForm course={course} />
    </QueryClientProvider>,
  );
}

async function fill(user: ReturnType<typeof userEvent.setup>, weeks: string) {
  await screen.findByRole('option', { name: 'Tina Terapeut' }, { timeout: 5000 });
  await user.type(screen.getByLabelText('Dato'), '2026-12-07');
  await user.type(screen.getByLabelText(/Fra kl\./), '10:00');
  await user.type(screen.getByLabelText(/Til kl\./), '10:45');
  await user.clear(screen.getByLabelText(/Antal uger/));
  await user.type(screen.getByLabelText(/Antal uger/), weeks);
  await user.click(screen.getByRole('button', { name: 'Book' }));
}

describe('BookingForm', () => {
  it('shows a clash at the start time with the time of the booking it meets', async () => {
    serve([
      json(
        {
          type: 'urn:traening:problem:conflict',
          title: 'Konflikt',
          status: 409,
          detail: 'Borgeren har allerede en tid, der overlapper.',
          rule: 'citizen_double_booked',
          clashing_appointment_id: 'a-1',
          errors: [{ field: 'starts_at', message: 'Borgeren har allerede en tid, der overlapper.' }],
        },
        409,
      ),
    ]);
    const user = userEvent.setup();
    renderForm();
    await fill(user, '1');

    const error = await screen.findByText(/Den optagne tid: 07\.12\.2026 kl\. 10\.00–10\.45/, {
      selector: '#booking-start-error',
    });
    expect(error.textContent).toContain('Borgeren har allerede en tid, der overlapper.');
    expect(screen.getByLabelText(/Fra kl\./)).toHaveAttribute('aria-invalid', 'true');
  });

  it('books a series one date at a time and lists the refused week with its limit', async () => {
    const booked = (id: string, day: string) =>
      json({ ...course.appointments[0], id, course_id: course.id, case_id: null, booked_by: 'Tina', starts_at: `${day}T09:00:00Z`, ends_at: `${day}T09:45:00Z` }, 201);
    const posted = serve([
      booked('b-1', '2026-12-07'),
      json(
        {
          status: 422,
          detail: 'Kvalitetsstandarden giver højst 3 individuelle træninger om ugen.',
          rule: 'frequency_limit',
          limit: 3,
          iso_week: 'uge 51 2026',
          errors: [{ field: 'starts_at', message: 'Kvalitetsstandarden giver højst 3 individuelle træninger om ugen.' }],
        },
        422,
      ),
      booked('b-3', '2026-12-21'),
    ]);
    const user = userEvent.setup();
    renderForm();
    await fill(user, '3');

    await screen.findByRole('heading', { name: '1 af 3 tider blev ikke booket' });
    expect(screen.getByText('2 tider er booket.')).toBeInTheDocument();
    expect(posted.map((b) => (b as { starts_at: string }).starts_at)).toEqual([
      '2026-12-07T10:00:00+01:00',
      '2026-12-14T10:00:00+01:00',
      '2026-12-21T10:00:00+01:00',
    ]);
    const list = screen.getByRole('list', { name: 'Seriens tider' });
    expect(list.textContent).toContain('14.12.2026: Kvalitetsstandarden giver højst 3 individuelle træninger om ugen. Grænse: 3 om ugen i uge 51 2026.');
  });

  it('offers the site\'s training assistant for vedligeholdende training and sends the supervisor', async () => {
    const posted = serve(
      [json({ ...course.appointments[0], id: 'b-1', course_id: course.id, case_id: null, booked_by: 'Tina' }, 201)],
      true,
    );
    const user = userEvent.setup();
    renderForm();
    await user.click(await screen.findByLabelText(/En terapeutassistent/, {}, { timeout: 5000 }));
    await user.selectOptions(screen.getByLabelText('Terapeutassistent'), ASSISTANT);
    await user.type(screen.getByLabelText('Dato'), '2026-12-07');
    await user.type(screen.getByLabelText(/Fra kl\./), '10:00');
    await user.type(screen.getByLabelText(/Til kl\./), '10:45');
    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(await screen.findByText('Vælg den terapeut, der superviserer.', { selector: '#booking-supervisor-id-error' })).toBeInTheDocument();
    expect(posted).toEqual([]);

    await user.selectOptions(screen.getByLabelText('Superviserende terapeut'), STAFF);
    await user.click(screen.getByRole('button', { name: 'Book' }));
    await screen.findByText('Tiden er booket.');
    expect(posted).toEqual([
      expect.objectContaining({ provider: 'training_assistant', staff_id: ASSISTANT, supervisor_id: STAFF, home_helper_id: null }),
    ]);
  });

  it('offers only therapists for genoptræning', async () => {
    serve([]);
    renderForm();
    await screen.findByRole('option', { name: 'Tina Terapeut' }, { timeout: 5000 });
    expect(screen.queryByText('Hvem giver træningen')).toBeNull();
  });
});
