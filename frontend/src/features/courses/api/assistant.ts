import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { ProposalsRequest, SeriesRequest } from '../../../api/types';
import { courseQueryOptions } from './getCourse';

const course = (courseId: string) => ({ params: { path: { course_id: courseId } } });

/**
 * POST /api/v1/courses/{id}/proposals: the booking assistant's next free individual times
 * (one a day) and the site's teams with a free seat. Nothing is booked; a mutation because it
 * is asked for on demand with the form's values.
 */
export function useProposals(courseId: string) {
  return useMutation({
    mutationFn: async (body: ProposalsRequest) =>
      unwrap(await api.POST('/api/v1/courses/{course_id}/proposals', { ...course(courseId), body })),
  });
}

/**
 * POST /api/v1/courses/{id}/series: a weekly series from a proposal, every date with its
 * refusal. Without `commit` a dry run; with it the accepted dates are booked in one transaction
 * (409 when a date was taken since the dry run: nothing booked). The course is fetched again.
 */
export function useSeries(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SeriesRequest) =>
      unwrap(await api.POST('/api/v1/courses/{course_id}/series', { ...course(courseId), body })),
    onSuccess: (answer) => {
      if (!answer.committed) return;
      void queryClient.invalidateQueries({ queryKey: courseQueryOptions(courseId).queryKey });
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
      if (answer.training_plan) void queryClient.invalidateQueries({ queryKey: ['training-plans', courseId] });
    },
  });
}
