// A course's pause and resumption, its ending (with the final status to the GP and, for a § 86
// course, the ending decision), and its transport: the hooks over the API.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/problem';
import type { paths } from '../../../api/schema';
import { courseQueryOptions } from './getCourse';

type JsonBody<P extends keyof paths, M extends 'post' | 'put'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type PostponementBody = JsonBody<'/api/v1/courses/{course_id}/postponement', 'post'>;
export type EndingBody = JsonBody<'/api/v1/courses/{course_id}/ending', 'post'>;
export type FinalStatusBody = JsonBody<'/api/v1/courses/{course_id}/final-status', 'post'>;
export type EndingDecisionBody = JsonBody<'/api/v1/cases/{case_id}/ending-decision', 'post'>;
export type TransportBody = JsonBody<'/api/v1/courses/{course_id}/transport', 'put'>;
export type TripBody = JsonBody<'/api/v1/appointments/{appointment_id}/trip', 'post'>;

const path = (courseId: string) => ({ params: { path: { course_id: courseId } } });

/** After a change of the course's state: the course, its ending and its attendance anew. */
function useRefresh(courseId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: courseQueryOptions(courseId).queryKey }),
      queryClient.invalidateQueries({ queryKey: ['course-ending', courseId] }),
      queryClient.invalidateQueries({ queryKey: ['attendance'] }),
      queryClient.invalidateQueries({ queryKey: ['cases'] }),
    ]);
}

/** GET /api/v1/courses/{id}/ending: how the course ended; null while it has not. */
export const endingQueryOptions = (courseId: string, enabled: boolean) =>
  queryOptions({
    queryKey: ['course-ending', courseId],
    queryFn: async ({ signal }) => {
      try {
        return unwrap(await api.GET('/api/v1/courses/{course_id}/ending', { ...path(courseId), signal }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });

export const useEnding = (courseId: string, enabled: boolean) => useQuery(endingQueryOptions(courseId, enabled));

/** POST /api/v1/courses/{id}/postponement: udskydelse, the bookings in the pause released. */
export function usePostpone(courseId: string) {
  const refresh = useRefresh(courseId);
  return useMutation({
    mutationFn: async (body: PostponementBody) =>
      unwrap(await api.POST('/api/v1/courses/{course_id}/postponement', { ...path(courseId), body })),
    onSuccess: refresh,
  });
}

/** POST /api/v1/courses/{id}/resumption: the course is active again; the citizen books anew. */
export function useResume(courseId: string) {
  const refresh = useRefresh(courseId);
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/courses/{course_id}/resumption', path(courseId))),
    onSuccess: refresh,
  });
}

/** POST /api/v1/courses/{id}/ending: afslutning for a reason; later bookings released. */
export function useEndCourse(courseId: string) {
  const refresh = useRefresh(courseId);
  return useMutation({
    mutationFn: async (body: EndingBody) =>
      unwrap(await api.POST('/api/v1/courses/{course_id}/ending', { ...path(courseId), body })),
    onSuccess: refresh,
  });
}

/** GET /api/v1/courses/{id}/final-status/preview: the letter to the GP as it would be sent. */
export function usePreviewFinalStatus(courseId: string) {
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.GET('/api/v1/courses/{course_id}/final-status/preview', path(courseId))).html,
  });
}

/** POST /api/v1/courses/{id}/final-status: the letter to the GP, kept with the case. */
export function useSendFinalStatus(courseId: string) {
  const refresh = useRefresh(courseId);
  return useMutation({
    mutationFn: async (body: FinalStatusBody) =>
      unwrap(await api.POST('/api/v1/courses/{course_id}/final-status', { ...path(courseId), body })),
    onSuccess: refresh,
  });
}

/** POST /api/v1/cases/{id}/ending-decision/preview: the ending decision's letter; nothing saved. */
export function usePreviewEndingDecision(caseId: string) {
  return useMutation({
    mutationFn: async (body: EndingDecisionBody) =>
      unwrap(
        await api.POST('/api/v1/cases/{case_id}/ending-decision/preview', {
          params: { path: { case_id: caseId } },
          body,
        }),
      ).html,
  });
}

/** POST /api/v1/cases/{id}/ending-decision: the decision to end a § 86 course, with its letter. */
export function useSendEndingDecision(courseId: string, caseId: string) {
  const refresh = useRefresh(courseId);
  return useMutation({
    mutationFn: async (body: EndingDecisionBody) =>
      unwrap(
        await api.POST('/api/v1/cases/{case_id}/ending-decision', { params: { path: { case_id: caseId } }, body }),
      ),
    onSuccess: refresh,
  });
}

/** GET /api/v1/courses/{id}/transport: the grant, the trips and the share within the target. */
export const transportQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: ['course-transport', courseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/courses/{course_id}/transport', { ...path(courseId), signal })),
  });

export const useTransport = (courseId: string) => useQuery(transportQueryOptions(courseId));

/** PUT /api/v1/courses/{id}/transport: free transport for the course. */
export function useGrantTransport(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TransportBody) =>
      unwrap(await api.PUT('/api/v1/courses/{course_id}/transport', { ...path(courseId), body })),
    onSuccess: (transport) => queryClient.setQueryData(transportQueryOptions(courseId).queryKey, transport),
  });
}

/** POST /api/v1/appointments/{id}/trip: a session's trip as driven. */
export function useAddTrip(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ appointmentId, body }: { appointmentId: string; body: TripBody }) =>
      unwrap(
        await api.POST('/api/v1/appointments/{appointment_id}/trip', {
          params: { path: { appointment_id: appointmentId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: transportQueryOptions(courseId).queryKey }),
  });
}

/**
 * GET /api/v1/sites/{id}/trip-list: the day's trips for the transport service. A plain link:
 * the browser's session cookie authenticates it, and the server answers it as a download.
 */
export function tripListUrl(siteId: string, on: string, format: 'csv' | 'pdf'): string {
  const query = new URLSearchParams({ on, format });
  return `/api/v1/sites/${encodeURIComponent(siteId)}/trip-list?${query.toString()}`;
}
