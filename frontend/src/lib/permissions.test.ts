import { describe, expect, it } from 'vitest';
import { PERMISSIONS_BY_ROLE } from '../test/session';
import { can, roleNames, safeNextPath, startPath } from './permissions';

const user = (role: string) => ({ permissions: PERMISSIONS_BY_ROLE[role]! });

describe('startPath', () => {
  it('starts the centre staff on the worklist', () => {
    expect(startPath(user('therapist'))).toBe('/');
    expect(startPath(user('team_leader'))).toBe('/');
  });

  it('sends an administrator and an auditor, who have no citizen permissions, to their own page', () => {
    expect(startPath(user('administrator'))).toBe('/administration');
    expect(startPath(user('auditor'))).toBe('/adgangslog');
  });

  it('has no start page for a user without permissions', () => {
    expect(startPath({ permissions: [] })).toBeNull();
  });
});

describe('can', () => {
  it('checks the permission, and no user may do anything', () => {
    expect(can(user('administrator'), 'users.manage')).toBe(true);
    expect(can(user('administrator'), 'worklist.read')).toBe(false);
    expect(can(null, 'worklist.read')).toBe(false);
  });
});

describe('safeNextPath', () => {
  it('accepts a path on this site with its query', () => {
    expect(safeNextPath('/sager/123?x=1')).toBe('/sager/123?x=1');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example', '/\\evil.example', 'sager/1', '/log-ind', '/log-ind?next=/'])(
    'refuses %s',
    (next) => {
      expect(safeNextPath(next)).toBeNull();
    },
  );
});

describe('roleNames', () => {
  it('names roles in Danish', () => {
    expect(roleNames(['team_leader', 'auditor'])).toBe('Teamleder, Revisor');
    expect(roleNames(['new_role'])).toBe('new_role');
  });
});
