import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { paths } from '../../../api/schema';
import { serviceStandardQueryOptions } from './getServiceStandard';

type AddOperation = paths['/api/v1/service-standard']['post'];

/** A new version of one legal basis's limits, in force for cases received from its date. */
export type ServiceStandardVersion = AddOperation['requestBody']['content']['application/json'];

/**
 * POST /api/v1/service-standard. Fails with ApiError 422 (a date before today, a wrong unit:
 * field errors such as "effective_from" or "limits.0.unit") or 409 (a version of a limit on
 * that date exists).
 */
export function useAddServiceStandardVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ServiceStandardVersion) =>
      unwrap(await api.POST('/api/v1/service-standard', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceStandardQueryOptions().queryKey }),
  });
}
