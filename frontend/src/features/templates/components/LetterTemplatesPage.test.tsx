import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
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

/** The template's source text: the view "Kilde" of the letter's text. */
async function sourceView(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Kilde' }));
  return screen.getByRole('textbox', { name: 'Brevets tekst' });
}

describe('LetterTemplatesPage', () => {
  it('shows each letter’s template in a labelled editor, with its version and what it may use', async () => {
    mockApi();
    const user = userEvent.setup();
    renderPage();
    const body = await sourceView(user);
    expect(body).toHaveValue('<p>Kære {{ citizen.name }}</p>');
    expect(screen.getByRole('tab', { name: 'Indkaldelse' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText(/^Systemets standardtekst/)).toBeInTheDocument();
    expect(screen.getByText('invitation.meeting_at')).toBeInTheDocument();
    expect(screen.queryByText('decision.reasons')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Bevilling' }));
    expect(screen.getByRole('tabpanel', { name: 'Bevilling' })).toBeInTheDocument();
    expect(await sourceView(user)).toHaveValue('<p>Du er bevilget træning.</p>');
    await user.click(screen.getByRole('tab', { name: 'Bevilling' }));
    expect(screen.getByText('Version 2, gemt 24.11.2026 kl. 14.30 af Anne Hansen.')).toBeInTheDocument();
    expect(screen.getByText('decision.reasons')).toBeInTheDocument();
    expect(screen.getByText(/Klagevejledningen sætter systemet altid selv ind/)).toBeInTheDocument();

    // The arrow keys move between the tabs.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Afslag' })).toHaveFocus();
    expect(await sourceView(user)).toHaveValue('<p>Afslag.</p>');
  });

  it('shows a template error beside the text, and keeps the text', async () => {
    const requests = mockApi();
    const user = userEvent.setup();
    renderPage();
    const body = await sourceView(user);
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
    const body = await sourceView(user);
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
    expect(screen.getByRole('textbox', { name: 'Brevets tekst' })).toHaveValue('<p>Kære {{ citizen.name }}</p><p>Velkommen.</p>');
    expect(screen.getByRole('tab', { name: 'Indkaldelse' })).toBeInTheDocument();
  });

  it('keeps unsaved text while another letter is shown', async () => {
    mockApi();
    const user = userEvent.setup();
    renderPage();
    await user.type(await sourceView(user), '<p>Mere.</p>');
    await user.click(screen.getByRole('tab', { name: 'Afslag' }));
    await user.click(screen.getByRole('tab', { name: /Indkaldelse/ }));
    expect(await sourceView(user)).toHaveValue('<p>Kære {{ citizen.name }}</p><p>Mere.</p>');
    await user.click(screen.getByRole('button', { name: 'Fortryd ændringer' }));
    expect(screen.getByRole('textbox', { name: 'Brevets tekst' })).toHaveValue('<p>Kære {{ citizen.name }}</p>');
  });

  it('opens a template it can show in the visual editor, with its fields as chips; a field inserted is saved', async () => {
    setCsrfToken('csrf-1');
    const requests = mockApi();
    const user = userEvent.setup();
    renderPage();
    const text = await screen.findByRole('textbox', { name: 'Brevets tekst' });
    expect(text).toHaveAttribute('contenteditable', 'true');
    expect(screen.getByRole('button', { name: 'Visuel' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(text).getByText('Borgerens navn')).toHaveClass('merge-field');

    await user.click(text);
    await user.selectOptions(screen.getByLabelText('Flettefelt'), 'Centrets telefon');
    await user.click(screen.getByRole('button', { name: 'Indsæt flettefelt' }));
    expect(within(text).getByText('Centrets telefon')).toHaveClass('merge-field');
    expect(screen.getByRole('tab', { name: 'Indkaldelse (ikke gemt)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gem ny version' }));
    expect(await screen.findByText('Version 1 af indkaldelsen er gemt. Nye breve bruger den fra nu.')).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    // The field goes where the caret is: at the start of the text here (jsdom places it there).
    expect(requests[0]!.body).toEqual({ kind: 'invitation', body: '<p>{{ centre.phone }}Kære {{ citizen.name }}</p>' });
  });

  it('opens a template with HTML the visual editor does not model in the source view, and says why', async () => {
    const user = userEvent.setup();
    vi.spyOn(globalThis, 'fetch').mockImplementation(() =>
      Promise.resolve(
      json([
        template('invitation', '<p>Hej</p>\n<div>Boks</div>\n', 3),
        template('grant', '<p>Bevilget.</p>'),
        template('refusal', '<p>Afslag.</p>'),
        template('reassessment_upheld', '<p>Fastholdt.</p>'),
      ])),
    );
    renderPage();
    const body = await screen.findByRole('textbox', { name: 'Brevets tekst' });
    expect(body).toHaveValue('<p>Hej</p>\n<div>Boks</div>\n');
    expect(screen.getByRole('button', { name: 'Kilde' })).toHaveAttribute('aria-pressed', 'true');
    const why =
      'Teksten vises som kilde, fordi den visuelle editor ikke kan vise den uden at ændre den: elementet <div> kan kun vises i kildevisningen.';
    expect(screen.getByText(why)).toBeInTheDocument();
    // Asking for the visual view keeps the source, and the reason.
    await user.click(screen.getByRole('button', { name: 'Visuel' }));
    expect(screen.getByRole('button', { name: 'Kilde' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(why)).toBeInTheDocument();
  });
});
