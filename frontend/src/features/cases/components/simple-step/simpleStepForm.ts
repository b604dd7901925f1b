// A step without details of its own: a date and an optional note.
import type { CaseEventBody } from '../../api/types';
import { checkDate, put, type DateBounds } from '../shared/stepForm';

/** Steps without details of their own: recorded through POST /cases/{id}/events. */
export const SIMPLE_EVENTS = [
  'withdraw',
  'decline',
  'take_free_choice',
  'mark_other_municipality',
  'mark_sent_by_mistake',
  'mark_specialised',
  'postpone',
] as const;
export type SimpleEvent = (typeof SIMPLE_EVENTS)[number];

export const EVENT_FIELDS = ['event', 'occurred_on', 'note'] as const;
export interface EventFormValues {
  occurred_on: string;
  note: string;
}

export function validateEvent(v: EventFormValues, bounds: DateBounds): Record<string, string> {
  const e: Record<string, string> = {};
  put(e, 'occurred_on', checkDate(v.occurred_on, bounds, 'Angiv dagen, det skete.'));
  return e;
}

export const toEventBody = (event: SimpleEvent, v: EventFormValues): CaseEventBody => ({
  event,
  occurred_on: v.occurred_on,
  note: v.note.trim() || null,
});
