import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type {
  Course,
  CoursePlan,
  FrequencyExceptionCreate,
  GoalChange,
  GoalCreate,
  NoteCreate,
} from '../../../api/types';
import { courseQueryOptions } from './getCourse';

const path = (courseId: string) => ({ params: { path: { course_id: courseId } } });

/** Every write answers the whole course as it now stands: it replaces the cached one. */
function useCourseWrite<B>(courseId: string, send: (body: B) => Promise<Course>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (course) => queryClient.setQueryData(courseQueryOptions(courseId).queryKey, course),
  });
}

/** PUT /api/v1/courses/{id}/plan: the whole plan, replaced and dated. */
export const useSetPlan = (courseId: string) =>
  useCourseWrite(courseId, async (body: CoursePlan) =>
    unwrap(await api.PUT('/api/v1/courses/{course_id}/plan', { ...path(courseId), body })),
  );

/** POST /api/v1/courses/{id}/goals: a new goal, not started yet. */
export const useAddGoal = (courseId: string) =>
  useCourseWrite(courseId, async (body: GoalCreate) =>
    unwrap(await api.POST('/api/v1/courses/{course_id}/goals', { ...path(courseId), body })),
  );

/** PATCH /api/v1/courses/{id}/goals/{goal_id}: the goal's next version (a change that changes nothing is refused). */
export const useChangeGoal = (courseId: string) =>
  useCourseWrite(courseId, async ({ goalId, change }: { goalId: string; change: GoalChange }) =>
    unwrap(
      await api.PATCH('/api/v1/courses/{course_id}/goals/{goal_id}', {
        params: { path: { course_id: courseId, goal_id: goalId } },
        body: change,
      }),
    ),
  );

/** PUT /api/v1/courses/{id}/services: the FSIII training services, the whole list. */
export const useSetServices = (courseId: string) =>
  useCourseWrite(courseId, async (codes: string[]) =>
    unwrap(await api.PUT('/api/v1/courses/{course_id}/services', { ...path(courseId), body: { codes } })),
  );

/** POST /api/v1/courses/{id}/notes: a journal note, or a correction naming the note it corrects. */
export const useAddNote = (courseId: string) =>
  useCourseWrite(courseId, async (body: NoteCreate) =>
    unwrap(await api.POST('/api/v1/courses/{course_id}/notes', { ...path(courseId), body })),
  );

/** POST /api/v1/courses/{id}/frequency-exceptions: more sessions a week for a period, with a reason. */
export const useAddFrequencyException = (courseId: string) =>
  useCourseWrite(courseId, async (body: FrequencyExceptionCreate) =>
    unwrap(await api.POST('/api/v1/courses/{course_id}/frequency-exceptions', { ...path(courseId), body })),
  );
