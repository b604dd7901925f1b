import { describe, expect, it } from 'vitest';
import {
  emptyAssessment,
  questionsFor,
  toAssessmentBody,
  validateAssessment,
  type AssessmentFormValues,
} from './assessmentForm';
import { NOT_MET } from './caseFixture';
import { emptyDecision, refusalReasons, toDecisionBody, validateDecision } from './decisionForm';
import { factItems, factValue } from './facts';
import { emptyFreeChoice, toFreeChoiceBody, validateFreeChoice } from './freeChoiceForm';
import { emptyInvitation, toInvitationBody, validateInvitation } from './invitationForm';
import {
  toComplaintBody,
  toCorrectionBody,
  toEventBody,
  toReassessmentBody,
  validateComplaint,
  validateCorrection,
  validateDecisionReceipt,
} from './smallForms';
import { checkDate } from './stepForm';
import { emptyTrainingStart, toTrainingStartBody, validateTrainingStart } from './trainingStartForm';

const bounds = { today: '2026-11-24', receivedOn: '2026-11-16' };

describe('checkDate', () => {
  it('keeps a step between the receipt and today', () => {
    expect(checkDate('', bounds, 'Mangler.')).toBe('Mangler.');
    expect(checkDate('2026-11-25', bounds, '')).toBe('Datoen ligger i fremtiden.');
    expect(checkDate('2026-11-15', bounds, '')).toBe('Datoen ligger før sagen blev modtaget.');
    expect(checkDate('24.11.2026', bounds, '')).toBe('Datoen er ikke gyldig.');
    expect(checkDate('2026-11-16', bounds, '')).toBeUndefined();
  });
});

describe('invitation form', () => {
  const filled = {
    ...emptyInvitation('2026-11-24', 'site-1'),
    meeting_at: '2026-11-27T10:30',
    therapist_id: 'therapist-1',
    channel: 'letter',
  };

  it('asks for the time, therapist and channel, and sends today by default', () => {
    const errors = validateInvitation(emptyInvitation('2026-11-24', 'site-1'), bounds);
    expect(Object.keys(errors).sort()).toEqual(['channel', 'meeting_at', 'therapist_id']);
    expect(validateInvitation(filled, bounds)).toEqual({});
  });

  it('refuses a meeting before the invitation was sent', () => {
    expect(validateInvitation({ ...filled, meeting_at: '2026-11-20T10:00' }, bounds).meeting_at).toMatch(/før/);
  });

  it('builds the body with the Copenhagen offset, and no site for a home visit', () => {
    expect(toInvitationBody(filled)).toEqual({
      meeting_at: '2026-11-27T10:30:00+01:00',
      place: 'site',
      site_id: 'site-1',
      therapist_id: 'therapist-1',
      sent_on: '2026-11-24',
      channel: 'letter',
      note: null,
    });
    expect(toInvitationBody({ ...filled, place: 'home', channel: 'phone', note: ' Ring først ' })).toMatchObject({
      place: 'home',
      site_id: null,
      channel: 'phone',
      note: 'Ring først',
    });
  });
});

