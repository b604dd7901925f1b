import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { CaseEventBody } from './types';

/** POST /api/v1/cases/{case_id}/events: a simple step (withdrawn, declined, another municipality's, ...), dated. */
export function useRecordEvent(caseId: string) {
  return useCaseStep(caseId, async (body: CaseEventBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/events', { params: { path: { case_id: caseId } }, body })),
  );
}
