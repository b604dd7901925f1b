import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/training-services: the national FSIII services a course's content is chosen from. */
export const trainingServicesQueryOptions = () =>
  queryOptions({
    queryKey: ['training-services'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/training-services', { signal })),
    staleTime: Infinity, // national codes: they change with a release, not during a session
  });

export const useTrainingServices = () => useQuery(trainingServicesQueryOptions());
