// The forms of a complaint: registering it, the reassessment that upholds the decision, and sending
// the complaint on to Ankestyrelsen.
import type { AppealsBoardBody, ComplaintBody, ReassessmentBody } from '../../api/types';
import { checkDate, put, type DateBounds } from '../shared/stepForm';

export const COMPLAINT_FIELDS = ['received_on', 'summary'] as const;
export interface ComplaintFormValues {
  received_on: string;
  summary: string;
}

export function validateComplaint(v: ComplaintFormValues, today: string): Record<string, string> {
  const e: Record<string, string> = {};
  put(e, 'received_on', checkDate(v.received_on, { today }, 'Angiv dagen, klagen blev modtaget.'));
  if (!v.summary.trim()) e.summary = 'Skriv kort, hvad borgeren klager over.';
  return e;
}

export const toComplaintBody = (v: ComplaintFormValues): ComplaintBody => ({
  received_on: v.received_on,
  summary: v.summary.trim(),
});

export const REASSESSMENT_FIELDS = ['reassessed_on', 'channel', 'note'] as const;
export interface ReassessmentFormValues {
  reassessed_on: string;
  channel: string;
  note: string;
}

export function validateReassessment(v: ReassessmentFormValues, bounds: DateBounds): Record<string, string> {
  const e: Record<string, string> = {};
  put(e, 'reassessed_on', checkDate(v.reassessed_on, bounds, 'Angiv dagen for revurderingen.'));
  if (!v.channel) e.channel = 'Vælg hvordan borgeren får besked.';
  if (!v.note.trim()) e.note = 'Skriv begrundelsen for at fastholde afgørelsen.';
  return e;
}

export const toReassessmentBody = (v: ReassessmentFormValues): ReassessmentBody => ({
  reassessed_on: v.reassessed_on,
  channel: v.channel as ReassessmentBody['channel'],
  note: v.note.trim(),
});

export const APPEALS_BOARD_FIELDS = ['forwarded_on'] as const;

export function validateAppealsBoard(forwardedOn: string, bounds: DateBounds): Record<string, string> {
  const e: Record<string, string> = {};
  put(e, 'forwarded_on', checkDate(forwardedOn, bounds, 'Angiv dagen, klagen blev sendt.'));
  return e;
}

export const toAppealsBoardBody = (forwardedOn: string): AppealsBoardBody => ({ forwarded_on: forwardedOn });
