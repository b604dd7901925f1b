// The facts behind an eligibility finding, as a readable list in Danish.
import { formatDateLong } from '../../../../lib/dates';
import { labelFor } from '../../../../lib/labels';
import { FINDING_FACT_LABELS } from '../../labels';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export interface FactItem {
  key: string;
  label: string;
  value: string;
}

/** One fact's value in words: Ja/Nej, a long Danish date, "Ingen" for none. */
export function factValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'Ingen';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return DATE_RE.test(value) ? formatDateLong(value) : value;
  return JSON.stringify(value);
}

const FACT_ORDER = Object.keys(FINDING_FACT_LABELS);
const rank = (key: string) => {
  const i = FACT_ORDER.indexOf(key);
  return i === -1 ? FACT_ORDER.length : i;
};

/**
 * Every fact of a finding, named in Danish (an unknown fact by its code). Known facts come in the
 * order the labels name them (the order the questions are asked); the server's order is its
 * storage's, not the reader's.
 */
export function factItems(facts: Record<string, unknown>): FactItem[] {
  return Object.entries(facts)
    .map(([key, value]) => ({ key, label: labelFor(FINDING_FACT_LABELS, key), value: factValue(value) }))
    .sort((a, b) => rank(a.key) - rank(b.key));
}
