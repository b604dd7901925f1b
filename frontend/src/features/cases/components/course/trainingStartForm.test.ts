import { describe, expect, it } from 'vitest';
import { emptyTrainingStart, toTrainingStartBody, validateTrainingStart } from './trainingStartForm';

const bounds = { today: '2026-11-24', receivedOn: '2026-11-16' };

describe('training start form', () => {
  it('asks about the active course only when there is one', () => {
    const v = { ...emptyTrainingStart('2026-11-24'), form: 'individual_at_centre', disciplines: ['occupational_therapy'] };
    expect(validateTrainingStart(v, bounds, false)).toEqual({});
    expect(validateTrainingStart(v, bounds, true).active_course).toBeDefined();
    expect(toTrainingStartBody(v, false)).toEqual({
      started_on: '2026-11-24',
      form: 'individual_at_centre',
      disciplines: ['occupational_therapy'],
      transport_needed: false,
      active_course: null,
    });
    expect(toTrainingStartBody({ ...v, active_course: 'continue' }, true).active_course).toBe('continue');
  });
});
