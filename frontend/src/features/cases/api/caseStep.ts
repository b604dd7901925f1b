import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Case } from '../../../api/types';
import { caseQueryOptions } from './getCase';

/**
 * A mutation that takes the case a step. Every step answers with the updated case: it goes into
 * the cache at once, and the case and the worklist are then fetched again.
 */
export function useCaseStep<TBody>(caseId: string, send: (body: TBody) => Promise<Case>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (updated) => {
      const { queryKey } = caseQueryOptions(caseId);
      queryClient.setQueryData(queryKey, updated);
      void queryClient.invalidateQueries({ queryKey });
      void queryClient.invalidateQueries({ queryKey: ['worklist'] });
    },
  });
}
