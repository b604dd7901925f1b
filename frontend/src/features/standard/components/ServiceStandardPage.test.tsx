import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../api/auth';
import { json } from '../../../test/session';
import { LEGAL_BASES } from '../../../testing/legalBases';
import { ServiceStandardPage } from './ServiceStandardPage';


const row = (legal_basis: string, kind: string, value: number, unit: string, effective_from = '2000-01-01') => ({
  legal_basis,
  kind,
  value,
  unit,
  effective_from,
});

const LIMITS = [
  row('SEL_86_2', 'invitation', 10, 'working_days'),
  row('SEL_86_2', 'decision', 15, 'working_days'),
  row('SEL_86_2', 'complaint', 28, 'calendar_days'),
  row('SEL_86_2', 'invitation', 9, 'working_days', '2026-12-01'),
  row('SUL_140', 'invitation', 5, 'working_days'),
  row('SUL_140', 'free_choice', 7, 'calendar_days'),
];

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ServiceStandardPage />
    </QueryClientProvider>,
  );
}

/** The API: GET answers from `limits`; a POST adds to them, or answers `postAnswer` if given. */
function mockApi(postAnswer?: Response) {
  const limits = [...LIMITS];
  const posts: unknown[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/legal-bases') return json(LEGAL_BASES);
    if (request.method === 'POST') {
      const body = (await request.json()) as { legal_basis: string; effective_from: string; limits: { kind: string; value: number; unit: string }[] };
      posts.push(body);
      if (postAnswer) return postAnswer;
      const added = body.limits.map((l) => ({ ...l, legal_basis: body.legal_basis, effective_from: body.effective_from }));
      limits.push(...added);
      return json(added, 201);
    }
    return json(limits);
  });
  return posts;
}

beforeEach(() => {
  // Tuesday 24 November 2026 in Copenhagen; only Date is faked, so user events run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-24T10:00:00+01:00'));
});

afterEach(() => {
  vi.useRealTimers();
  setCsrfToken(null);
});

describe('ServiceStandardPage', () => {
  it('shows the limits in force today per legal basis, and every version in the history', async () => {
    mockApi();
    renderPage();
    const table = await screen.findByRole('table', { name: 'Vedligeholdende træning (Serviceloven § 86, stk. 2)' });
    const invitation = within(table).getByRole('row', { name: /Indkaldelse sendt/ });
    expect(invitation).toHaveTextContent('10 hverdage');
    expect(invitation).toHaveTextContent('Fra start');
    expect(within(table).getByRole('row', { name: /Klagefrist/ })).toHaveTextContent('28 kalenderdage');
    const sul = screen.getByRole('table', { name: 'Genoptræning efter hospitalsophold (Sundhedsloven § 140)' });
    expect(within(sul).getByRole('row', { name: /Frit valg \(§ 140, stk\. 4\)/ })).toHaveTextContent('7 kalenderdage');
    // SUL § 140 is shown first, as everywhere else in the app.
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)[0]).toMatch(/Sundhedsloven/);

    const history = screen.getByText(/Vedligeholdende træning \(Serviceloven § 86, stk\. 2\)/, {
      selector: 'summary',
    });
    expect(history).toHaveTextContent('2 versioner');
    await userEvent.setup().click(history);
    const versions = screen.getByRole('table', { name: /Alle versioner for Vedligeholdende træning/ });
    expect(within(versions).getByRole('row', { name: /01\.12\.2026 Indkaldelse sendt/ })).toHaveTextContent('Kommende');
  });

  it('saves a new version from tomorrow with the values in force, each in its own unit', async () => {
    setCsrfToken('csrf-1');
    const posts = mockApi();
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('heading', { name: 'Ny version' });
    expect(screen.getByText(/Sager, der er modtaget før datoen, beholder de frister/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Lovgrundlag'), 'SEL_86_2');
    expect(screen.getByLabelText('Gælder fra')).toHaveValue('2026-11-25');
    const invitation = screen.getByLabelText('Indkaldelse sendt (hverdage)');
    expect(invitation).toHaveValue('10');
    expect(screen.getByLabelText('Klagefrist (kalenderdage)')).toHaveValue('28');
    expect(screen.queryByLabelText(/Frit valg/)).not.toBeInTheDocument();

    await user.clear(invitation);
    await user.type(invitation, '8');
    await user.click(screen.getByRole('button', { name: 'Gem ny version' }));

    expect(
      await screen.findByText('Den nye version for Vedligeholdende træning (Serviceloven § 86, stk. 2) er gemt. Den gælder fra 25.11.2026.'),
    ).toBeInTheDocument();
    expect(posts).toEqual([
      {
        legal_basis: 'SEL_86_2',
        effective_from: '2026-11-25',
        limits: [
          { kind: 'invitation', value: 8, unit: 'working_days' },
          { kind: 'decision', value: 15, unit: 'working_days' },
          { kind: 'complaint', value: 28, unit: 'calendar_days' },
        ],
      },
    ]);
    const history = screen.getByText(/Vedligeholdende træning/, { selector: 'summary' });
    expect(history).toHaveTextContent('3 versioner');
    // The form starts afresh on the same legal basis: today's values, tomorrow's date.
    expect(screen.getByLabelText('Lovgrundlag')).toHaveValue('SEL_86_2');
    expect(screen.getByLabelText('Indkaldelse sendt (hverdage)')).toHaveValue('10');
  });

  it('shows the server’s errors beside their fields', async () => {
    mockApi(
      json(
        {
          type: 'urn:traening:problem:conflict',
          title: 'Konflikt',
          status: 409,
          detail: 'Der findes allerede en version af fristen med den ikrafttrædelsesdato.',
          errors: [
            { field: 'effective_from', message: 'Der findes allerede en version af fristen med den ikrafttrædelsesdato.' },
          ],
          rule: 'service_standard_version',
        },
        409,
      ),
    );
    const user = userEvent.setup();
    renderPage();
    const invitation = await screen.findByLabelText('Indkaldelse sendt (hverdage)');
    await user.clear(invitation);
    await user.type(invitation, '4');
    await user.click(screen.getByRole('button', { name: 'Gem ny version' }));

    expect(await screen.findByRole('heading', { name: 'Den nye version blev ikke gemt' })).toBeInTheDocument();
    const date = screen.getByLabelText('Gælder fra');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('version-effective-from-error')).toHaveTextContent(
      'Der findes allerede en version af fristen med den ikrafttrædelsesdato.',
    );
    expect(date.getAttribute('aria-describedby')).toContain('version-effective-from-error');
  });

  it('checks the form before sending it', async () => {
    const posts = mockApi();
    const user = userEvent.setup();
    renderPage();
    await screen.findByLabelText('Indkaldelse sendt (hverdage)');
    await user.click(screen.getByRole('button', { name: 'Gem ny version' }));
    expect(await screen.findByText(/Du har ikke ændret nogen værdier/)).toBeInTheDocument();

    const date = screen.getByLabelText('Gælder fra');
    await user.clear(date);
    await user.type(date, '2026-11-20');
    const invitation = screen.getByLabelText('Indkaldelse sendt (hverdage)');
    await user.clear(invitation);
    await user.type(invitation, 'fem');
    await user.click(screen.getByRole('button', { name: 'Gem ny version' }));
    expect(screen.getByLabelText('Gælder fra')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('En ny version kan tidligst gælde fra i dag.', { selector: '.field__error' })).toBeInTheDocument();
    expect(invitation).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);
  });
});
