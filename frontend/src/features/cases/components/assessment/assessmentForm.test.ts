import { describe, expect, it } from 'vitest';
import {
  emptyAssessment,
  questionsFor,
  toAssessmentBody,
  validateAssessment,
  type AssessmentFormValues,
} from './assessmentForm';

const bounds = { today: '2026-11-24', receivedOn: '2026-11-16' };
// What the case answer says of each seeded legal basis.
const SUL_140 = { need_test: null, quarantine_applies: false } as const;
const SEL_86_1 = { need_test: 'rehabilitation', quarantine_applies: true } as const;
const SEL_86_2 = { need_test: 'maintenance', quarantine_applies: false } as const;

describe('assessment form', () => {
  const answered = (v: Partial<AssessmentFormValues>): AssessmentFormValues => ({ ...emptyAssessment('2026-11-24'), ...v });

  it('asks the questions of the legal basis', () => {
    expect(questionsFor(SUL_140)).toEqual(['therapy_elsewhere_same_condition', 'trains_elsewhere']);
    expect(questionsFor(SEL_86_1)).toContain('cannot_regain_by_own_effort');
    expect(questionsFor(SEL_86_2)).toContain('no_other_training_suffices');
    const errors = validateAssessment(emptyAssessment('2026-11-24'), SEL_86_1, bounds);
    expect(Object.keys(errors).sort()).toEqual(
      ['cannot_regain_by_own_effort', 'loss_without_hospital_contact', 'therapy_elsewhere_same_condition', 'trains_elsewhere'].sort(),
    );
  });

  it('sends a hospital plan only the two facts about other offers', () => {
    const v = answered({ therapy_elsewhere_same_condition: 'no', trains_elsewhere: 'yes', cannot_keep_up_alone: 'yes' });
    expect(toAssessmentBody(v, SUL_140)).toEqual({
      assessed_on: '2026-11-24',
      therapy_elsewhere_same_condition: false,
      trains_elsewhere: true,
      note: null,
    });
  });

  it('sends § 86 stk. 1 facts and a quarantine override with its reason', () => {
    const v = answered({
      therapy_elsewhere_same_condition: 'no',
      trains_elsewhere: 'no',
      loss_without_hospital_contact: 'yes',
      cannot_regain_by_own_effort: 'no',
      override_quarantine: true,
      reason: ' ',
    });
    expect(validateAssessment(v, SEL_86_1, bounds).reason).toMatch(/begrundelsen/);
    expect(toAssessmentBody({ ...v, reason: 'Nyt fald' }, SEL_86_1)).toEqual({
      assessed_on: '2026-11-24',
      therapy_elsewhere_same_condition: false,
      trains_elsewhere: false,
      loss_without_hospital_contact: true,
      cannot_regain_by_own_effort: false,
      quarantine_override: { reason: 'Nyt fald' },
      note: null,
    });
    // No override for maintenance training, where the rule does not apply.
    expect(toAssessmentBody({ ...v, reason: 'x' }, SEL_86_2).quarantine_override).toBeUndefined();
  });
});
