import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { InvitationBody } from './types';

/** POST /api/v1/cases/{case_id}/invitation: books the initial conversation and records how the invitation went out (a letter or Digital Post gets the invitation letter). */
export function useInvite(caseId: string) {
  return useCaseStep(caseId, async (body: InvitationBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/invitation', { params: { path: { case_id: caseId } }, body })),
  );
}
