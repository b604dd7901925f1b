import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/** GET /api/v1/courses/{id}: the plan, goals with their history, content, journal, exceptions, appointments. */
export const courseQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: ['courses', courseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/courses/{course_id}', { params: { path: { course_id: courseId } }, signal })),
  });

export const useCourse = (courseId: string) => useQuery(courseQueryOptions(courseId));
