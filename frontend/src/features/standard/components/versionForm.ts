// The form for a new version of one legal basis's limits: its values, checks and request body.
import type { Problem } from '../../../api/problem';
import type { ServiceStandardVersion } from '../api/addServiceStandardVersion';
import type { Limit, LimitKind } from '../api/getServiceStandard';
import { addDays, byKind, formatLimitValue, limitLabel, startingPoint, unitFor, WEEKLY_PAIRS } from './limits';

export interface VersionFormValues {
  legal_basis: string;
  effective_from: string;
  /** Each limit's value as typed, by kind. */
  values: Partial<Record<LimitKind, string>>;
}

/** The form's error key for a limit's value. */
export const limitField = (kind: string) => `limit.${kind}`;

/** The form's fields in order, for the error summary. */
export function versionFields(kinds: readonly string[]): string[] {
  return ['legal_basis', 'effective_from', ...kinds.map(limitField)];
}

/** The limits the form shows for a legal basis: those in force today (or, if none yet, to come). */
export function formLimits(limits: readonly Limit[], legalBasis: string, today: string): Limit[] {
  return startingPoint(limits, legalBasis, today);
}

/** A new version's form for a legal basis: in force from tomorrow, with today's values. */
export function versionFormFor(limits: readonly Limit[], legalBasis: string, today: string): VersionFormValues {
  const values: Partial<Record<LimitKind, string>> = {};
  for (const limit of formLimits(limits, legalBasis, today)) values[limit.kind] = String(limit.value);
  return { legal_basis: legalBasis, effective_from: addDays(today, 1), values };
}

const WHOLE_NUMBER = /^\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_LIMIT_VALUE = 366;

function isRealDate(iso: string): boolean {
  return ISO_DATE.test(iso) && addDays(iso, 0) === iso;
}

/** The form's errors by field; the form's current limits say which values it has. */
export function validateVersion(v: VersionFormValues, current: readonly Limit[], today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.legal_basis) errors.legal_basis = 'Vælg lovgrundlaget.';
  if (!v.effective_from) errors.effective_from = 'Skriv den dato, den nye version gælder fra.';
  else if (!isRealDate(v.effective_from)) errors.effective_from = 'Skriv en gyldig dato, fx 01.02.2027.';
  else if (v.effective_from < today) errors.effective_from = 'En ny version kan tidligst gælde fra i dag.';

  const numbers = new Map<string, number>();
  for (const { kind } of current) {
    const raw = (v.values[kind] ?? '').trim();
    if (!raw) errors[limitField(kind)] = `Skriv en værdi for ${limitLabel(kind).toLowerCase()}.`;
    else if (!WHOLE_NUMBER.test(raw)) errors[limitField(kind)] = 'Skriv et helt tal uden komma, fx 10.';
    else if (Number(raw) > MAX_LIMIT_VALUE) errors[limitField(kind)] = `Værdien må højst være ${MAX_LIMIT_VALUE}.`;
    else numbers.set(kind, Number(raw));
  }
  for (const [least, most] of WEEKLY_PAIRS) {
    const low = numbers.get(least);
    const high = numbers.get(most);
    if (low !== undefined && high !== undefined && low > high && !errors[limitField(most)]) {
      errors[limitField(most)] = `Højst må ikke være mindre end mindst (${formatLimitValue(low, unitFor(least))}).`;
    }
  }
  return errors;
}

/** True when every value is what is in force already: a new version would change nothing. */
export function changesNothing(v: VersionFormValues, current: readonly Limit[]): boolean {
  return current.every((limit) => (v.values[limit.kind] ?? '').trim() === String(limit.value));
}

/** The request body: every limit of the form, each in its kind's own unit. */
export function toVersionBody(v: VersionFormValues, current: readonly Limit[]): ServiceStandardVersion {
  return {
    legal_basis: v.legal_basis,
    effective_from: v.effective_from,
    limits: byKind(current).map(({ kind }) => ({
      kind,
      value: Number((v.values[kind] ?? '').trim()),
      unit: unitFor(kind),
    })),
  };
}

const LIMIT_PATH = /^limits\.(\d+)(?:\.|$)/;

/**
 * A problem document's field errors by the form's fields: "limits.N.value" (or ".unit", ".kind")
 * belongs to the N-th limit of the body that was sent. Anything else is a general message.
 */
export function versionProblemErrors(
  problem: Problem,
  body: ServiceStandardVersion,
): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  const add = (key: string, message: string) => {
    fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
  };
  for (const { field, message } of problem.errors ?? []) {
    const path = field.replace(/^body[./]/, '').replace(/\//g, '.');
    const match = LIMIT_PATH.exec(path);
    const limit = match ? body.limits[Number(match[1])] : undefined;
    if (limit) add(limitField(limit.kind), message);
    else if (path === 'effective_from' || path === 'legal_basis') add(path, message);
    else general.push(message);
  }
  if ((problem.errors ?? []).length === 0) {
    general.push(problem.detail ?? problem.title ?? 'Der opstod en fejl. Prøv igen.');
  }
  return { fields, general };
}
