import type { TrainingStartBody } from '../../api/types';
import { checkDate, put, type DateBounds } from '../shared/stepForm';

export interface TrainingStartFormValues {
  started_on: string;
  form: string;
  disciplines: string[];
  transport_needed: boolean;
  /** Only when the citizen already has an active course: "continue" or "end". */
  active_course: string;
}

export const TRAINING_START_FIELDS = ['started_on', 'form', 'disciplines', 'transport_needed', 'active_course'] as const;

export function emptyTrainingStart(today: string): TrainingStartFormValues {
  return { started_on: today, form: '', disciplines: [], transport_needed: false, active_course: '' };
}

/** `askActiveCourse`: the citizen has an active course, so the form asks what becomes of it. */
export function validateTrainingStart(
  v: TrainingStartFormValues,
  bounds: DateBounds,
  askActiveCourse: boolean,
): Record<string, string> {
  const e: Record<string, string> = {};
  put(e, 'started_on', checkDate(v.started_on, bounds, 'Angiv dagen, træningen startede.'));
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
  };
}
