import { describe, expect, it } from 'vitest';
import { toEventBody } from './simpleStepForm';

describe('simple step form', () => {
  it('maps its values to a body', () => {
    expect(toEventBody('withdraw', { occurred_on: '2026-11-24', note: '' })).toEqual({
      event: 'withdraw',
      occurred_on: '2026-11-24',
      note: null,
    });
  });
});
