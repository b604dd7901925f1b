import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { AppealsBoardBody } from './types';

/** POST /api/v1/cases/{case_id}/appeals-board: the upheld complaint is sent to Ankestyrelsen. */
export function useForwardToAppealsBoard(caseId: string) {
  return useCaseStep(caseId, async (body: AppealsBoardBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/appeals-board', { params: { path: { case_id: caseId } }, body })),
  );
}
