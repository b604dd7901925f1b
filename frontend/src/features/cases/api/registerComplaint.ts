import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { ComplaintBody } from './types';

/** POST /api/v1/cases/{case_id}/complaints: the citizen's complaint about the decision (a late one is accepted and flagged). */
export function useRegisterComplaint(caseId: string) {
  return useCaseStep(caseId, async (body: ComplaintBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/complaints', { params: { path: { case_id: caseId } }, body })),
  );
}
