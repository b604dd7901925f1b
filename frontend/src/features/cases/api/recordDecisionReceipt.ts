import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { DecisionReceiptBody } from './types';

/** POST /api/v1/cases/{case_id}/decision/receipt: the day the citizen received a decision sent by letter. */
export function useRecordDecisionReceipt(caseId: string) {
  return useCaseStep(caseId, async (body: DecisionReceiptBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/decision/receipt', { params: { path: { case_id: caseId } }, body })),
  );
}
