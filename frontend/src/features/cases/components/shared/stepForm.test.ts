import { describe, expect, it } from 'vitest';
import { checkDate } from './stepForm';

const bounds = { today: '2026-11-24', receivedOn: '2026-11-16' };

describe('checkDate', () => {
  it('keeps a step between the receipt and today', () => {
    expect(checkDate('', bounds, 'Mangler.')).toBe('Mangler.');
    expect(checkDate('2026-11-25', bounds, '')).toBe('Datoen ligger i fremtiden.');
    expect(checkDate('2026-11-15', bounds, '')).toBe('Datoen ligger før sagen blev modtaget.');
    expect(checkDate('24.11.2026', bounds, '')).toBe('Datoen er ikke gyldig.');
    expect(checkDate('2026-11-16', bounds, '')).toBeUndefined();
  });
});
