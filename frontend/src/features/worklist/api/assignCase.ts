import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** PUT /api/v1/cases/{case_id}/assignee: assign a case to a therapist at its site (null: nobody). */
export function useAssignCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ caseId, userId }: { caseId: string; userId: string | null }) =>
      unwrap(
        await api.PUT('/api/v1/cases/{case_id}/assignee', {
          params: { path: { case_id: caseId } },
          body: { user_id: userId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['worklist'] }),
  });
}
