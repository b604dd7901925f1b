// The small forms of the course page: what they send, built from what the user typed. Presence
// checks only; the server's rules come back as problems at their fields.

import type { Course, CoursePlan, FrequencyExceptionCreate, Goal, GoalChange } from '../../../api/types';

export interface PlanValues {
  disciplines: string[];
  form: string;
  site_id: string;
  therapist_ids: string[];
  started_on: string;
  planned_end_on: string;
}

export function planValues(course: Course): PlanValues {
  return {
    disciplines: [...course.disciplines],
    form: course.form ?? '',
    site_id: course.site_id ?? '',
    therapist_ids: [...course.therapist_ids],
    started_on: course.started_on ?? '',
    planned_end_on: course.planned_end_on ?? '',
  };
}

export function planMissing(v: PlanValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.disciplines.length === 0) errors.disciplines = 'Vælg mindst én faglighed.';
  if (!v.form) errors.form = 'Vælg forløbets form.';
  if (v.therapist_ids.length === 0) errors.therapist_ids = 'Vælg mindst én ansvarlig terapeut.';
  if (!v.started_on) errors.started_on = 'Skriv startdatoen.';
  return errors;
}

export function toPlan(v: PlanValues): CoursePlan {
  return {
    disciplines: v.disciplines as CoursePlan['disciplines'],
    form: v.form as CoursePlan['form'],
    site_id: v.site_id || null,
    therapist_ids: v.therapist_ids,
    started_on: v.started_on,
    planned_end_on: v.planned_end_on || null,
  };
}

export interface GoalValues {
  text: string;
  measure: string;
  target_date: string;
  status: string;
}

export function goalValues(goal?: Goal): GoalValues {
  return {
    text: goal?.text ?? '',
    measure: goal?.measure ?? '',
    target_date: goal?.target_date ?? '',
    status: goal?.status ?? 'not_started',
  };
}

/** Only what was changed is sent: the goal's next version takes the rest from the current one. */
export function goalChange(goal: Goal, v: GoalValues): GoalChange {
  const change: GoalChange = {};
  if (v.text.trim() !== goal.text) change.text = v.text.trim();
  if ((v.measure.trim() || null) !== goal.measure && v.measure.trim()) change.measure = v.measure.trim();
  if ((v.target_date || null) !== goal.target_date && v.target_date) change.target_date = v.target_date;
  if (v.status !== goal.status) change.status = v.status as GoalChange['status'];
  return change;
}

export interface ExceptionValues {
  reason: string;
  note: string;
  starts_on: string;
  ends_on: string;
}

export function exceptionMissing(v: ExceptionValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.reason) errors.reason = 'Vælg begrundelsen.';
  if (!v.starts_on) errors.starts_on = 'Skriv startdatoen.';
  if (!v.ends_on) errors.ends_on = 'Skriv slutdatoen.';
  return errors;
}

export function toException(v: ExceptionValues): FrequencyExceptionCreate {
  return {
    reason: v.reason as FrequencyExceptionCreate['reason'],
    note: v.note.trim() || null,
    starts_on: v.starts_on,
    ends_on: v.ends_on,
  };
}
