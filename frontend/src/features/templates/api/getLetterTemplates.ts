import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { paths } from '../../../api/schema';

type ListOperation = paths['/api/v1/letter-templates']['get'];

/** A letter's template in use: its newest saved version, or the system's default (version 0). */
export type LetterTemplate = ListOperation['responses'][200]['content']['application/json'][number];
export type LetterKind = LetterTemplate['kind'];

/** GET /api/v1/letter-templates: the template in use for each kind of letter. */
export const letterTemplatesQueryOptions = () =>
  queryOptions({
    queryKey: ['letter-templates'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/letter-templates', { signal })),
  });

export function useLetterTemplates() {
  return useQuery(letterTemplatesQueryOptions());
}
