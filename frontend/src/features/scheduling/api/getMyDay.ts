import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/my-day: the caller's appointments today, with the citizen's name, phone and, out of the centre, address. */
export const myDayQueryOptions = () =>
  queryOptions({
    queryKey: ['my-day'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/my-day', { signal })),
  });

export const useMyDay = () => useQuery(myDayQueryOptions());
