// The session's CSRF token (in memory only, never in storage) and the client middleware that
// sends it on state-changing requests and reacts to an expired session (401).
import type { Middleware } from 'openapi-fetch';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Endpoints whose 401 is an answer to show (wrong password, not logged in), not an expiry. */
const AUTH_PATH = /\/api\/v1\/auth\//;

export const CSRF_HEADER = 'X-CSRF-Token';

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Set from the login and session answers; cleared on logout or expiry. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/**
 * What to do when a non-auth request answers 401 (the session has expired or was ended): the app
 * shell registers a handler that sends the user to the login page. Returns an unregister function.
 */
export function setUnauthorizedHandler(handler: (() => void) | null): () => void {
  onUnauthorized = handler;
  return () => {
    if (onUnauthorized === handler) onUnauthorized = null;
  };
}

export const authMiddleware: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method.toUpperCase()) && csrfToken) {
      request.headers.set(CSRF_HEADER, csrfToken);
    }
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !AUTH_PATH.test(new URL(request.url).pathname)) {
      csrfToken = null;
      onUnauthorized?.();
    }
    return response;
  },
};
