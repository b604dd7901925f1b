import { describe, expect, it } from 'vitest';
import { emptyFreeChoice, toFreeChoiceBody, validateFreeChoice } from './freeChoiceForm';

const bounds = { today: '2026-11-24', receivedOn: '2026-11-16' };

describe('free choice form', () => {
  it('needs a start offered or free choice offered, and sends the choice only with free choice', () => {
    const v = { ...emptyFreeChoice('2026-11-24'), free_choice_offered: 'no' as const };
    expect(validateFreeChoice(v, bounds).first_start_offered).toMatch(/tilbudte start/);
    expect(toFreeChoiceBody({ ...v, first_start_offered: '2026-11-26', citizen_choice: 'private' })).toEqual({
      offered_on: '2026-11-24',
      first_start_offered: '2026-11-26',
      free_choice_offered: false,
      citizen_choice: null,
    });
    expect(toFreeChoiceBody({ ...v, free_choice_offered: 'yes', citizen_choice: 'private' }).citizen_choice).toBe('private');
    expect(validateFreeChoice({ ...v, first_start_offered: '2026-11-20' }, bounds).first_start_offered).toMatch(/før/);
  });
});
