import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/citizens/{id}. */
export const citizenQueryOptions = (citizenId: string) =>
  queryOptions({
    queryKey: ['citizens', citizenId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/citizens/{citizen_id}', { params: { path: { citizen_id: citizenId } }, signal })),
  });

export function useCitizen(citizenId: string | null) {
  return useQuery({ ...citizenQueryOptions(citizenId ?? ''), enabled: Boolean(citizenId) });
}
