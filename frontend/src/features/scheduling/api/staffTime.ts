import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { AbsenceCreate, WorkingHoursEdit } from '../../../api/types';

const path = (staffId: string) => ({ params: { path: { staff_id: staffId } } });

/** GET /api/v1/staff/{id}/working-hours: the working week, Copenhagen time. */
export const workingHoursQueryOptions = (staffId: string) =>
  queryOptions({
    queryKey: ['staff', staffId, 'working-hours'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/staff/{staff_id}/working-hours', { ...path(staffId), signal })),
    enabled: staffId !== '',
  });

export const useWorkingHours = (staffId: string) => useQuery(workingHoursQueryOptions(staffId));

/** PUT /api/v1/staff/{id}/working-hours: the whole week, replaced (team leader). */
export function useSetWorkingHours(staffId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: WorkingHoursEdit) =>
      unwrap(await api.PUT('/api/v1/staff/{staff_id}/working-hours', { ...path(staffId), body })),
    onSuccess: (hours) => queryClient.setQueryData(workingHoursQueryOptions(staffId).queryKey, hours),
  });
}

/** POST /api/v1/staff/{id}/absences: whole days; the answer lists the bookings it hits, to rebook. */
export function useAddAbsence(staffId: string) {
  return useMutation({
    mutationFn: async (body: AbsenceCreate) =>
      unwrap(await api.POST('/api/v1/staff/{staff_id}/absences', { ...path(staffId), body })),
  });
}
