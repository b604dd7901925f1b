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

/** Who cancelled and why: a course's afbud is registered as attendance and counted as they say. */
export interface Afbud {
  reason: 'illness' | 'other';
  by: 'citizen' | 'centre';
}

/**
 * POST /api/v1/appointments/{id}/cancel (afbud, with its reason and reporter) or /attended: both are
 * registered as attendance events; the course and its attendance are fetched again.
 */
export function useAppointmentStep(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ appointmentId, step, afbud }: { appointmentId: string; step: 'cancel' | 'attended'; afbud?: Afbud }) => {
      const path = { path: { appointment_id: appointmentId } };
      return step === 'cancel'
        ? unwrap(await api.POST('/api/v1/appointments/{appointment_id}/cancel', { params: path, body: afbud ?? null }))
        : unwrap(await api.POST('/api/v1/appointments/{appointment_id}/attended', { params: path }));
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: courseQueryOptions(courseId).queryKey });
      await queryClient.invalidateQueries({ queryKey: ['attendance'] });
    },
  });
}
