// Test data: sessions of the centre's roles, with the permissions the backend gives them.
import type { Session } from '../api/types';

export const PERMISSIONS_BY_ROLE: Record<string, string[]> = {
  therapist: [
    'cases.read',
    'cases.write',
    'centre.read',
    'citizens.read',
    'citizens.write',
    'worklist.read',
    'courses.read',
    'courses.write',
  ],
  visitator: [
    'cases.all_sites',
    'cases.read',
    'cases.write',
    'centre.read',
    'citizens.read',
    'citizens.write',
    'worklist.read',
    'courses.read',
    'courses.write',
  ],
  team_leader: [
    'cases.all_sites',
    'citizens.read',
    'citizens.write',
    'cases.read',
    'cases.write',
    'worklist.read',
    'centre.read',
    'centre.manage',
    'courses.read',
    'courses.write',
    'scheduling.manage',
  ],
  training_assistant: ['centre.read', 'courses.read'],
  administrator: ['api_keys.manage', 'centre.read', 'users.manage'],
  auditor: ['access_log.read', 'centre.read'],
};

export function sessionFor(role: string, overrides: Partial<Session['user']> = {}): Session {
  return {
    user: {
      id: '00000000-0000-4000-8000-0000000000aa',
      username: `test.${role}`,
      display_name: `Test ${role}`,
      roles: [role as Session['user']['roles'][number]],
      site_ids: [],
      permissions: (PERMISSIONS_BY_ROLE[role] ?? []) as Session['user']['permissions'],
      ...overrides,
    },
    csrf_token: `csrf-${role}`,
    expires_at: '2026-11-23T18:00:00+01:00',
    idle_timeout_seconds: 1800,
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}
