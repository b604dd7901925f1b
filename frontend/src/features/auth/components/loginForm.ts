import { ApiError, problemToFormErrors, type FormErrors } from '../../../api/problem';
import type { LoginRequest, PasswordChange } from '../../../api/types';
import { newPasswordError } from '../../../lib/password';

export interface LoginFormValues {
  username: string;
  password: string;
}

export const LOGIN_FIELDS = ['username', 'password'] as const;

export const WRONG_LOGIN = 'Forkert brugernavn eller adgangskode.';

export function validateLogin(v: LoginFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.username.trim()) errors.username = 'Skriv dit brugernavn.';
  if (!v.password) errors.password = 'Skriv din adgangskode.';
  return errors;
}

/** The username as typed but without spaces around it; the password exactly as typed. */
export function toLoginBody(v: LoginFormValues): LoginRequest {
  return { username: v.username.trim(), password: v.password };
}

/** "30 sekunder", "1 minut", "5 minutter" (rounded up to whole minutes from 2 minutes on). */
export function waitLabel(seconds: number): string {
  if (seconds < 120) return seconds === 1 ? '1 sekund' : `${seconds} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutter`;
}

/** What the login form shows for a failed login. */
export function loginErrors(error: unknown): FormErrors {
  if (error instanceof ApiError) {
    if (error.status === 401) return { fields: {}, general: [WRONG_LOGIN] };
    if (error.status === 429) {
      const detail = error.problem.detail ?? 'Der har været for mange forsøg på at logge ind.';
      if (error.retryAfterSeconds === null || error.retryAfterSeconds <= 0) {
        return { fields: {}, general: [detail] };
      }
      // The exact wait replaces a vague "try again later" in the server's text.
      const text = detail.replace(/\s*Prøv igen senere\.?\s*$/, '');
      return { fields: {}, general: [`${text} Prøv igen om ${waitLabel(error.retryAfterSeconds)}.`] };
    }
    if (error.status >= 500) return { fields: {}, general: ['Serveren kunne ikke svare. Prøv igen om lidt.'] };
    return problemToFormErrors(error.problem, LOGIN_FIELDS);
  }
  return { fields: {}, general: ['Der er ingen forbindelse til serveren. Prøv igen om lidt.'] };
}

export interface PasswordFormValues {
  current_password: string;
  new_password: string;
  repeat_password: string;
}

export const PASSWORD_FIELDS = ['current_password', 'new_password', 'repeat_password'] as const;

export const EMPTY_PASSWORD_FORM: PasswordFormValues = {
  current_password: '',
  new_password: '',
  repeat_password: '',
};

/** Checks length and repetition; the server checks the current password and common passwords. */
export function validatePasswordChange(v: PasswordFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.current_password) errors.current_password = 'Skriv din nuværende adgangskode.';
  const fresh = newPasswordError(v.new_password);
  if (fresh) errors.new_password = fresh;
  else if (v.new_password === v.current_password) {
    errors.new_password = 'Den nye adgangskode skal være en anden end den nuværende.';
  }
  if (!fresh && v.repeat_password !== v.new_password) {
    errors.repeat_password = 'Gentag den nye adgangskode præcis som ovenfor.';
  }
  return errors;
}

export function toPasswordChangeBody(v: PasswordFormValues): PasswordChange {
  return { current_password: v.current_password, new_password: v.new_password };
}
