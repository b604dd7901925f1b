import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

/**
 * GET /api/v1/courses/{id}/bookable-staff: the therapists, and for vedligeholdende training
 * (`maintenance`) the training assistants of the course's site.
 */
export const bookableStaffQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: ['courses', courseId, 'bookable-staff'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/courses/{course_id}/bookable-staff', { params: { path: { course_id: courseId } }, signal }),
      ),
  });

export const useBookableStaff = (courseId: string) => useQuery(bookableStaffQueryOptions(courseId));
