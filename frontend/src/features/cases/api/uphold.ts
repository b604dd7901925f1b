import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { ReassessmentBody } from './types';

/** POST /api/v1/cases/{case_id}/reassessment: the reassessment upholds the decision. */
export function useUphold(caseId: string) {
  return useCaseStep(caseId, async (body: ReassessmentBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/reassessment', { params: { path: { case_id: caseId } }, body })),
  );
}
