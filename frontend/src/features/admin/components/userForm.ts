import type { ApiKeyCreate, ApiScope, Role, User, UserCreate, UserUpdate } from '../../../api/types';
import { newPasswordError } from '../../../lib/password';
import { ROLE_LABELS } from '../../../lib/permissions';
import { API_KEY_SCOPE_LABELS } from '../labels';

type Discipline = NonNullable<UserCreate['discipline']>;

export interface UserFormValues {
  username: string;
  display_name: string;
  roles: string[];
  site_ids: string[];
  /** '' for none: only therapists (staff who meet citizens) have one. */
  discipline: string;
  active: boolean;
  password: string;
  repeat_password: string;
}

export const USER_CREATE_FIELDS = [
  'username',
  'display_name',
  'roles',
  'site_ids',
  'discipline',
  'password',
  'repeat_password',
] as const;

export const USER_EDIT_FIELDS = ['display_name', 'roles', 'site_ids', 'discipline', 'active'] as const;

export const EMPTY_USER: UserFormValues = {
  username: '',
  display_name: '',
  roles: [],
  site_ids: [],
  discipline: '',
  active: true,
  password: '',
  repeat_password: '',
};

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;

/** The roles in the order the form shows them. */
export const ROLE_ORDER = Object.keys(ROLE_LABELS);

/** The form's checked roles (values of the role checkboxes) in a fixed order, as the API's type. */
function sortedRoles(roles: readonly string[]): Role[] {
  const rank = (r: string) => (ROLE_ORDER.includes(r) ? ROLE_ORDER.indexOf(r) : ROLE_ORDER.length);
  return [...roles].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)) as Role[];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

function validateCommon(v: UserFormValues, errors: Record<string, string>) {
  if (!v.display_name.trim()) errors.display_name = 'Skriv brugerens navn.';
  if (v.roles.length === 0) errors.roles = 'Vælg mindst én rolle.';
}

export function validateUserCreate(v: UserFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const username = v.username.trim();
  if (!username) errors.username = 'Skriv et brugernavn.';
  else if (username.length < 3 || username.length > 64) {
    errors.username = 'Brugernavnet skal være 3-64 tegn.';
  } else if (!USERNAME_PATTERN.test(username)) {
    errors.username = 'Brugernavnet må kun indeholde små bogstaver (a-z), tal, punktum, bindestreg og understregning.';
  }
  validateCommon(v, errors);
  const password = v.password ? newPasswordError(v.password) : 'Skriv en adgangskode til brugeren.';
  if (password) errors.password = password;
  else if (v.repeat_password !== v.password) errors.repeat_password = 'Gentag adgangskoden præcis som ovenfor.';
  return errors;
}

export function toUserCreateBody(v: UserFormValues): UserCreate {
  return {
    username: v.username.trim(),
    display_name: v.display_name.trim(),
    roles: sortedRoles(v.roles),
    site_ids: [...v.site_ids],
    ...(v.discipline ? { discipline: v.discipline as Discipline } : {}),
    password: v.password,
  };
}

/** The edit form's values for an existing user. */
export function fromUser(user: User): UserFormValues {
  return {
    ...EMPTY_USER,
    username: user.username,
    display_name: user.display_name,
    roles: sortedRoles(user.roles),
    site_ids: [...user.site_ids],
    discipline: user.discipline ?? '',
    active: user.active,
  };
}

export function validateUserEdit(v: UserFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  validateCommon(v, errors);
  return errors;
}

/** Only what changed, so the PATCH does not overwrite another administrator's change. */
export function toUserPatch(original: User, v: UserFormValues): UserUpdate {
  const patch: UserUpdate = {};
  const name = v.display_name.trim();
  if (name !== original.display_name) patch.display_name = name;
  if (!sameSet(v.roles, original.roles)) patch.roles = sortedRoles(v.roles);
  if (!sameSet(v.site_ids, original.site_ids)) patch.site_ids = [...v.site_ids];
  if (v.discipline !== (original.discipline ?? '')) patch.discipline = (v.discipline || null) as Discipline | null;
  if (v.active !== original.active) patch.active = v.active;
  return patch;
}

export interface ResetPasswordValues {
  new_password: string;
  repeat_password: string;
}

export const RESET_PASSWORD_FIELDS = ['new_password', 'repeat_password'] as const;

export function validateResetPassword(v: ResetPasswordValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const password = newPasswordError(v.new_password);
  if (password) errors.new_password = password;
  else if (v.repeat_password !== v.new_password) errors.repeat_password = 'Gentag adgangskoden præcis som ovenfor.';
  return errors;
}

export interface ApiKeyFormValues {
  name: string;
  scopes: string[];
}

export const API_KEY_FIELDS = ['name', 'scopes'] as const;

export const EMPTY_API_KEY: ApiKeyFormValues = { name: '', scopes: [] };

export function validateApiKey(v: ApiKeyFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.name.trim()) errors.name = 'Skriv et navn, der siger, hvilket system nøglen er til.';
  else if (v.name.trim().length > 100) errors.name = 'Navnet må højst være 100 tegn.';
  if (v.scopes.length === 0) errors.scopes = 'Vælg mindst én rettighed.';
  return errors;
}

export function toApiKeyBody(v: ApiKeyFormValues): ApiKeyCreate {
  const order = Object.keys(API_KEY_SCOPE_LABELS);
  return {
    name: v.name.trim(),
    scopes: order.filter((s) => v.scopes.includes(s)) as ApiScope[],
  };
}
