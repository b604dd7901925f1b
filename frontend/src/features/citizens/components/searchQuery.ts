import type { CitizenSearch } from '../../../api/types';
import { normaliseCpr } from '../../../lib/cpr';

export type SearchKind = 'cpr' | 'phone' | 'name';

export type ClassifiedSearch = { kind: SearchKind; body: CitizenSearch } | { error: string };

const CPR = /^\d{6}-?\d{4}$/;
const PHONE = /^\+?[\d\s-]+$/;

/**
 * What the top bar's one search field holds: a CPR number (10 digits, with or without the
 * hyphen), a phone number (8 digits or more, spaces, hyphens and a leading + allowed) or a name.
 * The server checks the rest (a name of at least 2 characters, no control characters).
 */
export function classifySearch(input: string): ClassifiedSearch {
  const text = input.trim();
  if (text === '') return { error: 'Skriv et navn, et CPR-nummer eller et telefonnummer.' };
  const compact = text.replace(/\s+/g, '');
  if (CPR.test(compact)) return { kind: 'cpr', body: { cpr: normaliseCpr(compact) } };
  const digits = compact.replace(/\D/g, '');
  if (PHONE.test(text) && digits.length >= 8) {
    return { kind: 'phone', body: { phone: compact.startsWith('+') ? `+${digits}` : digits } };
  }
  return { kind: 'name', body: { name: text } };
}
