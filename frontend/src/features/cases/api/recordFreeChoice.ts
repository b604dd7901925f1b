import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { FreeChoiceBody } from './types';

/** POST /api/v1/cases/{case_id}/free-choice: SUL § 140, stk. 4: the start offered, or free choice offered and the citizen's choice. */
export function useRecordFreeChoice(caseId: string) {
  return useCaseStep(caseId, async (body: FreeChoiceBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/free-choice', { params: { path: { case_id: caseId } }, body })),
  );
}
