import { describe, expect, it } from 'vitest';
import { emptyReferral, toReferralBody, validateReferral, type ReferralFormValues } from './referralForm';

const NOW = Date.UTC(2026, 10, 24, 12, 0); // 24 Nov 2026, 13:00 in Copenhagen

const plan: ReferralFormValues = {
  ...emptyReferral('2026-11-24T09:15'),
  legal_basis: 'SUL_140',
  referral_kind: 'rehab_plan',
  site_id: 'site-1',
  condition: 'Hoftealloplastik',
  hospital: 'Hvidovre Hospital',
  department: 'Ortopædkirurgisk afdeling',
  plan_type: 'almen_basal',
  discharge_date: '2026-11-23',
};

describe('validateReferral', () => {
  it('asks for the citizen and the common fields', () => {
    const errors = validateReferral(emptyReferral(''), null, NOW);
    expect(Object.keys(errors).sort()).toEqual(
      ['citizen_id', 'condition', 'legal_basis', 'received_at', 'site_id'].sort(),
    );
  });

  it('accepts a complete hospital plan', () => {
    expect(validateReferral(plan, 'citizen-1', NOW)).toEqual({});
  });

  it('asks for the plan fields only for SUL § 140', () => {
    const errors = validateReferral({ ...plan, hospital: '', plan_type: '', discharge_date: '' }, 'c', NOW);
    expect(Object.keys(errors).sort()).toEqual(['discharge_date', 'hospital', 'plan_type']);
  });

  it('asks for channel and submitter for an application', () => {
    const errors = validateReferral({ ...plan, legal_basis: 'SEL_86_2', referral_kind: 'application' }, 'c', NOW);
    expect(Object.keys(errors).sort()).toEqual(['channel', 'submitter']);
  });

  it('refuses a receipt in the future and a health start before discharge', () => {
    const errors = validateReferral(
      { ...plan, received_at: '2026-11-25T09:00', health_start_date: '2026-11-20' },
      'c',
      NOW,
    );
    expect(errors.received_at).toMatch(/fremtiden/);
    expect(errors.health_start_date).toMatch(/før udskrivelsesdatoen/);
  });
});

describe('toReferralBody', () => {
  it('builds a hospital plan with the Copenhagen offset', () => {
    expect(toReferralBody(plan, 'citizen-1')).toEqual({
      legal_basis: 'SUL_140',
      citizen_id: 'citizen-1',
      site_id: 'site-1',
      received_at: '2026-11-24T09:15:00+01:00',
      condition: 'Hoftealloplastik',
      hospital: 'Hvidovre Hospital',
      department: 'Ortopædkirurgisk afdeling',
      plan_type: 'almen_basal',
      discharge_date: '2026-11-23',
      health_start_date: null,
    });
  });

  it('builds an application without plan fields', () => {
    const body = toReferralBody(
      { ...plan, legal_basis: 'SEL_86_1', referral_kind: 'application', channel: 'email', submitter: 'relative', received_at: '2026-06-01T10:00' },
      'citizen-1',
    );
    expect(body).toEqual({
      legal_basis: 'SEL_86_1',
      citizen_id: 'citizen-1',
      site_id: 'site-1',
      received_at: '2026-06-01T10:00:00+02:00',
      condition: 'Hoftealloplastik',
      channel: 'email',
      submitter: 'relative',
    });
  });
});
