import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { apiKeysQueryOptions } from './getApiKeys';

/** DELETE /api/v1/admin/api-keys/{id}: revokes the key; it stays on the list as revoked. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (apiKeyId: string) => {
      unwrap(
        await api.DELETE('/api/v1/admin/api-keys/{key_id}', { params: { path: { key_id: apiKeyId } } }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryOptions().queryKey }),
  });
}
