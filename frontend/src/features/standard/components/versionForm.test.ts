import { describe, expect, it } from 'vitest';
import type { Limit, LimitKind } from '../api/getServiceStandard';
import { unitFor } from './limits';
import {
  changesNothing,
  formLimits,
  toVersionBody,
  validateVersion,
  versionFormFor,
  versionProblemErrors,
} from './versionForm';

const TODAY = '2026-11-24';

const limit = (kind: LimitKind, value: number, effective_from = '2000-01-01'): Limit => ({
  legal_basis: 'SEL_86_1',
  kind,
  value,
  unit: unitFor(kind),
  effective_from,
});

const LIMITS: Limit[] = [
  limit('quarantine', 5),
  limit('invitation', 10),
  limit('complaint', 28),
  limit('team_training_per_week_min', 1),
  limit('team_training_per_week_max', 2),
  limit('invitation', 12, '2027-01-01'),
];

const current = formLimits(LIMITS, 'SEL_86_1', TODAY);

describe('new version form', () => {
  it('starts from tomorrow with the values in force today', () => {
    expect(versionFormFor(LIMITS, 'SEL_86_1', TODAY)).toEqual({
      legal_basis: 'SEL_86_1',
      effective_from: '2026-11-25',
      values: {
        invitation: '10',
        complaint: '28',
        quarantine: '5',
        team_training_per_week_min: '1',
        team_training_per_week_max: '2',
      },
    });
  });

  it('maps to the request body: every limit, a number, in its kind’s own unit', () => {
    const values = versionFormFor(LIMITS, 'SEL_86_1', TODAY);
    values.values.invitation = ' 8 ';
    expect(toVersionBody(values, current)).toEqual({
      legal_basis: 'SEL_86_1',
      effective_from: '2026-11-25',
      limits: [
        { kind: 'invitation', value: 8, unit: 'working_days' },
        { kind: 'complaint', value: 28, unit: 'calendar_days' },
        { kind: 'quarantine', value: 5, unit: 'calendar_months' },
        { kind: 'team_training_per_week_min', value: 1, unit: 'per_week' },
        { kind: 'team_training_per_week_max', value: 2, unit: 'per_week' },
      ],
    });
  });

  it('accepts today, not yesterday, and wants a real date', () => {
    const values = versionFormFor(LIMITS, 'SEL_86_1', TODAY);
    expect(validateVersion({ ...values, effective_from: TODAY }, current, TODAY)).toEqual({});
    expect(validateVersion({ ...values, effective_from: '2026-11-23' }, current, TODAY).effective_from).toBe(
      'En ny version kan tidligst gælde fra i dag.',
    );
    expect(validateVersion({ ...values, effective_from: '' }, current, TODAY).effective_from).toBeDefined();
    expect(validateVersion({ ...values, effective_from: '2027-02-30' }, current, TODAY).effective_from).toBeDefined();
  });

  it('wants whole numbers from 0 to 366, each by its own field', () => {
    const values = versionFormFor(LIMITS, 'SEL_86_1', TODAY);
    const errors = validateVersion(
      { ...values, values: { ...values.values, invitation: '', complaint: '2,5', quarantine: '400' } },
      current,
      TODAY,
    );
    expect(Object.keys(errors).sort()).toEqual(['limit.complaint', 'limit.invitation', 'limit.quarantine']);
    expect(validateVersion({ ...values, values: { ...values.values, invitation: '0' } }, current, TODAY)).toEqual({});
  });

  it('refuses a weekly least above the most', () => {
    const values = versionFormFor(LIMITS, 'SEL_86_1', TODAY);
    const errors = validateVersion(
      { ...values, values: { ...values.values, team_training_per_week_min: '3' } },
      current,
      TODAY,
    );
    expect(errors['limit.team_training_per_week_max']).toMatch(/mindst \(3 gange om ugen\)/);
  });

  it('knows when nothing is changed', () => {
    const values = versionFormFor(LIMITS, 'SEL_86_1', TODAY);
    expect(changesNothing(values, current)).toBe(true);
    expect(changesNothing({ ...values, values: { ...values.values, invitation: '9' } }, current)).toBe(false);
  });

  it('puts the server’s errors on "limits.N" by the N-th limit sent, the rest by name or above the form', () => {
    const values = versionFormFor(LIMITS, 'SEL_86_1', TODAY);
    const body = toVersionBody(values, current);
    const mapped = versionProblemErrors(
      {
        status: 422,
        errors: [
          { field: 'limits.2.unit', message: 'Fristen skal angives i sin egen enhed.' },
          { field: 'body.limits.0.value', message: 'Skal være højst 366.' },
          { field: 'effective_from', message: 'En ny version kan tidligst gælde fra i dag.' },
          { field: 'something_else', message: 'Noget andet.' },
        ],
      },
      body,
    );
    expect(mapped).toEqual({
      fields: {
        'limit.quarantine': 'Fristen skal angives i sin egen enhed.',
        'limit.invitation': 'Skal være højst 366.',
        effective_from: 'En ny version kan tidligst gælde fra i dag.',
      },
      general: ['Noget andet.'],
    });
  });

  it('shows a problem without field errors above the form', () => {
    const body = toVersionBody(versionFormFor(LIMITS, 'SEL_86_1', TODAY), current);
    expect(versionProblemErrors({ status: 500, title: 'Fejl' }, body)).toEqual({ fields: {}, general: ['Fejl'] });
  });
});
