import type { Problem } from '../../../api/problem';
import type { Citizen, CitizenEdit } from '../../../api/types';
import { cprShapeError, normaliseCpr } from '../../../lib/cpr';

/** The citizen record as the edit form holds it: every field a text. */
export interface CitizenRecordValues {
  cpr: string;
  name: string;
  address: string;
  municipality_code: string;
  phone: string;
  email: string;
  general_practitioner: string;
  general_practitioner_clinic: string;
  general_practitioner_provider_number: string;
  relative_name: string;
  relative_relation: string;
  relative_phone: string;
}

/** The form's fields in their order on the page; the server's `relative.name` is `relative_name`. */
export const RECORD_FIELDS = [
  'cpr',
  'name',
  'address',
  'municipality_code',
  'phone',
  'email',
  'general_practitioner',
  'general_practitioner_clinic',
  'general_practitioner_provider_number',
  'relative_name',
  'relative_relation',
  'relative_phone',
] as const;

export const RECORD_LABELS: Record<string, string> = {
  cpr: 'CPR-nummer',
  name: 'Navn',
  address: 'Adresse',
  municipality_code: 'Kommunekode',
  phone: 'Telefon',
  email: 'E-mail',
  general_practitioner: 'Egen læge',
  general_practitioner_clinic: 'Lægehus',
  general_practitioner_provider_number: 'Ydernummer',
  relative_name: 'Pårørendes navn',
  relative_relation: 'Relation',
  relative_phone: 'Pårørendes telefon',
};

/** The history's field names (`relative.phone`) as the form's. */
export const formField = (serverField: string): string =>
  serverField.replace(/^body\./, '').replace('.', '_');

export function fromCitizen(c: Citizen): CitizenRecordValues {
  return {
    cpr: c.cpr,
    name: c.name,
    address: c.address,
    municipality_code: c.municipality_code,
    phone: c.phone ?? '',
    email: c.email ?? '',
    general_practitioner: c.general_practitioner ?? '',
    general_practitioner_clinic: c.general_practitioner_clinic ?? '',
    general_practitioner_provider_number: c.general_practitioner_provider_number ?? '',
    relative_name: c.relative?.name ?? '',
    relative_relation: c.relative?.relation ?? '',
    relative_phone: c.relative?.phone ?? '',
  };
}

/** What the browser can know; the server checks the rest (a real CPR date, the phone's shape). */
export function validateRecord(v: CitizenRecordValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const cpr = cprShapeError(v.cpr);
  if (cpr) errors.cpr = cpr;
  if (!v.name.trim()) errors.name = 'Skriv borgerens navn.';
  if (!v.address.trim()) errors.address = 'Skriv borgerens adresse.';
  if (!/^\d{3}$/.test(v.municipality_code.trim())) {
    errors.municipality_code = 'Kommunekoden skal være 3 cifre, fx 183 for Ishøj.';
  }
  if ((v.relative_relation.trim() || v.relative_phone.trim()) && !v.relative_name.trim()) {
    errors.relative_name = 'Skriv den pårørendes navn.';
  }
  return errors;
}

export function toEditBody(v: CitizenRecordValues): CitizenEdit {
  const optional = (s: string) => (s.trim() ? s.trim() : null);
  const relativeGiven = [v.relative_name, v.relative_relation, v.relative_phone].some((s) => s.trim());
  return {
    cpr: normaliseCpr(v.cpr),
    name: v.name.trim(),
    address: v.address.trim(),
    municipality_code: v.municipality_code.trim(),
    phone: optional(v.phone),
    email: optional(v.email),
    general_practitioner: optional(v.general_practitioner),
    general_practitioner_clinic: optional(v.general_practitioner_clinic),
    general_practitioner_provider_number: optional(v.general_practitioner_provider_number),
    relative: relativeGiven
      ? { name: v.relative_name.trim(), relation: optional(v.relative_relation), phone: optional(v.relative_phone) }
      : null,
  };
}

/** The problem's messages by the form's fields (`relative.name` → `relative_name`), the rest general. */
export function recordErrors(problem: Problem): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const { field, message } of problem.errors ?? []) {
    const name = formField(field);
    if ((RECORD_FIELDS as readonly string[]).includes(name)) {
      fields[name] = fields[name] ? `${fields[name]} ${message}` : message;
    } else {
      general.push(message);
    }
  }
  if ((problem.errors ?? []).length === 0) general.push(problem.detail ?? 'Der opstod en fejl. Prøv igen.');
  return { fields, general };
}
