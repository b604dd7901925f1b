import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json } from '../../../test/session';
import { CalendarFeedSection } from './CalendarFeedSection';

const PATH = '/api/v1/calendar/feeds/Hemmelig_Token-0123456789abc.ics';

/** The feed API: a status, a new address (POST) and a revocation (DELETE), in memory. */
function serve(active: boolean) {
  const calls: string[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const request = input as Request;
    calls.push(request.method);
    if (request.method === 'POST') {
      active = true;
      return Promise.resolve(json({ url: PATH }, 201));
    }
    if (request.method === 'DELETE') {
      active = false;
      return Promise.resolve(new Response(null, { status: 204 }));
    }
    return Promise.resolve(json({ active }));
  });
  return calls;
}

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <CalendarFeedSection />
    </QueryClientProvider>,
  );
}

describe('CalendarFeedSection', () => {
  it('shows a new address once, on this server', async () => {
    serve(false);
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Lav kalenderadresse' }));
    const address = await screen.findByLabelText('Din kalenderadresse');
    expect(address).toHaveValue(`${window.location.origin}${PATH}`);
    expect(await screen.findByText('Du har en kalenderadresse i brug.')).toBeInTheDocument();
  });

  it('asks before it replaces or stops an address in use, and forgets a stopped one', async () => {
    const calls = serve(true);
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Lav en ny adresse' }));
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(calls).not.toContain('POST');
    await user.click(screen.getByRole('button', { name: 'Stop adressen' }));
    const group = screen.getByRole('group', { name: 'Stop adressen' });
    await user.click(group.querySelector('button.button')!);
    expect(await screen.findByRole('status')).toHaveTextContent('Kalenderadressen er stoppet.');
    expect(await screen.findByText('Du har ingen kalenderadresse i brug.')).toBeInTheDocument();
    expect(calls).toContain('DELETE');
    expect(screen.queryByLabelText('Din kalenderadresse')).toBeNull();
  });
});
