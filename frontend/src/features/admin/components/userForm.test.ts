import { describe, expect, it } from 'vitest';
import type { User } from '../../../api/types';
import {
  EMPTY_USER,
  fromUser,
  toApiKeyBody,
  toUserCreateBody,
  toUserPatch,
  validateApiKey,
  validateResetPassword,
  validateUserCreate,
} from './userForm';

const SYD = '00000000-0000-4000-8000-00000000000a';
const NORD = '00000000-0000-4000-8000-00000000000b';

const valid = {
  ...EMPTY_USER,
  username: ' anne.hansen ',
  display_name: ' Anne Hansen ',
  roles: ['team_leader', 'therapist'],
  site_ids: [SYD],
  password: 'en god lang adgangskode',
  repeat_password: 'en god lang adgangskode',
};

const existing: User = {
  id: 'u1',
  username: 'anne.hansen',
  display_name: 'Anne Hansen',
  roles: ['therapist'],
  site_ids: [SYD, NORD],
  active: true,
  created_at: '2026-11-01T08:00:00+01:00',
};

describe('user create form', () => {
  it('maps to the request body: trimmed, roles in a fixed order, no repeated password', () => {
    expect(validateUserCreate(valid)).toEqual({});
    expect(toUserCreateBody(valid)).toEqual({
      username: 'anne.hansen',
      display_name: 'Anne Hansen',
      roles: ['therapist', 'team_leader'],
      site_ids: [SYD],
      password: 'en god lang adgangskode',
    });
  });

  it.each(['ab', 'Anne', 'anne hansen', 'anne@hansen', 'x'.repeat(65)])('refuses the username %s', (username) => {
    expect(validateUserCreate({ ...valid, username }).username).toBeDefined();
  });

  it('accepts the characters the server allows', () => {
    expect(validateUserCreate({ ...valid, username: 'a.b_c-9' }).username).toBeUndefined();
  });

  it('wants a name, a role and a long enough password, typed twice', () => {
    const errors = validateUserCreate({ ...valid, display_name: ' ', roles: [], password: 'kort', repeat_password: 'kort' });
    expect(Object.keys(errors).sort()).toEqual(['display_name', 'password', 'roles']);
    expect(validateUserCreate({ ...valid, repeat_password: 'noget andet' }).repeat_password).toBeDefined();
  });
});

describe('user edit form', () => {
  it('sends nothing when nothing changed, whatever the order of roles and sites', () => {
    const values = { ...fromUser(existing), site_ids: [NORD, SYD] };
    expect(toUserPatch(existing, values)).toEqual({});
  });

  it('sends only what changed', () => {
    const values = { ...fromUser(existing), roles: ['therapist', 'visitator'], active: false };
    expect(toUserPatch(existing, values)).toEqual({ roles: ['therapist', 'visitator'], active: false });
    expect(toUserPatch(existing, { ...fromUser(existing), display_name: 'Anne B. Hansen ', site_ids: [] })).toEqual({
      display_name: 'Anne B. Hansen',
      site_ids: [],
    });
  });

  it('sends a discipline chosen, changed or removed, and none when it stays', () => {
    const physio: User = { ...existing, discipline: 'physiotherapy' };
    expect(toUserPatch(existing, { ...fromUser(existing), discipline: 'occupational_therapy' })).toEqual({
      discipline: 'occupational_therapy',
    });
    expect(toUserPatch(physio, fromUser(physio))).toEqual({});
    expect(toUserPatch(physio, { ...fromUser(physio), discipline: '' })).toEqual({ discipline: null });
    expect(toUserCreateBody({ ...valid, discipline: 'physiotherapy' }).discipline).toBe('physiotherapy');
  });

  it('checks a reset password like a new one', () => {
    expect(validateResetPassword({ new_password: 'kort', repeat_password: 'kort' }).new_password).toBeDefined();
    expect(validateResetPassword({ new_password: 'en god lang kode', repeat_password: 'en god lang kode' })).toEqual({});
  });
});

describe('API key form', () => {
  it('wants a name and at least one scope', () => {
    expect(Object.keys(validateApiKey({ name: ' ', scopes: [] })).sort()).toEqual(['name', 'scopes']);
  });

  it('maps to the body with the scopes in a fixed order', () => {
    expect(toApiKeyBody({ name: ' ESDH ', scopes: ['cases.all_sites', 'cases.read'] })).toEqual({
      name: 'ESDH',
      scopes: ['cases.read', 'cases.all_sites'],
    });
  });
});
