import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { RoomCreate } from '../../../api/types';

const path = (siteId: string) => ({ params: { path: { site_id: siteId } } });

/** GET /api/v1/sites/{id}/rooms: the site's rooms with their capacity. */
export const roomsQueryOptions = (siteId: string) =>
  queryOptions({
    queryKey: ['sites', siteId, 'rooms'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/sites/{site_id}/rooms', { ...path(siteId), signal })),
    enabled: siteId !== '',
    staleTime: 5 * 60 * 1000,
  });

export const useRooms = (siteId: string) => useQuery(roomsQueryOptions(siteId));

/** POST /api/v1/sites/{id}/rooms (team leader). */
export function useAddRoom(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RoomCreate) => unwrap(await api.POST('/api/v1/sites/{site_id}/rooms', { ...path(siteId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomsQueryOptions(siteId).queryKey }),
  });
}
