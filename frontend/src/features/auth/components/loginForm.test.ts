import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/problem';
import { loginErrors, toLoginBody, validatePasswordChange, waitLabel } from './loginForm';

describe('login form', () => {
  it('trims the username but never the password', () => {
    expect(toLoginBody({ username: '  anne.hansen ', password: ' hemmelig ' })).toEqual({
      username: 'anne.hansen',
      password: ' hemmelig ',
    });
  });

  it('shows one message for a wrong username or password', () => {
    expect(loginErrors(new ApiError(401, { detail: 'Bruger findes ikke' })).general).toEqual([
      'Forkert brugernavn eller adgangskode.',
    ]);
  });

  it('words the wait', () => {
    expect(waitLabel(1)).toBe('1 sekund');
    expect(waitLabel(45)).toBe('45 sekunder');
    expect(waitLabel(301)).toBe('6 minutter');
  });

  it('puts the exact wait in place of "try again later"', () => {
    const error = new ApiError(429, { detail: 'For mange mislykkede forsøg. Prøv igen senere.' }, 900);
    expect(loginErrors(error).general).toEqual(['For mange mislykkede forsøg. Prøv igen om 15 minutter.']);
  });

  it('shows a 429 without Retry-After as the detail alone', () => {
    expect(loginErrors(new ApiError(429, { detail: 'Vent lidt.' })).general).toEqual(['Vent lidt.']);
  });
});

describe('password change form', () => {
  const ok = { current_password: 'gammel kode', new_password: 'en ny og lang kode', repeat_password: 'en ny og lang kode' };

  it('accepts a new password of 12 to 64 characters, repeated', () => {
    expect(validatePasswordChange(ok)).toEqual({});
  });

  it('refuses a short, a long, an unchanged or a mistyped password', () => {
    expect(validatePasswordChange({ ...ok, new_password: 'kort', repeat_password: 'kort' }).new_password).toMatch(/mindst 12/);
    const long = 'x'.repeat(65);
    expect(validatePasswordChange({ ...ok, new_password: long, repeat_password: long }).new_password).toMatch(/højst være 64/);
    const same = { current_password: 'samme lange kode', new_password: 'samme lange kode', repeat_password: 'samme lange kode' };
    expect(validatePasswordChange(same).new_password).toMatch(/en anden/);
    expect(validatePasswordChange({ ...ok, repeat_password: 'noget andet' }).repeat_password).toBeDefined();
    expect(validatePasswordChange({ ...ok, current_password: '' }).current_password).toBeDefined();
  });
});
