import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { TrainingPlanChannel } from '../../../api/types';

const path = (courseId: string) => ({ params: { path: { course_id: courseId } } });

/** GET /api/v1/courses/{id}/training-plans: the citizen's plans sent, the newest first. */
export const trainingPlansQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: ['training-plans', courseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/courses/{course_id}/training-plans', { ...path(courseId), signal })),
  });

export const useTrainingPlans = (courseId: string) => useQuery(trainingPlansQueryOptions(courseId));

/** GET /api/v1/courses/{id}/training-plan/preview: the plan as it would be sent now (nothing kept). */
export function usePreviewTrainingPlan(courseId: string) {
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.GET('/api/v1/courses/{course_id}/training-plan/preview', path(courseId))),
  });
}

/** POST /api/v1/courses/{id}/training-plan: the plan kept with the case, and how it was sent. */
export function useSendTrainingPlan(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (channel: TrainingPlanChannel) =>
      unwrap(await api.POST('/api/v1/courses/{course_id}/training-plan', { ...path(courseId), body: { channel } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['training-plans', courseId] }),
  });
}
