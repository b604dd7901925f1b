import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';
import type { components, paths } from './schema';

type ListOperation = paths['/api/v1/legal-bases']['get'];

/** A legal basis as the server lists it: its code, the kind of referral that names it, its names. */
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

/** A legal basis's Danish names, from its data: formal, short (SEL § 86, stk. 1) and the service. */
export type LegalBasisNames = components['schemas']['LegalBasisNames'];

/** The label forms and pages show: the service and the short name, "Genoptræning (SEL § 86, stk. 1)". */
export function legalBasisLabel(names: Pick<LegalBasisNames, 'short_name' | 'service'>): string {
  return `${names.service} (${names.short_name})`;
}

/** A label for a legal basis known only by its code (a course, a citizen's case): from the server's list, the code itself until it arrives or when it is unknown. */
export function useLegalBasisLabel(): (code: string) => string {
  const { data } = useLegalBases();
  return (code) => {
    const basis = data?.find((b) => b.code === code);
    return basis ? legalBasisLabel(basis) : code;
  };
}
