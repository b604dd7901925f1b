import { describe, expect, it } from 'vitest';
import { legalBasisLabel } from '../api/legalBases';
import { DEADLINE_KIND_LABELS, labelFor, STATUS_LABELS, workingDaysLabel } from './labels';

describe('labels', () => {
  it('names each deadline status in words', () => {
    expect(labelFor(STATUS_LABELS, 'overdue')).toBe('Overskredet');
    expect(labelFor(STATUS_LABELS, 'due_soon')).toBe('Forfalder snart');
    expect(labelFor(STATUS_LABELS, 'on_track')).toBe('I god tid');
  });

  it('shows an unknown code as it is rather than nothing', () => {
    expect(labelFor(DEADLINE_KIND_LABELS, 'new_kind')).toBe('new_kind');
    expect(labelFor(DEADLINE_KIND_LABELS, null)).toBe('');
  });

  it('names a legal basis by its service and short name, as the server gives them', () => {
    expect(legalBasisLabel({ short_name: 'SUL § 140', service: 'Genoptræning efter hospitalsophold' })).toBe(
      'Genoptræning efter hospitalsophold (SUL § 140)',
    );
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
