import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { AttendanceRegistration, ClassRegistration, FlagResolution } from '../../../api/types';

/** GET /api/v1/attendance/day: a therapist's course sessions of a day with their registration in force. */
export const daySessionsQueryOptions = (staffId: string, on: string) =>
  queryOptions({
    queryKey: ['attendance', 'day', staffId, on],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/attendance/day', { params: { query: { staff_id: staffId, on } }, signal })),
    enabled: staffId !== '' && on !== '',
  });

export const useDaySessions = (staffId: string, on: string) => useQuery(daySessionsQueryOptions(staffId, on));

/** GET /api/v1/worklist/attendance-flags: the open flags of the courses the user may see. */
export const attendanceFlagsQueryOptions = () =>
  queryOptions({
    queryKey: ['attendance', 'flags'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/worklist/attendance-flags', { signal })),
  });

export const useAttendanceFlags = () => useQuery(attendanceFlagsQueryOptions());

/** POST /api/v1/appointments/{id}/attendance: register, or correct the registration in force. */
export function useRegisterAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ appointmentId, body }: { appointmentId: string; body: AttendanceRegistration }) =>
      unwrap(
        await api.POST('/api/v1/appointments/{appointment_id}/attendance', {
          params: { path: { appointment_id: appointmentId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['attendance'] }),
  });
}

/** POST /api/v1/courses/{id}/attendance-flags/{kind}/resolution: continue, reassess or end, with a note. */
export function useResolveFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ courseId, kind, body }: { courseId: string; kind: 'cancellations' | 'no_shows'; body: FlagResolution }) =>
      unwrap(
        await api.POST('/api/v1/courses/{course_id}/attendance-flags/{kind}/resolution', {
          params: { path: { course_id: courseId, kind } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['attendance'] }),
  });
}

/** GET /api/v1/courses/{id}/attendance: the course's registrations, counts and open flags. */
export const courseAttendanceQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: ['attendance', 'course', courseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/courses/{course_id}/attendance', { params: { path: { course_id: courseId } }, signal })),
  });

export const useCourseAttendance = (courseId: string) => useQuery(courseAttendanceQueryOptions(courseId));

/** GET /api/v1/attendance/classes: the class occurrences of a day of a therapist's teams, with their seats. */
export const dayClassesQueryOptions = (staffId: string, on: string) =>
  queryOptions({
    queryKey: ['attendance', 'classes', staffId, on],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/attendance/classes', { params: { query: { staff_id: staffId, on } }, signal })),
    enabled: staffId !== '' && on !== '',
  });

export const useDayClasses = (staffId: string, on: string) => useQuery(dayClassesQueryOptions(staffId, on));

/** GET /api/v1/team-occurrences/{id}/attendance: one class occurrence with its seats as registered. */
export const classSessionQueryOptions = (occurrenceId: string) =>
  queryOptions({
    queryKey: ['attendance', 'class', occurrenceId],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/team-occurrences/{occurrence_id}/attendance', {
          params: { path: { occurrence_id: occurrenceId } },
          signal,
        }),
      ),
    enabled: occurrenceId !== '',
  });

export const useClassSession = (occurrenceId: string) => useQuery(classSessionQueryOptions(occurrenceId));

/** POST /api/v1/team-occurrences/{id}/attendance: one or several seats of a class in one transaction. */
export function useRegisterClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ occurrenceId, body }: { occurrenceId: string; body: ClassRegistration }) =>
      unwrap(
        await api.POST('/api/v1/team-occurrences/{occurrence_id}/attendance', {
          params: { path: { occurrence_id: occurrenceId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['attendance'] }),
  });
}
