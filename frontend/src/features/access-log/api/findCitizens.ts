import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

export type AuditSearch = { cpr: string } | { name: string };

/**
 * POST /api/v1/access-log/citizens: the citizens whose log the auditor may read, by CPR number
 * or name. A POST, so the number stays out of every address and server log.
 */
export function useFindCitizens() {
  return useMutation({
    mutationFn: async (body: AuditSearch) =>
      unwrap(await api.POST('/api/v1/access-log/citizens', { body })).items,
    gcTime: 0,
  });
}
