import { describe, expect, it } from 'vitest';
import { LEGAL_BASES } from '../../../testing/legalBases';
import type { Limit, LimitKind } from '../api/getServiceStandard';
import {
  addDays,
  formatLimitValue,
  historyOf,
  inForce,
  LIMIT_KIND_LABELS,
  legalBasesOf,
  startingPoint,
  unitFor,
} from './limits';

const limit = (legal_basis: string, kind: LimitKind, value: number, effective_from: string): Limit => ({
  legal_basis,
  kind,
  value,
  unit: unitFor(kind),
  effective_from,
});

const LIMITS: Limit[] = [
  limit('SEL_86_2', 'invitation', 10, '2000-01-01'),
  limit('SEL_86_2', 'decision', 15, '2000-01-01'),
  limit('SEL_86_2', 'invitation', 8, '2026-11-01'),
  limit('SEL_86_2', 'invitation', 6, '2026-12-01'),
  limit('SUL_140', 'invitation', 5, '2000-01-01'),
  limit('SUL_140', 'free_choice', 7, '2000-01-01'),
];

describe('unit per kind', () => {
  it('counts each kind in its own unit', () => {
    expect(unitFor('invitation')).toBe('working_days');
    expect(unitFor('training_start')).toBe('working_days');
    expect(unitFor('decision')).toBe('working_days');
    expect(unitFor('free_choice')).toBe('calendar_days');
    expect(unitFor('complaint')).toBe('calendar_days');
    expect(unitFor('reassessment')).toBe('calendar_days');
    expect(unitFor('quarantine')).toBe('calendar_months');
    expect(unitFor('individual_training_per_week_min')).toBe('per_week');
    expect(unitFor('team_training_per_week_max')).toBe('per_week');
    expect(unitFor('cancellations_allowed')).toBe('count');
    expect(unitFor('no_shows_allowed')).toBe('count');
  });

  it('has a Danish name and a unit for every kind', () => {
    for (const kind of Object.keys(LIMIT_KIND_LABELS) as LimitKind[]) {
      expect(unitFor(kind)).toBeDefined();
    }
    expect(LIMIT_KIND_LABELS.invitation).toBe('Indkaldelse sendt');
    expect(LIMIT_KIND_LABELS.quarantine).toBe('Karantæne for fornyet ansøgning');
  });

  it('writes the value with its unit in Danish, one or many', () => {
    expect(formatLimitValue(10, 'working_days')).toBe('10 hverdage');
    expect(formatLimitValue(1, 'working_days')).toBe('1 hverdag');
    expect(formatLimitValue(28, 'calendar_days')).toBe('28 kalenderdage');
    expect(formatLimitValue(5, 'calendar_months')).toBe('5 måneder');
    expect(formatLimitValue(1, 'per_week')).toBe('1 gang om ugen');
    expect(formatLimitValue(3, 'per_week')).toBe('3 gange om ugen');
    expect(formatLimitValue(2, 'count')).toBe('2 gange i forløbet');
    expect(formatLimitValue(2, 'fortnights')).toBe('2 fortnights');
  });
});

describe('in force today', () => {
  it('picks the newest version of each limit that has taken effect, not one still to come', () => {
    expect(inForce(LIMITS, 'SEL_86_2', '2026-11-24')).toEqual([
      limit('SEL_86_2', 'invitation', 8, '2026-11-01'),
      limit('SEL_86_2', 'decision', 15, '2000-01-01'),
    ]);
  });

  it('counts a version from its first day, and only for its own legal basis', () => {
    expect(inForce(LIMITS, 'SEL_86_2', '2026-12-01')[0]?.value).toBe(6);
    expect(inForce(LIMITS, 'SEL_86_2', '2026-10-31')[0]?.value).toBe(10);
    expect(inForce(LIMITS, 'SUL_140', '2026-11-24').map((l) => l.kind)).toEqual(['invitation', 'free_choice']);
    expect(inForce(LIMITS, 'SEL_86_1', '2026-11-24')).toEqual([]);
  });

  it('starts a new version from the limits in force, or those to come where none is yet', () => {
    const onlyFuture = [...LIMITS, limit('SEL_86_2', 'complaint', 28, '2027-01-01')];
    expect(startingPoint(onlyFuture, 'SEL_86_2', '2026-11-24').map((l) => [l.kind, l.value])).toEqual([
      ['invitation', 8],
      ['decision', 15],
      ['complaint', 28],
    ]);
  });
});

describe('history', () => {
  it('lists every version newest first, marked in force, to come or replaced', () => {
    const rows = historyOf(LIMITS, 'SEL_86_2', '2026-11-24').map((r) => [
      r.limit.effective_from,
      r.limit.kind,
      r.status,
    ]);
    expect(rows).toEqual([
      ['2026-12-01', 'invitation', 'upcoming'],
      ['2026-11-01', 'invitation', 'current'],
      ['2000-01-01', 'invitation', 'replaced'],
      ['2000-01-01', 'decision', 'current'],
    ]);
  });
});

describe('legal bases', () => {
  it('shows every legal basis in the server’s order, with its name, then any other with limits', () => {
    const bases = legalBasesOf(LIMITS, LEGAL_BASES.slice(0, 2));
    expect(bases.map((b) => b.code)).toEqual(['SUL_140', 'SEL_86_1', 'SEL_86_2']);
    expect(bases[0]?.name).toBe('Genoptræning efter hospitalsophold (Sundhedsloven § 140)');
    expect(bases[2]?.name).toBe('SEL_86_2'); // limits for a basis the server does not list: its code
  });
});

describe('addDays', () => {
  it('crosses months and years as calendar dates', () => {
    expect(addDays('2026-11-24', 1)).toBe('2026-11-25');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });
});
