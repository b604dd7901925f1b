import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { DecisionBody } from './types';

/** POST /api/v1/cases/{case_id}/decision: a grant or a reasoned refusal, with its letter (after a complaint: the changed decision). */
export function useDecide(caseId: string) {
  return useCaseStep(caseId, async (body: DecisionBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/decision', { params: { path: { case_id: caseId } }, body })),
  );
}
