import { api } from '../../../api/client';
import { ApiError, normaliseField, unwrap } from '../../../api/problem';
import { useCaseStep } from './caseStep';
import type { TrainingStartBody } from './types';

/**
 * POST /api/v1/cases/{case_id}/training-start: § 140 training started. A citizen with an active
 * course needs `active_course` (continue or end): the 409 then names that field.
 */
export function useStartTraining(caseId: string) {
  return useCaseStep(caseId, async (body: TrainingStartBody) =>
    unwrap(await api.POST('/api/v1/cases/{case_id}/training-start', { params: { path: { case_id: caseId } }, body })),
  );
}

/** The server's answer that the citizen has an active course, so the form must ask about it. */
export function asksActiveCourse(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.problem.errors ?? []).some((e) => normaliseField(e.field) === 'active_course')
  );
}
