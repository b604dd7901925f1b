import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../api/auth';
import { json } from '../../../test/session';
import { ApiKeysSection } from './ApiKeysSection';

const KEY = {
  id: 'k1',
  name: 'ESDH',
  prefix: 'tc_ab12',
  scopes: ['cases.read'],
  created_at: '2026-11-20T09:00:00+01:00',
  last_used_at: null,
  revoked_at: null,
};

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ApiKeysSection />
    </QueryClientProvider>,
  );
}

afterEach(() => setCsrfToken(null));

describe('ApiKeysSection', () => {
  it('shows a new key’s secret once, and forgets it when the administrator says it is saved', async () => {
    setCsrfToken('csrf-1');
    let keys: unknown[] = [];
    const requests: Request[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      const request = input as Request;
      requests.push(request);
      if (request.method === 'POST') {
        keys = [KEY];
        return Promise.resolve(json({ ...KEY, secret: 'tc_ab12.hemmelig-vaerdi' }, 201));
      }
      return Promise.resolve(json(keys));
    });
    const user = userEvent.setup();
    renderSection();
    expect(await screen.findByText('Der er ingen API-nøgler.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Navn'), 'ESDH');
    await user.click(screen.getByLabelText('Se sager (cases.read)'));
    await user.click(screen.getByRole('button', { name: 'Opret API-nøgle' }));

    const secret = await screen.findByLabelText('Hemmelig nøgle');
    expect(secret).toHaveValue('tc_ab12.hemmelig-vaerdi');
    expect(screen.getByText(/Den bliver ikke vist igen/)).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(await post.json()).toEqual({ name: 'ESDH', scopes: ['cases.read'] });

    await user.click(screen.getByRole('button', { name: /Jeg har gemt nøglen/ }));
    expect(screen.queryByLabelText('Hemmelig nøgle')).not.toBeInTheDocument();
    expect(screen.queryByText(/hemmelig-vaerdi/)).not.toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'ESDH' })).toBeInTheDocument();
  });

  it('revokes a key only after confirmation', async () => {
    const requests: Request[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      const request = input as Request;
      requests.push(request);
      if (request.method === 'DELETE') return Promise.resolve(new Response(null, { status: 204 }));
      return Promise.resolve(json([KEY]));
    });
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Tilbagekald ESDH' }));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    const confirm = screen.getByRole('button', { name: 'Ja, tilbagekald' });
    expect(confirm).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Tilbagekald ESDH' }));
    await user.click(screen.getByRole('button', { name: 'Ja, tilbagekald' }));
    expect(await screen.findByText('API-nøglen “ESDH” er tilbagekaldt.')).toBeInTheDocument();
    const del = requests.find((r) => r.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe('/api/v1/admin/api-keys/k1');
  });
});
