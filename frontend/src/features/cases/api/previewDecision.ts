import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { DecisionBody } from './types';

/** POST /api/v1/cases/{case_id}/decision/preview: the decision letter as HTML, complaint guidance included; nothing is saved. */
export function usePreviewDecision(caseId: string) {
  return useMutation({
    mutationFn: async (body: DecisionBody) =>
      unwrap(
        await api.POST('/api/v1/cases/{case_id}/decision/preview', { params: { path: { case_id: caseId } }, body }),
      ),
    gcTime: 0,
  });
}
