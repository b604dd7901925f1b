import { describe, expect, it } from 'vitest';
import { auditSearchOf } from './components/CitizenFinder';
import { criterionLabel, operationLabel } from './labels';

describe('the access log in words', () => {
  it('names operations and criteria in Danish, never the API names', () => {
    expect(operationLabel('cases-correct_event')).toBe('Fortryd sagsskridt');
    expect(operationLabel('something-new')).toBe('Anden handling');
    expect(criterionLabel('cpr')).toBe('CPR-nummer');
    expect(criterionLabel('name:jens')).toBe('Navn: jens');
    expect(criterionLabel('citizen=* user=* from=None to=None')).toBe('alle borgere, alle medarbejdere');
    expect(criterionLabel('citizen=3f2a user=* from=2026-11-01 to=None')).toBe(
      'én borger, alle medarbejdere, periode 01.11.2026–…',
    );
    expect(criterionLabel(null)).toBe('–');
  });

  it('tells a CPR number from a name', () => {
    expect(auditSearchOf('010170-1234')).toEqual({ cpr: '010170-1234' });
    expect(auditSearchOf(' 0101701234 ')).toEqual({ cpr: '0101701234' });
    expect(auditSearchOf('Jens')).toEqual({ name: 'Jens' });
    expect(auditSearchOf('0101')).toBeNull();
    expect(auditSearchOf('J')).toBeNull();
  });
});
