import type { Case } from '../../../../api/types';
import type { AssessmentBody } from '../../api/types';
import { checkDate, put, yesNoValue, type DateBounds, type YesNo } from '../shared/stepForm';

/** The therapist's answers: one Ja/Nej per fact the rules of the case's legal basis use. */
export const ASSESSMENT_QUESTIONS = [
  'therapy_elsewhere_same_condition',
  'trains_elsewhere',
  'loss_without_hospital_contact',
  'cannot_regain_by_own_effort',
  'has_physical_psychological_or_social_problems',
  'cannot_keep_up_alone',
  'no_other_training_suffices',
] as const;
export type AssessmentQuestion = (typeof ASSESSMENT_QUESTIONS)[number];

/** Each question as the therapist answers it; "Ja" means the fact is true. */
export const QUESTION_TEXTS: Record<AssessmentQuestion, string> = {
  therapy_elsewhere_same_condition:
    'Modtager borgeren fysioterapi eller ergoterapi et andet sted for samme lidelse?',
  trains_elsewhere: 'Træner borgeren et andet sted i forvejen?',
  loss_without_hospital_contact:
    'Er funktionstabet opstået uden hospitalskontakt (ved sygdom eller andre forhold)?',
  cannot_regain_by_own_effort:
    'Har borgeren brug for genoptræning, fordi egen træningsindsats ikke er nok til at genvinde færdighederne?',
  has_physical_psychological_or_social_problems:
    'Har borgeren fysisk eller psykisk nedsat funktionsevne eller særlige sociale problemer?',
  cannot_keep_up_alone: 'Har borgeren brug for træning, fordi borgeren ikke selv kan vedligeholde færdighederne?',
  no_other_training_suffices:
    'Er der ingen anden form for træning, heller ikke borgerens egen indsats, der kan vedligeholde færdighederne?',
};

/**
 * What the case's legal basis asks of the assessment, as the case answer says it: which need is
 * tested (none for a hospital plan, a right) and whether the re-application quarantine applies.
 */
export type AssessmentRules = Pick<Case, 'need_test' | 'quarantine_applies'>;

/** Which questions the case asks: a hospital plan (no need test) only the two about other offers. */
export function questionsFor(rules: AssessmentRules): AssessmentQuestion[] {
  if (rules.need_test === 'rehabilitation') {
    return ['therapy_elsewhere_same_condition', 'trains_elsewhere', 'loss_without_hospital_contact', 'cannot_regain_by_own_effort'];
  }
  if (rules.need_test === 'maintenance') {
    return [
      'therapy_elsewhere_same_condition',
      'trains_elsewhere',
      'has_physical_psychological_or_social_problems',
      'cannot_keep_up_alone',
      'no_other_training_suffices',
    ];
  }
  return ['therapy_elsewhere_same_condition', 'trains_elsewhere'];
}

/** The quarantine for a renewed application may be overridden only where it applies. */
export const mayOverrideQuarantine = (rules: AssessmentRules) => rules.quarantine_applies;

export type AssessmentFormValues = { assessed_on: string; note: string; override_quarantine: boolean; reason: string } & Record<
  AssessmentQuestion,
  YesNo
>;

/** Field names as the server names them; `reason` is quarantine_override.reason. */
export const ASSESSMENT_FIELDS = ['assessed_on', ...ASSESSMENT_QUESTIONS, 'reason', 'note'] as const;

export function emptyAssessment(today: string): AssessmentFormValues {
  return {
    assessed_on: today,
    therapy_elsewhere_same_condition: '',
    trains_elsewhere: '',
    loss_without_hospital_contact: '',
    cannot_regain_by_own_effort: '',
    has_physical_psychological_or_social_problems: '',
    cannot_keep_up_alone: '',
    no_other_training_suffices: '',
    override_quarantine: false,
    reason: '',
    note: '',
  };
}

export function validateAssessment(
  v: AssessmentFormValues,
  rules: AssessmentRules,
  bounds: DateBounds,
): Record<string, string> {
  const e: Record<string, string> = {};
  put(e, 'assessed_on', checkDate(v.assessed_on, bounds, 'Angiv dagen for samtalen og undersøgelsen.'));
  for (const question of questionsFor(rules)) {
    if (v[question] === '') e[question] = 'Svar ja eller nej.';
  }
  if (mayOverrideQuarantine(rules) && v.override_quarantine && !v.reason.trim()) {
    e.reason = 'Skriv begrundelsen for at fravige reglen.';
  }
  return e;
}

/** The body: only the facts the case asks; call only after validateAssessment found nothing. */
export function toAssessmentBody(v: AssessmentFormValues, rules: AssessmentRules): AssessmentBody {
  const asked = questionsFor(rules);
  const answer = (q: AssessmentQuestion) => (asked.includes(q) ? yesNoValue(v[q]) : null);
  const body: AssessmentBody = {
    assessed_on: v.assessed_on,
    therapy_elsewhere_same_condition: answer('therapy_elsewhere_same_condition') ?? false,
    trains_elsewhere: answer('trains_elsewhere') ?? false,
    note: v.note.trim() || null,
  };
  for (const q of asked) {
    if (q !== 'therapy_elsewhere_same_condition' && q !== 'trains_elsewhere') body[q] = answer(q);
  }
  if (mayOverrideQuarantine(rules) && v.override_quarantine) {
    body.quarantine_override = { reason: v.reason.trim() };
  }
  return body;
}
