import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

const FEED = ['calendar-feed'] as const;

/** GET /api/v1/calendar/feeds/me: whether the caller has a feed address in use. */
export const feedStatusQueryOptions = () =>
  queryOptions({
    queryKey: FEED,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/calendar/feeds/me', { signal })),
  });

export const useFeedStatus = () => useQuery(feedStatusQueryOptions());

/** POST /api/v1/calendar/feeds/me: a new secret address (shown once); an earlier one stops. */
export function useIssueFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/calendar/feeds/me')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: FEED }),
  });
}

/** DELETE /api/v1/calendar/feeds/me: the address stops working (the server answers it 404). */
export function useRevokeFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      unwrap(await api.DELETE('/api/v1/calendar/feeds/me'));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: FEED }),
  });
}

/** The feed's full address on this server, as a calendar program subscribes to it. */
export function feedAddress(path: string, origin: string): string {
  return new URL(path, origin).toString();
}
