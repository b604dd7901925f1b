import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Course } from '../../../api/types';
import { json } from '../../../test/session';
import { TrainingPlanSection } from './TrainingPlanSection';

const course = {
  id: '00000000-0000-4000-8000-0000000000c1',
  citizen_id: '00000000-0000-4000-8000-0000000000d1',
  case_id: '00000000-0000-4000-8000-0000000000e1',
} as Course;

const SENT = {
  id: 'p-1',
  letter_id: 'l-1',
  channel: 'digital_post',
  sessions: 3,
  sent_at: '2027-03-23T09:00:00Z',
  sent_by: 'Tina Terapeut',
};

/** The API as the section meets it: the plans sent, and the answer to sending one. */
function serve(sendAnswer: Response) {
  const sent: unknown[] = [];
  let plans: unknown[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    if (path === `/api/v1/courses/${course.id}/training-plans`) return json(plans);
    if (path === `/api/v1/courses/${course.id}/training-plan` && request.method === 'POST') {
      sent.push(await request.json());
      if (sendAnswer.ok) plans = [SENT];
      return sendAnswer;
    }
    return json({}, 404);
  });
  return sent;
}

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <TrainingPlanSection course={course} mayWrite />
    </QueryClientProvider>,
  );
}

describe('TrainingPlanSection', () => {
  it('sends the plan the chosen way and lists it with its PDF', async () => {
    const sent = serve(json(SENT, 201));
    const user = userEvent.setup();
    renderSection();
    await screen.findByText('Der er ikke sendt en træningsplan endnu.');
    await user.click(screen.getByRole('radio', { name: 'Sendt med Digital Post' }));
    await user.click(screen.getByRole('button', { name: 'Send/udskriv plan' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Træningsplanen med 3 tider er gemt som brev (sendt med digital post).',
    );
    expect(sent).toEqual([{ channel: 'digital_post' }]);
    await screen.findByText(/sendt med digital post, 3 tider, af Tina Terapeut/);
    const pdf = screen.getByRole('link', { name: /^Hent PDF/ });
    expect(pdf).toHaveTextContent('Hent PDF af træningsplanen fra 23.03.2027 kl. 10.00');
    expect(pdf).toHaveAttribute('href', '/api/v1/letters/l-1/pdf');
  });

  it('shows why a course without coming sessions has no plan', async () => {
    serve(
      json(
        {
          type: 'urn:traening:problem:rule',
          title: 'Ugyldige oplysninger',
          status: 422,
          detail: 'Forløbet har ingen kommende træningstider, så der er ingen plan at sende.',
          rule: 'training_plan_empty',
          errors: [{ field: 'course_id', message: 'Forløbet har ingen kommende træningstider, så der er ingen plan at sende.' }],
        },
        422,
      ),
    );
    const user = userEvent.setup();
    renderSection();
    await screen.findByText('Der er ikke sendt en træningsplan endnu.');
    await user.click(screen.getByRole('button', { name: 'Send/udskriv plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Forløbet har ingen kommende træningstider');
  });
});
