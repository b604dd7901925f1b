import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { ApiKeyCreate } from '../../../api/types';
import { apiKeysQueryOptions } from './getApiKeys';

/**
 * POST /api/v1/admin/api-keys. The answer holds the key's secret, which the server never shows
 * again: it is kept only in the mutation's result, never in the query cache.
 */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApiKeyCreate) => unwrap(await api.POST('/api/v1/admin/api-keys', { body })),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryOptions().queryKey }),
  });
}
