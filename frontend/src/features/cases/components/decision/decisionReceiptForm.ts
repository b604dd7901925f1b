// The day the citizen received a decision sent by letter.
import type { DecisionReceiptBody } from '../../api/types';
import { checkDate, put } from '../shared/stepForm';

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
