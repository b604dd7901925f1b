// The service standard's limits in Danish, and how the page picks them from the list of versions.
import type { LegalBasisInfo } from '../api/getLegalBases';
import type { Limit, LimitKind, LimitUnit } from '../api/getServiceStandard';

/** Each limit in Danish, in the order the page shows them. */
export const LIMIT_KIND_LABELS: Record<LimitKind, string> = {
  invitation: 'Indkaldelse sendt',
  training_start: 'Træning startet',
  decision: 'Skriftlig afgørelse',
  free_choice: 'Frit valg (§ 140, stk. 4)',
  complaint: 'Klagefrist',
  reassessment: 'Revurdering af klage',
  quarantine: 'Karantæne for fornyet ansøgning',
  individual_training_per_week_min: 'Individuel træning, mindst',
  individual_training_per_week_max: 'Individuel træning, højst',
  team_training_per_week_min: 'Holdtræning, mindst',
  team_training_per_week_max: 'Holdtræning, højst',
  cancellations_allowed: 'Afbud, der ikke skyldes sygdom',
  no_shows_allowed: 'Udeblivelser',
};

/** What each limit measures, for the form's hints. */
export const LIMIT_KIND_HINTS: Record<LimitKind, string> = {
  invitation: 'Fra henvendelsen er modtaget, til indkaldelsen til indledende samtale er sendt.',
  training_start: 'Fra henvendelsen er modtaget, til træningen er startet.',
  decision: 'Fra henvendelsen er modtaget, til den skriftlige afgørelse er sendt.',
  free_choice: 'Kan træningen ikke starte inden for fristen, må borgeren vælge et andet træningssted.',
  complaint: 'Borgerens frist for at klage, fra afgørelsen er modtaget.',
  reassessment: 'Fra klagen er modtaget, til centret har revurderet afgørelsen.',
  quarantine: 'Tidligst fornyet ansøgning om genoptræning, efter et kommunalt forløb er slut.',
  individual_training_per_week_min: 'Færrest gange om ugen med individuel træning.',
  individual_training_per_week_max: 'Flest gange om ugen med individuel træning.',
  team_training_per_week_min: 'Færrest gange om ugen med holdtræning.',
  team_training_per_week_max: 'Flest gange om ugen med holdtræning.',
  cancellations_allowed:
    'Så mange af borgerens egne afbud (ikke sygdom) accepteres; det næste markerer forløbet til revurdering.',
  no_shows_allowed: 'Så mange udeblivelser accepteres; den næste markerer forløbet, så der tages stilling til afslutning.',
};

/** The unit each kind of limit is counted in. The server refuses any other. */
export const UNIT_BY_KIND: Record<LimitKind, LimitUnit> = {
  invitation: 'working_days',
  training_start: 'working_days',
  decision: 'working_days',
  free_choice: 'calendar_days',
  complaint: 'calendar_days',
  reassessment: 'calendar_days',
  quarantine: 'calendar_months',
  individual_training_per_week_min: 'per_week',
  individual_training_per_week_max: 'per_week',
  team_training_per_week_min: 'per_week',
  team_training_per_week_max: 'per_week',
  cancellations_allowed: 'count',
  no_shows_allowed: 'count',
};

/** A unit in Danish: for one, for any other number. */
export const UNIT_LABELS: Record<LimitUnit, { one: string; many: string }> = {
  working_days: { one: 'hverdag', many: 'hverdage' },
  calendar_days: { one: 'kalenderdag', many: 'kalenderdage' },
  calendar_months: { one: 'måned', many: 'måneder' },
  per_week: { one: 'gang om ugen', many: 'gange om ugen' },
  count: { one: 'gang i forløbet', many: 'gange i forløbet' },
};

/** The weekly limits that come in pairs: the least must not exceed the most. */
export const WEEKLY_PAIRS: readonly (readonly [LimitKind, LimitKind])[] = [
  ['individual_training_per_week_min', 'individual_training_per_week_max'],
  ['team_training_per_week_min', 'team_training_per_week_max'],
];

const KIND_ORDER = Object.keys(LIMIT_KIND_LABELS);

export function unitFor(kind: LimitKind): LimitUnit {
  return UNIT_BY_KIND[kind];
}

