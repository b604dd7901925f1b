import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { PageLoadError } from './PageLoadError';

describe('a page whose code cannot be fetched', () => {
  it('says so in Danish and offers a reload, instead of the router’s own error screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Missing = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const router = createMemoryRouter(
      [
        {
          path: '/kvalitetsstandard',
          errorElement: <PageLoadError />,
          element: (
            <Suspense fallback={<p>Henter …</p>}>
              <Missing />
            </Suspense>
          ),
        },
      ],
      { initialEntries: ['/kvalitetsstandard'] },
    );
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Siden kunne ikke hentes' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('opdateret');
    expect(screen.getByRole('link', { name: 'Genindlæs siden' })).toBeInTheDocument();
  });
});
