import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../api/auth';
import { json } from '../../../test/session';
import { LetterTemplatesPage } from './LetterTemplatesPage';

const template = (kind: string, body: string, version = 0) => ({
  kind,
  version,
  body,
  created_by: version ? 'Anne Hansen' : null,
  created_at: version ? '2026-11-24T13:30:00Z' : null,
});

const SYNTAX_ERROR =
  'Skabelonen kan ikke læses: der er en fejl i linje 1. Kontrollér, at alle {{ }} og {% %} er lukket.';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LetterTemplatesPage />
    </QueryClientProvider>,
  );
}

/** The templates API: a body with "{{" unclosed is a syntax error, as on the server. */
function mockApi() {
  const templates = [
    template('invitation', '<p>Kære {{ citizen.name }}</p>'),
    template('grant', '<p>Du er bevilget træning.</p>', 2),
    template('refusal', '<p>Afslag.</p>'),
    template('reassessment_upheld', '<p>Fastholdt.</p>'),
  ];
  const requests: { path: string; body: { kind: string; body: string } }[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    if (request.method !== 'POST') return json(templates);
    const body = (await request.json()) as { kind: string; body: string };
    requests.push({ path, body });
    if (/\{\{(?![^}]*\}\})/.test(body.body)) {
      return json(
        {
          type: 'urn:traening:problem:template-syntax',
          title: 'Ugyldige oplysninger',
          status: 422,
          detail: SYNTAX_ERROR,
          errors: [{ field: 'body', message: SYNTAX_ERROR }],
          rule: 'template-syntax',
        },
        422,
      );
    }
    if (path.endsWith('/preview')) return json({ html: `<!doctype html><html><body>${body.body}</body></html>` });
    const index = templates.findIndex((t) => t.kind === body.kind);
    const saved = { ...template(body.kind, body.body, templates[index]!.version + 1) };
    templates[index] = saved;
    return json(saved, 201);
  });
  return requests;
}

afterEach(() => setCsrfToken(null));

describe('LetterTemplatesPage', () => {
  it('shows each letter’s template in a labelled editor, with its version and what it may use', async () => {
    mockApi();
    const user = userEvent.setup();
    renderPage();
    const body = await screen.findByLabelText('Brevets tekst');
    expect(body).toHaveValue('<p>Kære {{ citizen.name }}</p>');
    expect(screen.getByRole('tab', { name: 'Indkaldelse' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText(/^Systemets standardtekst/)).toBeInTheDocument();
    expect(screen.getByText('invitation.meeting_at')).toBeInTheDocument();
    expect(screen.queryByText('decision.reasons')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Bevilling' }));
    expect(screen.getByRole('tabpanel', { name: 'Bevilling' })).toBeInTheDocument();
    expect(screen.getByLabelText('Brevets tekst')).toHaveValue('<p>Du er bevilget træning.</p>');
    expect(screen.getByText('Version 2, gemt 24.11.2026 kl. 14.30 af Anne Hansen.')).toBeInTheDocument();
    expect(screen.getByText('decision.reasons')).toBeInTheDocument();
    expect(screen.getByText(/Klagevejledningen sætter systemet altid selv ind/)).toBeInTheDocument();

    // The arrow keys move between the tabs.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Afslag' })).toHaveFocus();
    expect(screen.getByLabelText('Brevets tekst')).toHaveValue('<p>Afslag.</p>');
  });

  it('shows a template error beside the text, and keeps the text', async () => {
    const requests = mockApi();
    const user = userEvent.setup();
    renderPage();
    const body = await screen.findByLabelText('Brevets tekst');
    await user.clear(body);
    await user.type(body, '<p>Kære {{{{ citizen.name </p>');
    await user.click(screen.getByRole('button', { name: 'Gem ny version' }));

    expect(await screen.findByRole('heading', { name: 'Skabelonen blev ikke gemt' })).toBeInTheDocument();
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('template-body-error')).toHaveTextContent(SYNTAX_ERROR);
    expect(body.getAttribute('aria-describedby')).toContain('template-body-error');
    expect(body).toHaveValue('<p>Kære {{ citizen.name </p>');
    expect(requests.map((r) => r.path)).toEqual(['/api/v1/letter-templates']);
  });

  it('previews the letter in a sandboxed frame, then saves a new version', async () => {
    setCsrfToken('csrf-1');
    const requests = mockApi();
    const user = userEvent.setup();
    renderPage();
    const body = await screen.findByLabelText('Brevets tekst');
    await user.type(body, '<p>Velkommen.</p>');
    expect(screen.getByRole('tab', { name: 'Indkaldelse (ikke gemt)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vis eksempel' }));
    const frame = await screen.findByTitle('Eksempel på brevet: Indkaldelse');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('<p>Velkommen.</p>');
    expect(requests[0]).toEqual({
      path: '/api/v1/letter-templates/preview',
      body: { kind: 'invitation', body: '<p>Kære {{ citizen.name }}</p><p>Velkommen.</p>' },
    });

    await user.click(screen.getByRole('button', { name: 'Gem ny version' }));
    expect(await screen.findByText('Version 1 af indkaldelsen er gemt. Nye breve bruger den fra nu.')).toBeInTheDocument();
    expect(await screen.findByText(/^Version 1, gemt/)).toBeInTheDocument();
    expect(screen.getByLabelText('Brevets tekst')).toHaveValue('<p>Kære {{ citizen.name }}</p><p>Velkommen.</p>');
    expect(screen.getByRole('tab', { name: 'Indkaldelse' })).toBeInTheDocument();
  });

  it('keeps unsaved text while another letter is shown', async () => {
    mockApi();
    const user = userEvent.setup();
    renderPage();
    await user.type(await screen.findByLabelText('Brevets tekst'), '<p>Mere.</p>');
    await user.click(screen.getByRole('tab', { name: 'Afslag' }));
    await user.click(screen.getByRole('tab', { name: /Indkaldelse/ }));
    expect(screen.getByLabelText('Brevets tekst')).toHaveValue('<p>Kære {{ citizen.name }}</p><p>Mere.</p>');
    await user.click(screen.getByRole('button', { name: 'Fortryd ændringer' }));
    expect(screen.getByLabelText('Brevets tekst')).toHaveValue('<p>Kære {{ citizen.name }}</p>');
  });
});
