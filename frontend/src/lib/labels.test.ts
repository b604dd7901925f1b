import { describe, expect, it } from 'vitest';
import { DEADLINE_KIND_LABELS, labelFor, LEGAL_BASIS_LABELS, STATUS_LABELS, workingDaysLabel } from './labels';

describe('labels', () => {
  it('names each deadline status in words', () => {
    expect(labelFor(STATUS_LABELS, 'overdue')).toBe('Overskredet');
    expect(labelFor(STATUS_LABELS, 'due_soon')).toBe('Forfalder snart');
    expect(labelFor(STATUS_LABELS, 'on_track')).toBe('I god tid');
  });

  it('shows an unknown code as it is rather than nothing', () => {
    expect(labelFor(LEGAL_BASIS_LABELS, 'AEL_2025')).toBe('AEL_2025');
    expect(labelFor(DEADLINE_KIND_LABELS, null)).toBe('');
  });

  it('names the legal bases', () => {
    expect(labelFor(LEGAL_BASIS_LABELS, 'SUL_140')).toBe('Genoptræning efter hospitalsophold (SUL § 140)');
  });
});

describe('workingDaysLabel', () => {
  it.each([
    [5, '5 hverdage'],
    [1, '1 hverdag'],
    [0, 'Fristen er i dag'],
    [-1, '1 hverdag over fristen'],
    [-3, '3 hverdage over fristen'],
  ])('%i → %s', (days, text) => {
    expect(workingDaysLabel(days)).toBe(text);
  });
});
