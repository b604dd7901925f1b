import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { InvitationBody } from './types';

/** POST /api/v1/cases/{case_id}/invitation/preview: the invitation letter as HTML; nothing is saved. */
export function usePreviewInvitation(caseId: string) {
  return useMutation({
    mutationFn: async (body: InvitationBody) =>
      unwrap(
        await api.POST('/api/v1/cases/{case_id}/invitation/preview', { params: { path: { case_id: caseId } }, body }),
      ),
    gcTime: 0,
  });
}
