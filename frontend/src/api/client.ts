import createClient from 'openapi-fetch';
import { authMiddleware } from './auth';
import type { paths } from './schema';

// Same origin: the backend serves both the SPA and the API (/api/v1), and the session cookie
// goes with every request by itself. Under the unit-test runner there is no page origin, so
// relative URLs get a dummy base there.
const baseUrl = import.meta.env.MODE === 'test' ? 'http://localhost' : '';

export const api = createClient<paths>({
  baseUrl,
  credentials: 'same-origin',
  // Look fetch up on every call, so tests can replace it after this module is loaded.
  fetch: (request) => globalThis.fetch(request),
});

api.use(authMiddleware);
