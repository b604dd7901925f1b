import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../../api/auth';
import type { Case } from '../../../../api/types';
import { json } from '../../../../test/session';
import { applicationCase, assessedNotMet, CASE_ID, event } from '../../testing/caseFixture';
import { CaseActions } from './CaseActions';

function renderActions(data: Case) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <CaseActions data={data} />
    </QueryClientProvider>,
  );
}

/** Answers fetches by method and path; records every request. */
function mockApi(answer: (request: Request, path: string) => Response) {
  const requests: Request[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const request = input as Request;
    requests.push(request.clone());
    return Promise.resolve(answer(request, new URL(request.url).pathname));
  });
  return requests;
}

afterEach(() => setCsrfToken(null));

describe('CaseActions', () => {
  it('offers only the steps the state allows', () => {
    renderActions(assessedNotMet());
    const section = screen.getByRole('region', { name: 'Handlinger' });
    const toggles = within(section)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(toggles).toEqual(['Træf afgørelse', 'Ansøgningen trækkes tilbage', 'Fortryd seneste hændelse']);
    expect(screen.queryByRole('button', { name: 'Indkald til indledende samtale' })).not.toBeInTheDocument();
  });

  it('sends a refusal with the reasons prefilled from the findings and edited', async () => {
    setCsrfToken('csrf-1');
    const requests = mockApi((request) =>
      request.method === 'POST' ? json(assessedNotMet({ status: 'refused', allowed_events: [], open: false }), 201) : json({}),
    );
    const user = userEvent.setup();
    renderActions(assessedNotMet());

    const toggle = screen.getByRole('button', { name: 'Træf afgørelse' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const form = screen.getByRole('form', { name: 'Træf afgørelse' });

    expect(within(form).getByLabelText('Afslag')).toBeChecked();
    const reasons = within(form).getByLabelText('Begrundelse for afslaget');
    expect(reasons).toHaveValue('Terapeuten vurderer, at du kan genvinde færdighederne ved egen træningsindsats.');
    await user.type(reasons, ' Du får en træningsvejledning med hjem.');
    await user.click(within(form).getByLabelText('Brev'));
    await user.click(within(form).getByRole('button', { name: 'Gem afgørelse' }));

    expect(await screen.findByText('Afslaget er registreret, og brevet er gemt på sagen.')).toHaveFocus();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/cases/${CASE_ID}/decision`);
    expect(post.headers.get('X-CSRF-Token')).toBe('csrf-1');
    const body = (await post.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      outcome: 'refuse',
      channel: 'letter',
      received_on: null,
      reasons:
        'Terapeuten vurderer, at du kan genvinde færdighederne ved egen træningsindsats. Du får en træningsvejledning med hjem.',
    });
    expect(body.sent_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The step is done: the forms close.
    expect(screen.getByRole('button', { name: 'Træf afgørelse' })).toHaveAttribute('aria-expanded', 'false');
    // Opening the next step: the last step's message does not stand beside it.
    await user.click(screen.getByRole('button', { name: 'Ansøgningen trækkes tilbage' }));
    expect(screen.queryByText('Afslaget er registreret, og brevet er gemt på sagen.')).not.toBeInTheDocument();
  });

  it('offers the step the nearest deadline asks for first, as the primary action, and says why', () => {
    renderActions(applicationCase());
    const section = screen.getByRole('region', { name: 'Handlinger' });
    expect(within(section).getByText('Næste skridt')).toBeInTheDocument();
    expect(
      within(section).getByText('Indkaldelse til indledende samtale: frist mandag 30. november 2026 (4 hverdage).'),
    ).toBeInTheDocument();
    const toggles = within(section).getAllByRole('button');
    expect(toggles.map((b) => b.textContent)).toEqual(['Indkald til indledende samtale', 'Ansøgningen trækkes tilbage']);
    expect(toggles[0]!.closest('li')).toHaveClass('action--primary');
    expect(within(section).getByText('Andre handlinger')).toBeInTheDocument();
  });

  it('does not call a case with a running course closed when there is no step to take', () => {
    renderActions(
      applicationCase({
        status: 'started',
        allowed_events: [],
        open: false,
        deadlines: [],
        course: { id: 'c1', status: 'active' } as Case['course'],
      }),
    );
    expect(screen.getByText('Træningsforløbet er i gang. Der er ingen skridt at tage i sagen nu.')).toBeInTheDocument();
    expect(screen.queryByText(/afsluttet/)).not.toBeInTheDocument();
  });

  it('shows the server’s field errors beside the fields and in the summary', async () => {
    mockApi(() =>
      json(
        {
          type: 'urn:traening:problem:rule',
          title: 'Ugyldige oplysninger',
          status: 422,
          detail: 'Datoen ligger i fremtiden.',
          errors: [{ field: 'received_on', message: 'Datoen ligger i fremtiden.' }],
        },
        422,
      ),
    );
    const user = userEvent.setup();
    renderActions(
      applicationCase({
        status: 'refused',
        allowed_events: ['receive_complaint'],
        open: false,
        events: [event('e1', 'refuse', '2026-11-20')],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Registrér klage over afgørelsen' }));
    const form = screen.getByRole('form', { name: 'Registrér klage over afgørelsen' });
    await user.type(within(form).getByLabelText('Hvad klager borgeren over?'), 'Borgeren er uenig.');
    await user.click(within(form).getByRole('button', { name: 'Gem klage' }));

    const date = within(form).getByLabelText('Klagen blev modtaget');
    await vi.waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/Datoen ligger i fremtiden/);
    const summary = screen.getByRole('heading', { name: 'Klagen blev ikke gemt' }).parentElement!;
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Datoen ligger i fremtiden.' })).toHaveAttribute(
      'href',
      '#complaint-received-on',
    );
  });

  it('shows the letter’s preview in a sandboxed frame', async () => {
    mockApi((_request, path) => {
      if (path.endsWith('/decision/preview')) return json({ html: '<p>Kære borger</p>' });
      return json({});
    });
    const user = userEvent.setup();
    renderActions(assessedNotMet());
    await user.click(screen.getByRole('button', { name: 'Træf afgørelse' }));
    await user.click(screen.getByLabelText('Digital Post'));
    await user.click(screen.getByRole('button', { name: 'Vis brev' }));
    const frame = await screen.findByTitle('Forhåndsvisning af afgørelsesbrevet');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', '<p>Kære borger</p>');
  });

  it('asks what becomes of an active course when the server says the citizen has one', async () => {
    mockApi(() =>
      json(
        {
          title: 'Konflikt',
          status: 409,
          detail: 'Borgeren har allerede et aktivt forløb.',
          rule: 'one_offer_at_a_time',
          errors: [{ field: 'active_course', message: 'Borgeren har allerede et aktivt forløb.' }],
        },
        409,
      ),
    );
    const user = userEvent.setup();
    renderActions(applicationCase({ legal_basis: 'SUL_140', need_test: null, quarantine_applies: false, status: 'assessed', allowed_events: ['start'] }));
    await user.click(screen.getByRole('button', { name: 'Registrér opstart af træning' }));
    expect(screen.queryByRole('group', { name: /aktivt forløb/ })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Holdtræning i træningscentret'));
    await user.click(screen.getByLabelText('Fysioterapi'));
    await user.click(screen.getByRole('button', { name: 'Gem opstart' }));
    const group = await screen.findByRole('group', { name: 'Borgeren har allerede et aktivt forløb' });
    expect(within(group).getByText('Borgeren har allerede et aktivt forløb.')).toBeInTheDocument();
  });

  it('says so when the case is closed', () => {
    renderActions(applicationCase({ status: 'withdrawn', allowed_events: [], events: [], open: false }));
    expect(screen.getByText('Sagen er afsluttet. Der er ingen handlinger.')).toBeInTheDocument();
  });
});
