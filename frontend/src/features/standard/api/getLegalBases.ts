import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { paths } from '../../../api/schema';

type ListOperation = paths['/api/v1/legal-bases']['get'];

export type LegalBasisInfo = ListOperation['responses'][200]['content']['application/json'][number];

/** GET /api/v1/legal-bases: the legal bases the centre works under, with their names. They rarely change. */
export const legalBasesQueryOptions = () =>
  queryOptions({
    queryKey: ['legal-bases'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/legal-bases', { signal })),
    staleTime: 60 * 60 * 1000,
  });

export function useLegalBases() {
  return useQuery(legalBasesQueryOptions());
}
