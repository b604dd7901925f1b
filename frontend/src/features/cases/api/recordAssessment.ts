import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { AssessmentBody } from './types';

/** POST /api/v1/cases/{case_id}/assessment: the therapist's facts from the initial assessment; the answer holds the eligibility findings. */
export function useRecordAssessment(caseId: string) {
  return useCaseStep(caseId, async (body: AssessmentBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/assessment', { params: { path: { case_id: caseId } }, body })),
  );
}
