import type { Assessment, DecisionBody, GrantBody } from '../../api/types';
import { checkDate, isDate, put, type DateBounds } from '../shared/stepForm';

/** The two outcomes of a decision: they share one form. */
export type DecisionOutcome = 'grant' | 'refuse';

export interface DecisionFormValues {
  outcome: '' | DecisionOutcome;
  sent_on: string;
  channel: string;
  received_on: string;
  disciplines: string[];
  form: string;
  transport_needed: boolean;
  course_start: string;
  /** The grant's optional text for the letter. */
  grant_reasons: string;
  /** The refusal's reasons: prefilled from the findings that were not met, for staff to edit. */
  refusal_reasons: string;
}

/** Field names as the server names them; both texts are its `reasons`. */
export const DECISION_FIELDS = [
  'outcome',
  'sent_on',
  'channel',
  'received_on',
  'disciplines',
  'form',
  'transport_needed',
  'course_start',
  'reasons',
] as const;

/** The texts of the assessment's findings that were not met, one paragraph each. */
export function refusalReasons(assessment: Pick<Assessment, 'findings'> | null | undefined): string {
  return (assessment?.findings ?? [])
    .filter((f) => f.outcome === 'not_met')
    .map((f) => f.text.trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Sent today. The outcome is chosen beforehand when only one is allowed, or when the assessment
 * found the conditions not met (a grant would be refused then).
 */
export function emptyDecision(
  today: string,
  outcomes: readonly DecisionOutcome[],
  assessment: Pick<Assessment, 'findings' | 'eligible'> | null | undefined,
): DecisionFormValues {
  let outcome: DecisionFormValues['outcome'] = '';
  if (outcomes.length === 1) outcome = outcomes[0]!;
  else if (assessment && !assessment.eligible && outcomes.includes('refuse')) outcome = 'refuse';
  return {
    outcome,
    sent_on: today,
    channel: '',
    received_on: '',
    disciplines: [],
    form: '',
    transport_needed: false,
    course_start: '',
    grant_reasons: '',
    refusal_reasons: refusalReasons(assessment),
  };
}

export function validateDecision(v: DecisionFormValues, bounds: DateBounds): Record<string, string> {
  const e: Record<string, string> = {};
  if (!v.outcome) e.outcome = 'Vælg om forløbet bevilges eller afslås.';
  put(e, 'sent_on', checkDate(v.sent_on, bounds, 'Angiv hvornår afgørelsen blev sendt.'));
  if (!v.channel) e.channel = 'Vælg hvordan afgørelsen blev sendt.';
  if (v.channel === 'letter' && v.received_on) {
    if (!isDate(v.received_on)) e.received_on = 'Datoen er ikke gyldig.';
    else if (v.received_on > bounds.today) e.received_on = 'Datoen ligger i fremtiden.';
    else if (isDate(v.sent_on) && v.received_on < v.sent_on) {
      e.received_on = 'Borgeren kan ikke have modtaget afgørelsen, før den blev sendt.';
    }
  }
  if (v.outcome === 'grant') {
    if (v.disciplines.length === 0) e.disciplines = 'Vælg mindst én faggruppe.';
    if (!v.form) e.form = 'Vælg træningsformen.';
    if (v.course_start && !isDate(v.course_start)) e.course_start = 'Datoen er ikke gyldig.';
  }
  if (v.outcome === 'refuse' && !v.refusal_reasons.trim()) e.reasons = 'Skriv begrundelsen for afslaget.';
  return e;
}

/** The body for the decision and its preview; call only after validateDecision found nothing. */
export function toDecisionBody(v: DecisionFormValues): DecisionBody {
  const common = {
    sent_on: v.sent_on,
    channel: v.channel as DecisionBody['channel'],
    // Digital Post is received the day it is sent (the server sets it); a letter when recorded.
    received_on: v.channel === 'letter' ? v.received_on || null : null,
  };
  if (v.outcome === 'grant') {
    return {
      ...common,
      outcome: 'grant',
      disciplines: v.disciplines as GrantBody['disciplines'],
      form: v.form as GrantBody['form'],
      transport_needed: v.transport_needed,
      course_start: v.course_start || null,
      reasons: v.grant_reasons.trim() || null,
    };
  }
  return { ...common, outcome: 'refuse', reasons: v.refusal_reasons.trim() };
}
