import { describe, expect, it } from 'vitest';
import { factItems, factValue } from './facts';

describe('facts', () => {
  it('reads each fact in Danish', () => {
    expect(factItems({ loss_without_hospital_contact: true, last_course_ended: '2026-03-31', months: 5, x: null })).toEqual([
      { key: 'loss_without_hospital_contact', label: 'Funktionstab uden hospitalskontakt', value: 'Ja' },
      { key: 'last_course_ended', label: 'Sidste kommunale genoptræningsforløb sluttede', value: 'tirsdag 31. marts 2026' },
      { key: 'months', label: 'Karens i måneder', value: '5' },
      { key: 'x', label: 'x', value: 'Ingen' },
    ]);
    expect(factValue(false)).toBe('Nej');
    // In the order the questions are asked, whatever order the server stored them in.
    expect(factItems({ cannot_regain_by_own_effort: false, loss_without_hospital_contact: true }).map((f) => f.key)).toEqual([
      'loss_without_hospital_contact',
      'cannot_regain_by_own_effort',
    ]);
  });
});
