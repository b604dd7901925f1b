// Roles and permissions as the API names them, their Danish labels, and what a user may see.

export type Permission =
  | 'citizens.read'
  | 'citizens.write'
  | 'cases.read'
  | 'cases.write'
  | 'worklist.read'
  | 'centre.read'
  | 'centre.manage'
  | 'users.manage'
  | 'api_keys.manage'
  | 'access_log.read'
  | 'cases.all_sites'
  | 'courses.read'
  | 'courses.write'
  | 'scheduling.manage';

/** What the permission checks need of the logged-in user. */
export interface PermissionHolder {
  permissions: readonly string[];
}

export const ROLE_LABELS: Record<string, string> = {
  therapist: 'Terapeut',
  visitator: 'Visitator',
  team_leader: 'Teamleder',
  administrator: 'Administrator',
  auditor: 'Revisor',
  training_assistant: 'Terapeutassistent',
};

export function can(user: PermissionHolder | null | undefined, permission: Permission): boolean {
  return Boolean(user?.permissions.includes(permission));
}

export function roleNames(roles: readonly string[]): string {
  return roles.map((r) => ROLE_LABELS[r] ?? r).join(', ');
}

/**
 * The page a user starts on: the worklist for the centre's staff; Min dag for a training assistant;
 * the administration or the access log for those who have no citizen permissions. Null when the user may see none of them.
 */
export function startPath(user: PermissionHolder): string | null {
  if (can(user, 'worklist.read')) return '/';
  if (can(user, 'courses.read')) return '/min-dag';
  if (can(user, 'users.manage')) return '/administration';
  if (can(user, 'access_log.read')) return '/adgangslog';
  if (can(user, 'cases.write')) return '/henvendelser/ny';
  if (can(user, 'citizens.write')) return '/borgere/ny';
  return null;
}

/**
 * A "next" address from the login page's query, if it is safe to go to: a path on this site
 * (never another origin, "//host" or "/\\host"), and not the login page itself.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if ([...next].some((c) => c.charCodeAt(0) < 0x20)) return null;
  if (next === '/log-ind' || next.startsWith('/log-ind?') || next.startsWith('/log-ind/')) return null;
  return next;
}
