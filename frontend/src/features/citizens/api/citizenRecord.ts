import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { CitizenEdit, EarlierCourse } from '../../../api/types';
import { citizenQueryOptions } from './getCitizen';

const path = (citizenId: string) => ({ params: { path: { citizen_id: citizenId } } });

/** GET /api/v1/citizens/{id}/changes: the record's history, newest first. */
export const citizenChangesQueryOptions = (citizenId: string) =>
  queryOptions({
    queryKey: ['citizens', citizenId, 'changes'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/citizens/{citizen_id}/changes', { ...path(citizenId), signal })),
  });

/** GET /api/v1/citizens/{id}/cases: the cases within the user's reach, with their letters. */
export const citizenCasesQueryOptions = (citizenId: string) =>
  queryOptions({
    queryKey: ['citizens', citizenId, 'cases'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/citizens/{citizen_id}/cases', { ...path(citizenId), signal })),
  });

/** GET /api/v1/citizens/{id}/courses: the courses, earlier ones recorded by staff included. */
export const citizenCoursesQueryOptions = (citizenId: string) =>
  queryOptions({
    queryKey: ['citizens', citizenId, 'courses'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/citizens/{citizen_id}/courses', { ...path(citizenId), signal })),
  });

export const useCitizenChanges = (citizenId: string) => useQuery(citizenChangesQueryOptions(citizenId));
export const useCitizenCases = (citizenId: string) => useQuery(citizenCasesQueryOptions(citizenId));
export const useCitizenCourses = (citizenId: string) => useQuery(citizenCoursesQueryOptions(citizenId));

/** PUT /api/v1/citizens/{id}: the whole record. Fails with ApiError 422 (fields) or 409 (CPR taken). */
export function useEditCitizen(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CitizenEdit) =>
      unwrap(await api.PUT('/api/v1/citizens/{citizen_id}', { ...path(citizenId), body })),
    onSuccess: async (citizen) => {
      queryClient.setQueryData(citizenQueryOptions(citizenId).queryKey, citizen);
      await queryClient.invalidateQueries({ queryKey: citizenChangesQueryOptions(citizenId).queryKey });
    },
  });
}

/** POST /api/v1/citizens/{id}/courses: an ended course from before this system. */
export function useRecordEarlierCourse(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: EarlierCourse) =>
      unwrap(await api.POST('/api/v1/citizens/{citizen_id}/courses', { ...path(citizenId), body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: citizenCoursesQueryOptions(citizenId).queryKey });
    },
  });
}
