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
      early_start_reason: null,
      therapist_ids: [],
    });
    expect(toTrainingStartBody({ ...v, therapist_ids: ['t-1', 't-2'] }, false).therapist_ids).toEqual(['t-1', 't-2']);
    expect(toTrainingStartBody({ ...v, active_course: 'continue' }, true).active_course).toBe('continue');
  });

  it('asks for a reason when training starts before the hospital’s later start date', () => {
    const v = { ...emptyTrainingStart('2026-11-24'), form: 'team_training', disciplines: ['physiotherapy'] };
    expect(validateTrainingStart(v, bounds, false, '2026-12-24').early_start_reason).toBeDefined();
    expect(validateTrainingStart(v, bounds, false, '2026-11-24')).toEqual({});
    const reasoned = { ...v, early_start_reason: ' Sygehuset har godkendt det. ' };
    expect(validateTrainingStart(reasoned, bounds, false, '2026-12-24')).toEqual({});
    expect(toTrainingStartBody(reasoned, false).early_start_reason).toBe('Sygehuset har godkendt det.');
  });
});
