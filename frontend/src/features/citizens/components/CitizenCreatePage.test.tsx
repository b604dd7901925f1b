import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { CitizenCreatePage } from './CitizenCreatePage';

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/borgere/ny', element: <CitizenCreatePage /> },
      { path: '/henvendelser/ny', element: <p>Henvendelsesformular</p> },
      { path: '/', element: <p>Arbejdsliste</p> },
    ],
    { initialEntries: ['/borgere/ny'] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

function problemResponse(status: number, body: object) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('CPR-nummer'), '320170-1234');
  await user.type(screen.getByLabelText('Navn'), 'Test Testesen');
  await user.type(screen.getByLabelText('Adresse'), 'Ishøj Strandvej 1, 2635 Ishøj');
  await user.type(screen.getByLabelText('Kommunekode'), '183');
}

describe('CitizenCreatePage', () => {
  it('ties a malformed CPR error to the field without calling the server', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByLabelText('CPR-nummer'), '12345');
    await user.click(screen.getByRole('button', { name: 'Opret borger' }));

    const cpr = screen.getByLabelText('CPR-nummer');
    expect(cpr).toHaveAttribute('aria-invalid', 'true');
    const describedBy = cpr.getAttribute('aria-describedby') ?? '';
    const error = document.getElementById('citizen-cpr-error');
    expect(describedBy.split(' ')).toContain('citizen-cpr-error');
    expect(error?.textContent).toMatch(/DDMMÅÅ-SSSS/);
    expect(screen.getByRole('heading', { name: 'Formularen blev ikke gemt' })).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("shows the server's 422 field errors by their fields", async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      problemResponse(422, {
        type: 'about:blank',
        title: 'Ugyldige oplysninger',
        status: 422,
        detail: 'Et felt er forkert.',
        errors: [{ field: 'cpr', message: 'Fødselsdatoen i CPR-nummeret findes ikke.' }],
      }),
    );
    const user = userEvent.setup();
    renderPage();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Opret borger' }));

    const error = await screen.findByText('Fødselsdatoen i CPR-nummeret findes ikke.', {
      selector: '#citizen-cpr-error',
    });
    expect(error).toBeInTheDocument();
    expect(screen.getByLabelText('CPR-nummer')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Navn')).not.toHaveAttribute('aria-invalid');
  });

  it('links to the existing citizen on 409', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      problemResponse(409, {
        type: 'about:blank',
        title: 'Borgeren findes',
        status: 409,
        detail: 'CPR-nummeret er registreret.',
        existing_citizen_id: '7b0b8c9e-0000-4000-8000-000000000001',
      }),
    );
    const user = userEvent.setup();
    renderPage();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Opret borger' }));

    const link = await screen.findByRole('link', { name: /eksisterende borger/ });
    expect(link).toHaveAttribute('href', '/henvendelser/ny?borger=7b0b8c9e-0000-4000-8000-000000000001');
  });
});
