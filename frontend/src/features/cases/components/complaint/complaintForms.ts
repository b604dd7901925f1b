// The step forms of one date and a text: complaint, reassessment, Ankestyrelsen, the receipt of a
// decision, a simple step and a correction.
import type {
  AppealsBoardBody,
  CaseEventBody,
  ComplaintBody,
  CorrectionBody,
  DecisionReceiptBody,
  ReassessmentBody,
} from '../api/types';
import type { SimpleEvent } from './caseActions';
import { checkDate, put, type DateBounds } from './stepForm';

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

export const DECISION_RECEIPT_FIELDS = ['received_on'] as const;

export function validateDecisionReceipt(receivedOn: string, sentOn: string, today: string): Record<string, string> {
  const e: Record<string, string> = {};
  put(e, 'received_on', checkDate(receivedOn, { today, receivedOn: sentOn }, 'Angiv dagen, borgeren modtog afgørelsen.'));
  if (e.received_on === 'Datoen ligger før sagen blev modtaget.') {
    e.received_on = 'Borgeren kan ikke have modtaget afgørelsen, før den blev sendt.';
  }
  return e;
}

export const toDecisionReceiptBody = (receivedOn: string): DecisionReceiptBody => ({ received_on: receivedOn });

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

export const CORRECTION_FIELDS = ['event_id', 'note'] as const;

export function validateCorrection(note: string): Record<string, string> {
  return note.trim() ? {} : { note: 'Skriv hvorfor hændelsen fortrydes.' };
}

export const toCorrectionBody = (eventId: string, note: string): CorrectionBody => ({ event_id: eventId, note: note.trim() });
