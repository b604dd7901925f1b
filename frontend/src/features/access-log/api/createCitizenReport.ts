import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/**
 * POST /api/v1/access-log/citizen-report: the answer to a citizen's request for access (GDPR
 * art. 15) about who has used their data, by organisation, without employees' names. A mutation,
 * so it is made on request and not kept in the query cache.
 */
export function useCitizenReport() {
  return useMutation({
    mutationFn: async (citizenId: string) =>
      unwrap(await api.POST('/api/v1/access-log/citizen-report', { body: { citizen_id: citizenId } })),
    gcTime: 0,
  });
}
