import { afterEach, describe, expect, it, vi } from 'vitest';
import { json } from '../test/session';
import { CSRF_HEADER, getCsrfToken, setCsrfToken, setUnauthorizedHandler } from './auth';
import { api } from './client';

function captureRequests(status = 200, body: unknown = {}) {
  const requests: Request[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    requests.push(input as Request);
    return Promise.resolve(status === 204 ? new Response(null, { status }) : json(body, status));
  });
  return requests;
}

afterEach(() => {
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

describe('the CSRF middleware', () => {
  it('sends the token on requests that change something', async () => {
    setCsrfToken('token-1');
    const requests = captureRequests(201, { id: 'x' });
    await api.POST('/api/v1/citizens', {
      body: { cpr: '0101701234', name: 'A', address: 'B', municipality_code: '183', phone: null, general_practitioner: null },
    });
    await api.PATCH('/api/v1/admin/users/{user_id}', { params: { path: { user_id: 'u1' } }, body: { active: false } });
    await api.DELETE('/api/v1/admin/api-keys/{key_id}', { params: { path: { key_id: 'k1' } } });
    expect(requests.map((r) => [r.method, r.headers.get(CSRF_HEADER)])).toEqual([
      ['POST', 'token-1'],
      ['PATCH', 'token-1'],
      ['DELETE', 'token-1'],
    ]);
  });

  it('does not send it on reads', async () => {
    setCsrfToken('token-1');
    const requests = captureRequests(200, []);
    await api.GET('/api/v1/sites');
    expect(requests[0]!.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('sends no header when there is no session', async () => {
    const requests = captureRequests(200, {});
    await api.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } });
    expect(requests[0]!.headers.has(CSRF_HEADER)).toBe(false);
  });
});

describe('the 401 middleware', () => {
  it('reports an expired session when a non-auth request answers 401, and forgets the token', async () => {
    setCsrfToken('token-1');
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    captureRequests(401, { title: 'Ikke logget ind', status: 401 });
    const result = await api.GET('/api/v1/worklist');
    expect(result.response.status).toBe(401);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(getCsrfToken()).toBeNull();
  });

  it('leaves the auth endpoints alone: a wrong password or no session is an answer, not an expiry', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    captureRequests(401, { title: 'Forkert', status: 401 });
    await api.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } });
    await api.GET('/api/v1/auth/session');
    expect(handler).not.toHaveBeenCalled();
  });

  it('does nothing on other errors', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    captureRequests(403, { title: 'Ingen adgang', status: 403 });
    await api.GET('/api/v1/admin/users');
    expect(handler).not.toHaveBeenCalled();
  });

  it('unregisters only its own handler', () => {
    const first = vi.fn();
    const unregisterFirst = setUnauthorizedHandler(first);
    const second = vi.fn();
    setUnauthorizedHandler(second);
    unregisterFirst();
    captureRequests(401, {});
    return api.GET('/api/v1/worklist').then(() => {
      expect(second).toHaveBeenCalled();
      expect(first).not.toHaveBeenCalled();
    });
  });
});