export function limitLabel(kind: string): string {
  return (LIMIT_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export function limitHint(kind: string): string {
  return (LIMIT_KIND_HINTS as Record<string, string>)[kind] ?? '';
}

/** The unit's name for a value: "hverdag" for 1, "hverdage" otherwise. An unknown unit as it is. */
export function unitName(unit: string, value: number): string {
  const names = (UNIT_LABELS as Record<string, { one: string; many: string } | undefined>)[unit];
  if (!names) return unit;
  return value === 1 ? names.one : names.many;
}

/** "10 hverdage", "1 gang om ugen", "5 måneder". */
export function formatLimitValue(value: number, unit: string): string {
  return `${value} ${unitName(unit, value)}`;
}

function kindRank(kind: string): number {
  const index = KIND_ORDER.indexOf(kind);
  return index === -1 ? KIND_ORDER.length : index;
}

/** Limits in the page's order of kinds (unknown kinds last, by name). */
export function byKind<T extends { kind: string }>(limits: readonly T[]): T[] {
  return [...limits].sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.kind.localeCompare(b.kind));
}

/** "2026-11-24" plus `days` days, as a plain calendar date. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The limits of a legal basis in force on `on` (YYYY-MM-DD): for each kind, the newest version
 * that took effect on or before the day. In the page's order of kinds.
 */
export function inForce(limits: readonly Limit[], legalBasis: string, on: string): Limit[] {
  const chosen = new Map<string, Limit>();
  for (const limit of limits) {
    if (limit.legal_basis !== legalBasis || limit.effective_from > on) continue;
    const seen = chosen.get(limit.kind);
    if (!seen || limit.effective_from > seen.effective_from) chosen.set(limit.kind, limit);
  }
  return byKind([...chosen.values()]);
}

/**
 * The limits a new version starts from: those in force on `on`, and for a kind that has only
 * versions still to come, the first of them.
 */
export function startingPoint(limits: readonly Limit[], legalBasis: string, on: string): Limit[] {
  const current = inForce(limits, legalBasis, on);
  const kinds = new Set(current.map((l) => l.kind));
  const upcoming = new Map<string, Limit>();
  for (const limit of limits) {
    if (limit.legal_basis !== legalBasis || kinds.has(limit.kind)) continue;
    const seen = upcoming.get(limit.kind);
    if (!seen || limit.effective_from < seen.effective_from) upcoming.set(limit.kind, limit);
  }
  return byKind([...current, ...upcoming.values()]);
}

export type LimitStatus = 'current' | 'upcoming' | 'replaced';

export const LIMIT_STATUS_LABELS: Record<LimitStatus, string> = {
  current: 'Gældende',
  upcoming: 'Kommende',
  replaced: 'Afløst',
};

export interface HistoryRow {
  limit: Limit;
  status: LimitStatus;
}

/**
 * Every version of a legal basis's limits, newest date first and in the page's order of kinds
 * within a date, each marked as in force today, still to come, or replaced.
 */
export function historyOf(limits: readonly Limit[], legalBasis: string, today: string): HistoryRow[] {
  const current = new Set(inForce(limits, legalBasis, today));
  const own = limits.filter((l) => l.legal_basis === legalBasis);
  const dates = [...new Set(own.map((l) => l.effective_from))].sort().reverse();
  return dates.flatMap((date) =>
    byKind(own.filter((l) => l.effective_from === date)).map((limit) => ({
      limit,
      status: current.has(limit) ? 'current' : limit.effective_from > today ? 'upcoming' : 'replaced',
    })),
  );
}

export interface LegalBasisEntry {
  code: string;
  name: string;
}

/**
 * The legal bases to show: those the server names, in its order (hospital plans first) and with
 * its name, then any other that has limits, by its code.
 */
export function legalBasesOf(limits: readonly Limit[], bases: readonly LegalBasisInfo[]): LegalBasisEntry[] {
  const listed = new Set(bases.map((b) => b.code));
  const others = [...new Set(limits.map((l) => l.legal_basis))].filter((code) => !listed.has(code)).sort();
  return [...bases.map((b) => ({ code: b.code, name: b.name })), ...others.map((code) => ({ code, name: code }))];
}

/** The first version has been in force since the calendar began: "Fra start", not 01.01.2000. */
export function effectiveFromLabel(effectiveFrom: string, format: (iso: string) => string): string {
  return effectiveFrom <= '2000-01-01' ? 'Fra start' : format(effectiveFrom);
}
