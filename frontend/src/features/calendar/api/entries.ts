import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { CalendarQuery } from '../../../api/types';

/** GET /api/v1/calendar/entries: appointments and team occurrences of a staff member, site, room or team. */
export const entriesQueryOptions = (query: CalendarQuery) =>
  queryOptions({
    queryKey: ['calendar', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/calendar/entries', { params: { query }, signal })),
    enabled: Boolean(query.staff_id || query.site_id || query.room_id || query.team_id),
    placeholderData: keepPreviousData,
  });

export const useCalendarEntries = (query: CalendarQuery) => useQuery(entriesQueryOptions(query));

/** POST /api/v1/appointments/{id}/move: drag and drop, with every check of a booking. */
export function useMoveAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { id: string; startsAt: string; endsAt: string }) =>
      unwrap(
        await api.POST('/api/v1/appointments/{appointment_id}/move', {
          params: { path: { appointment_id: v.id } },
          body: { starts_at: v.startsAt, ends_at: v.endsAt },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
