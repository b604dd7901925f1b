import { describe, expect, it } from 'vitest';
import { cleanFilters, readFilters, reportFile, validateFilters, writeFilters } from './accessLogForm';

const CITIZEN = '3F2A0000-0000-4000-8000-000000000001';

describe('access log filters', () => {
  it('go to and from the address with Danish names', () => {
    const params = writeFilters({ citizen_id: 'c1', user_id: 'u1', from: '2026-11-01', to: '2026-11-30' });
    expect(params.toString()).toBe('borger=c1&bruger=u1&fra=2026-11-01&til=2026-11-30');
    expect(readFilters(params)).toEqual({ citizen_id: 'c1', user_id: 'u1', from: '2026-11-01', to: '2026-11-30' });
    expect(readFilters(new URLSearchParams('borger=&fra=2026-11-01'))).toEqual({ from: '2026-11-01' });
  });

  it('are cleaned: trimmed, ids in lower case, empty ones left out', () => {
    expect(cleanFilters({ citizen_id: ` ${CITIZEN} `, user_id: ' ', from: '', to: '2026-11-30' })).toEqual({
      citizen_id: CITIZEN.toLowerCase(),
      to: '2026-11-30',
    });
  });

  it('refuse a CPR number as citizen id, and a period that ends before it starts', () => {
    expect(validateFilters({ citizen_id: '0101701234' }).citizen_id).toMatch(/ikke et CPR-nummer/);
    expect(validateFilters({ from: '2026-11-30', to: '2026-11-01' }).to).toBeDefined();
    expect(validateFilters({ citizen_id: CITIZEN, from: '2026-11-01', to: '2026-11-01' })).toEqual({});
  });
});

describe('citizen report file', () => {
  it('is the report as JSON, named by the citizen', () => {
    const file = reportFile({
      citizen_id: 'c1',
      entries: [{ at: '2026-11-20T09:00:00+01:00', use: 'read', operation: 'cases.get', organisation: 'Træningscenter' }],
    });
    expect(file.name).toBe('indsigt-adgangslog-c1.json');
    expect(JSON.parse(file.text)).toEqual({
      citizen_id: 'c1',
      entries: [{ at: '2026-11-20T09:00:00+01:00', use: 'read', operation: 'cases.get', organisation: 'Træningscenter' }],
    });
  });
});
