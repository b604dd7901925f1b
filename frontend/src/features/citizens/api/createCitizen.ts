import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { CitizenCreate } from '../../../api/types';
import { citizenQueryOptions } from './getCitizen';

/** POST /api/v1/citizens. Fails with ApiError 422 (field errors) or 409 (CPR already known). */
export function useCreateCitizen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CitizenCreate) => unwrap(await api.POST('/api/v1/citizens', { body })),
    onSuccess: (citizen) => {
      queryClient.setQueryData(citizenQueryOptions(citizen.id).queryKey, citizen);
    },
  });
}
