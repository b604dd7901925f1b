import { describe, expect, it } from 'vitest';
import { NOT_MET } from '../../testing/caseFixture';
import { emptyDecision, refusalReasons, toDecisionBody, validateDecision } from './decisionForm';

const bounds = { today: '2026-11-24', receivedOn: '2026-11-16' };

describe('decision form', () => {
  it('prefills the refusal reasons from the findings that were not met', () => {
    expect(refusalReasons({ findings: NOT_MET })).toBe(
      'Terapeuten vurderer, at du kan genvinde færdighederne ved egen træningsindsats.',
    );
    const two = [...NOT_MET, { ...NOT_MET[0]!, rule: 'x', outcome: 'not_met' as const, text: 'Anden grund.' }];
    expect(refusalReasons({ findings: two })).toBe(
      'Terapeuten vurderer, at du kan genvinde færdighederne ved egen træningsindsats.\n\nAnden grund.',
    );
    expect(refusalReasons(null)).toBe('');
  });

  it('chooses refusal beforehand when the conditions were not met, or the one outcome allowed', () => {
    expect(emptyDecision('2026-11-24', ['grant', 'refuse'], { findings: NOT_MET, eligible: false }).outcome).toBe('refuse');
    expect(emptyDecision('2026-11-24', ['grant', 'refuse'], { findings: [], eligible: true }).outcome).toBe('');
    expect(emptyDecision('2026-11-24', ['grant'], null).outcome).toBe('grant');
  });

  it('builds a refusal with the edited reasons', () => {
    const v = {
      ...emptyDecision('2026-11-24', ['grant', 'refuse'], { findings: NOT_MET, eligible: false }),
      channel: 'letter',
      refusal_reasons: 'Du kan selv træne dig op igen.\n',
    };
    expect(validateDecision(v, bounds)).toEqual({});
    expect(toDecisionBody(v)).toEqual({
      outcome: 'refuse',
      sent_on: '2026-11-24',
      channel: 'letter',
      received_on: null,
      reasons: 'Du kan selv træne dig op igen.',
    });
    expect(validateDecision({ ...v, refusal_reasons: '  ' }, bounds).reasons).toMatch(/begrundelsen/);
  });

  it('builds a grant with its course, and leaves the receipt of Digital Post to the server', () => {
    const v = {
      ...emptyDecision('2026-11-24', ['grant', 'refuse'], null),
      outcome: 'grant' as const,
      channel: 'digital_post',
      received_on: '2026-11-24',
      disciplines: ['physiotherapy'],
      form: 'team_training',
      transport_needed: true,
    };
    expect(validateDecision(v, bounds)).toEqual({});
    expect(toDecisionBody(v)).toEqual({
      outcome: 'grant',
      sent_on: '2026-11-24',
      channel: 'digital_post',
      received_on: null,
      disciplines: ['physiotherapy'],
      form: 'team_training',
      transport_needed: true,
      course_start: null,
      reasons: null,
    });
    const errors = validateDecision({ ...v, disciplines: [], form: '' }, bounds);
    expect(Object.keys(errors).sort()).toEqual(['disciplines', 'form']);
  });

  it('checks the day a letter was received', () => {
    const v = { ...emptyDecision('2026-11-24', ['refuse'], null), channel: 'letter', refusal_reasons: 'Nej.' };
    expect(validateDecision({ ...v, sent_on: '2026-11-20', received_on: '2026-11-19' }, bounds).received_on).toMatch(/før/);
    expect(toDecisionBody({ ...v, received_on: '2026-11-24' }).received_on).toBe('2026-11-24');
  });
});
