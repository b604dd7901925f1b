import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { ReferralCreate } from '../../../api/types';

/** POST /api/v1/referrals: registers a hospital plan or an application; answers with the new case. */
export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReferralCreate) => unwrap(await api.POST('/api/v1/referrals', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(['cases', created.id], created);
      void queryClient.invalidateQueries({ queryKey: ['worklist'] });
    },
  });
}
