import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';
import type { paths } from './schema';

type ListOperation = paths['/api/v1/legal-bases']['get'];

/** A legal basis as the server lists it: its code, the kind of referral that names it, its name. */
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
