import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { paths } from '../../../api/schema';

type ListOperation = paths['/api/v1/service-standard']['get'];

/** One version of one limit: its value and unit, for a legal basis, from a date. */
export type Limit = ListOperation['responses'][200]['content']['application/json'][number];
export type LimitKind = Limit['kind'];
export type LimitUnit = Limit['unit'];

/**
 * GET /api/v1/service-standard: every version of every limit of every legal basis. A case keeps
 * the limits in force on its day of receipt.
 */
export const serviceStandardQueryOptions = () =>
  queryOptions({
    queryKey: ['service-standard'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/service-standard', { signal })),
  });

export function useServiceStandard() {
  return useQuery(serviceStandardQueryOptions());
}
