import type { CitizenCreate } from '../../../api/types';
import { cprShapeError, normaliseCpr } from '../../../lib/cpr';

export interface CitizenFormValues {
  cpr: string;
  name: string;
  address: string;
  municipality_code: string;
  phone: string;
  general_practitioner: string;
}

export const CITIZEN_FIELDS = [
  'cpr',
  'name',
  'address',
  'municipality_code',
  'phone',
  'general_practitioner',
] as const;

export const EMPTY_CITIZEN: CitizenFormValues = {
  cpr: '',
  name: '',
  address: '',
  municipality_code: '',
  phone: '',
  general_practitioner: '',
};

/** Checks what the browser can know; the server checks the rest (e.g. that the CPR date exists). */
export function validateCitizen(v: CitizenFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const cpr = cprShapeError(v.cpr);
  if (cpr) errors.cpr = cpr;
  if (!v.name.trim()) errors.name = 'Skriv borgerens navn.';
  if (!v.address.trim()) errors.address = 'Skriv borgerens adresse.';
  if (!/^\d{3}$/.test(v.municipality_code.trim())) {
    errors.municipality_code = 'Kommunekoden skal være 3 cifre, fx 183 for Ishøj.';
  }
  return errors;
}

export function toCitizenBody(v: CitizenFormValues): CitizenCreate {
  const optional = (s: string) => (s.trim() ? s.trim() : null);
  return {
    cpr: normaliseCpr(v.cpr),
    name: v.name.trim(),
    address: v.address.trim(),
    municipality_code: v.municipality_code.trim(),
    phone: optional(v.phone),
    general_practitioner: optional(v.general_practitioner),
  };
}
