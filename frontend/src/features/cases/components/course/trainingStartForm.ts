import type { TrainingStartBody } from '../../api/types';
import { checkDate, put, type DateBounds } from '../shared/stepForm';

export interface TrainingStartFormValues {
  started_on: string;
  form: string;
  disciplines: string[];
  transport_needed: boolean;
  /** Only when the citizen already has an active course: "continue" or "end". */
  active_course: string;
  /** Only for a start before the later start date the hospital's plan names. */
  early_start_reason: string;
  /** The course's responsible therapists; none chosen leaves them to the course page. */
  therapist_ids: string[];
}

export const TRAINING_START_FIELDS = [
  'started_on',
  'early_start_reason',
  'form',
  'disciplines',
  'transport_needed',
  'therapist_ids',
  'active_course',
] as const;

export function emptyTrainingStart(today: string): TrainingStartFormValues {
  return {
    started_on: today,
    form: '',
    disciplines: [],
    transport_needed: false,
    active_course: '',
    early_start_reason: '',
    therapist_ids: [],
  };
}

/** Whether the start lies before the later start date the hospital's plan names (ISO dates compare as text). */
export function startsBeforeHospitalDate(startedOn: string, healthStartDate: string | null | undefined): boolean {
  return Boolean(healthStartDate && startedOn && startedOn < healthStartDate);
}

/**
 * `askActiveCourse`: the citizen has an active course, so the form asks what becomes of it.
 * `healthStartDate`: the plan's later start for health reasons; an earlier start needs its reason.
 */
export function validateTrainingStart(
  v: TrainingStartFormValues,
  bounds: DateBounds,
  askActiveCourse: boolean,
  healthStartDate: string | null = null,
): Record<string, string> {
  const e: Record<string, string> = {};
  put(e, 'started_on', checkDate(v.started_on, bounds, 'Angiv dagen, træningen startede.'));
  if (startsBeforeHospitalDate(v.started_on, healthStartDate) && !v.early_start_reason.trim()) {
    e.early_start_reason = 'Skriv, hvorfor træningen starter før sygehusets startdato.';
  }
  if (!v.form) e.form = 'Vælg træningsformen.';
  if (v.disciplines.length === 0) e.disciplines = 'Vælg mindst én faggruppe.';
  if (askActiveCourse && !v.active_course) e.active_course = 'Vælg om det aktive forløb fortsætter eller afsluttes.';
  return e;
}

export function toTrainingStartBody(v: TrainingStartFormValues, askActiveCourse: boolean): TrainingStartBody {
  return {
    started_on: v.started_on,
    form: v.form as TrainingStartBody['form'],
    disciplines: v.disciplines as TrainingStartBody['disciplines'],
    transport_needed: v.transport_needed,
    active_course: askActiveCourse && v.active_course ? (v.active_course as 'continue' | 'end') : null,
    early_start_reason: v.early_start_reason.trim() || null,
    therapist_ids: v.therapist_ids,
  };
}
