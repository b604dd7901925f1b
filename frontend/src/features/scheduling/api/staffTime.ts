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

/** GET /api/v1/staff/{id}/absences: the absences not yet over, the earliest first. */
export const absencesQueryOptions = (staffId: string) =>
  queryOptions({
    queryKey: ['staff', staffId, 'absences'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/staff/{staff_id}/absences', { ...path(staffId), signal })),
    enabled: staffId !== '',
  });

export const useAbsences = (staffId: string) => useQuery(absencesQueryOptions(staffId));

/**
 * POST /api/v1/staff/{id}/absences, or PUT …/absences/{absence_id} to change one: whole days; the
 * answer lists the bookings the (changed) absence hits, to rebook.
 */
export function useSaveAbsence(staffId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ absenceId, body }: { absenceId?: string; body: AbsenceCreate }) =>
      absenceId
        ? unwrap(
            await api.PUT('/api/v1/staff/{staff_id}/absences/{absence_id}', {
              params: { path: { staff_id: staffId, absence_id: absenceId } },
              body,
            }),
          )
        : unwrap(await api.POST('/api/v1/staff/{staff_id}/absences', { ...path(staffId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: absencesQueryOptions(staffId).queryKey }),
  });
}

/** DELETE /api/v1/staff/{id}/absences/{absence_id}: its days are bookable again. */
export function useRemoveAbsence(staffId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (absenceId: string) =>
      unwrap(
        await api.DELETE('/api/v1/staff/{staff_id}/absences/{absence_id}', {
          params: { path: { staff_id: staffId, absence_id: absenceId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: absencesQueryOptions(staffId).queryKey }),
  });
}