describe('assessment form', () => {
  const answered = (v: Partial<AssessmentFormValues>): AssessmentFormValues => ({ ...emptyAssessment('2026-11-24'), ...v });

  it('asks the questions of the legal basis', () => {
    expect(questionsFor('SUL_140')).toEqual(['therapy_elsewhere_same_condition', 'trains_elsewhere']);
    expect(questionsFor('SEL_86_1')).toContain('cannot_regain_by_own_effort');
    expect(questionsFor('SEL_86_2')).toContain('no_other_training_suffices');
    const errors = validateAssessment(emptyAssessment('2026-11-24'), 'SEL_86_1', bounds);
    expect(Object.keys(errors).sort()).toEqual(
      ['cannot_regain_by_own_effort', 'loss_without_hospital_contact', 'therapy_elsewhere_same_condition', 'trains_elsewhere'].sort(),
    );
  });

  it('sends a hospital plan only the two facts about other offers', () => {
    const v = answered({ therapy_elsewhere_same_condition: 'no', trains_elsewhere: 'yes', cannot_keep_up_alone: 'yes' });
    expect(toAssessmentBody(v, 'SUL_140')).toEqual({
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
    expect(validateAssessment(v, 'SEL_86_1', bounds).reason).toMatch(/begrundelsen/);
    expect(toAssessmentBody({ ...v, reason: 'Nyt fald' }, 'SEL_86_1')).toEqual({
      assessed_on: '2026-11-24',
      therapy_elsewhere_same_condition: false,
      trains_elsewhere: false,
      loss_without_hospital_contact: true,
      cannot_regain_by_own_effort: false,
      quarantine_override: { reason: 'Nyt fald' },
      note: null,
    });
    // No override for maintenance training, where the rule does not apply.
    expect(toAssessmentBody({ ...v, reason: 'x' }, 'SEL_86_2').quarantine_override).toBeUndefined();
  });
});

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

describe('training start form', () => {
  it('asks about the active course only when there is one', () => {
    const v = { ...emptyTrainingStart('2026-11-24'), form: 'individual_at_centre', disciplines: ['occupational_therapy'] };
    expect(validateTrainingStart(v, bounds, false)).toEqual({});
    expect(validateTrainingStart(v, bounds, true).active_course).toBeDefined();
    expect(toTrainingStartBody(v, false)).toEqual({
      started_on: '2026-11-24',
      form: 'individual_at_centre',
      disciplines: ['occupational_therapy'],
      transport_needed: false,
      active_course: null,
    });
    expect(toTrainingStartBody({ ...v, active_course: 'continue' }, true).active_course).toBe('continue');
  });
});

describe('free choice form', () => {
  it('needs a start offered or free choice offered, and sends the choice only with free choice', () => {
    const v = { ...emptyFreeChoice('2026-11-24'), free_choice_offered: 'no' as const };
    expect(validateFreeChoice(v, bounds).first_start_offered).toMatch(/tilbudte start/);
    expect(toFreeChoiceBody({ ...v, first_start_offered: '2026-11-26', citizen_choice: 'private' })).toEqual({
      offered_on: '2026-11-24',
      first_start_offered: '2026-11-26',
      free_choice_offered: false,
      citizen_choice: null,
    });
    expect(toFreeChoiceBody({ ...v, free_choice_offered: 'yes', citizen_choice: 'private' }).citizen_choice).toBe('private');
    expect(validateFreeChoice({ ...v, first_start_offered: '2026-11-20' }, bounds).first_start_offered).toMatch(/før/);
  });
});

describe('the small forms', () => {
  it('map their values to bodies', () => {
    expect(validateComplaint({ received_on: '2026-11-24', summary: ' ' }, '2026-11-24').summary).toBeDefined();
    expect(toComplaintBody({ received_on: '2026-11-24', summary: ' Uenig ' })).toEqual({
      received_on: '2026-11-24',
      summary: 'Uenig',
    });
    expect(toReassessmentBody({ reassessed_on: '2026-11-24', channel: 'digital_post', note: 'Fastholdes.' })).toEqual({
      reassessed_on: '2026-11-24',
      channel: 'digital_post',
      note: 'Fastholdes.',
    });
    expect(toEventBody('withdraw', { occurred_on: '2026-11-24', note: '' })).toEqual({
      event: 'withdraw',
      occurred_on: '2026-11-24',
      note: null,
    });
    expect(Object.keys(validateCorrection(''))).toEqual(['note']);
    expect(toCorrectionBody('e1', ' Forkert sag ')).toEqual({ event_id: 'e1', note: 'Forkert sag' });
    expect(validateDecisionReceipt('2026-11-19', '2026-11-20', '2026-11-24').received_on).toMatch(/før den blev sendt/);
  });
});

describe('facts', () => {
  it('reads each fact in Danish', () => {
    expect(factItems({ loss_without_hospital_contact: true, last_course_ended: '2026-03-31', months: 5, x: null })).toEqual([
      { key: 'loss_without_hospital_contact', label: 'Funktionstab uden hospitalskontakt', value: 'Ja' },
      { key: 'last_course_ended', label: 'Sidste kommunale genoptræningsforløb sluttede', value: 'tirsdag 31. marts 2026' },
      { key: 'months', label: 'Karens i måneder', value: '5' },
      { key: 'x', label: 'x', value: 'Ingen' },
    ]);
    expect(factValue(false)).toBe('Nej');
    // In the order the questions are asked, whatever order the server stored them in.
    expect(factItems({ cannot_regain_by_own_effort: false, loss_without_hospital_contact: true }).map((f) => f.key)).toEqual([
      'loss_without_hospital_contact',
      'cannot_regain_by_own_effort',
    ]);
  });
});
