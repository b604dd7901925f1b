import type { FreeChoiceBody } from '../../api/types';
import { checkDate, isDate, put, type DateBounds, type YesNo } from '../shared/stepForm';

export interface FreeChoiceFormValues {
  offered_on: string;
  first_start_offered: string;
  free_choice_offered: YesNo;
  /** "municipal", "private", or "" when the citizen has not chosen yet. */
  citizen_choice: string;
}

export const FREE_CHOICE_FIELDS = ['offered_on', 'first_start_offered', 'free_choice_offered', 'citizen_choice'] as const;

export function emptyFreeChoice(today: string): FreeChoiceFormValues {
  return { offered_on: today, first_start_offered: '', free_choice_offered: '', citizen_choice: '' };
}

export function validateFreeChoice(v: FreeChoiceFormValues, bounds: DateBounds): Record<string, string> {
  const e: Record<string, string> = {};
  put(e, 'offered_on', checkDate(v.offered_on, bounds, 'Angiv dagen, tilbuddet blev givet.'));
  if (v.first_start_offered) {
    if (!isDate(v.first_start_offered)) e.first_start_offered = 'Datoen er ikke gyldig.';
    else if (isDate(v.offered_on) && v.first_start_offered < v.offered_on) {
      e.first_start_offered = 'Den tilbudte start kan ikke ligge før tilbuddet blev givet.';
    }
  }
  if (!v.free_choice_offered) e.free_choice_offered = 'Svar ja eller nej.';
  else if (v.free_choice_offered === 'no' && !v.first_start_offered) {
    e.first_start_offered = 'Angiv den tilbudte start eller at frit valg er tilbudt.';
  }
  return e;
}

/** The body; the citizen's choice only goes with free choice offered. */
export function toFreeChoiceBody(v: FreeChoiceFormValues): FreeChoiceBody {
  const offered = v.free_choice_offered === 'yes';
  return {
    offered_on: v.offered_on,
    first_start_offered: v.first_start_offered || null,
    free_choice_offered: offered,
    citizen_choice: offered && v.citizen_choice ? (v.citizen_choice as 'municipal' | 'private') : null,
  };
}
