import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { Booking } from '../../../api/types';
import { courseQueryOptions } from './getCourse';

/**
 * POST /api/v1/appointments: one individual appointment. Refused with ApiError 409 (a clash:
 * `problem.clashing_appointment_id`) or 422 (a rule: `problem.rule`; the frequency limit also
 * names `limit` and `iso_week`). The course is fetched again by the caller when it is done.
 */
export async function book(body: Booking) {
  return unwrap(await api.POST('/api/v1/appointments', { body }));
}

/** POST /api/v1/appointments/{id}/cancel (afbud) or /attended; the course is fetched again. */
export function useAppointmentStep(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ appointmentId, step }: { appointmentId: string; step: 'cancel' | 'attended' }) => {
      const params = { params: { path: { appointment_id: appointmentId } } };
      return step === 'cancel'
        ? unwrap(await api.POST('/api/v1/appointments/{appointment_id}/cancel', params))
        : unwrap(await api.POST('/api/v1/appointments/{appointment_id}/attended', params));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: courseQueryOptions(courseId).queryKey }),
  });
}
