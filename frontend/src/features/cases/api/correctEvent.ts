import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { CorrectionBody } from './types';

/** POST /api/v1/cases/{case_id}/corrections: undoes the newest event; the reason is kept in the history. */
export function useCorrectEvent(caseId: string) {
  return useCaseStep(caseId, async (body: CorrectionBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/corrections', { params: { path: { case_id: caseId } }, body })),
  );
}
