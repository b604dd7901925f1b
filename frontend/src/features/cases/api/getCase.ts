import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/cases/{id}. */
export const caseQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: ['cases', caseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/cases/{case_id}', { params: { path: { case_id: caseId } }, signal })),
  });

export function useCase(caseId: string) {
  return useQuery(caseQueryOptions(caseId));
}
