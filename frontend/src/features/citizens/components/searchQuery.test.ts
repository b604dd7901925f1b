import { describe, expect, it } from 'vitest';
import { classifySearch } from './searchQuery';

describe('classifySearch', () => {
  it('reads ten digits, with or without the hyphen, as a CPR number', () => {
    expect(classifySearch(' 0101701234 ')).toEqual({ kind: 'cpr', body: { cpr: '010170-1234' } });
    expect(classifySearch('010170-1234')).toEqual({ kind: 'cpr', body: { cpr: '010170-1234' } });
  });

  it('reads eight digits or more as a phone number, spaces and + kept apart', () => {
    expect(classifySearch('12 34 56 78')).toEqual({ kind: 'phone', body: { phone: '12345678' } });
    expect(classifySearch('+45 22 33 44 55')).toEqual({ kind: 'phone', body: { phone: '+4522334455' } });
  });

  it('reads anything else as a name, and asks for something when empty', () => {
    expect(classifySearch('Anna Jensen')).toEqual({ kind: 'name', body: { name: 'Anna Jensen' } });
    expect(classifySearch('1234')).toEqual({ kind: 'name', body: { name: '1234' } });
    expect(classifySearch('   ')).toHaveProperty('error');
  });
});
