import { describe, expect, it } from 'vitest';
import { cprShapeError, normaliseCpr } from './cpr';

describe('cpr', () => {
  it('accepts DDMMYY-SSSS and ten digits, with stray spaces', () => {
    expect(cprShapeError('010170-1234')).toBeNull();
    expect(cprShapeError('0101701234')).toBeNull();
    expect(cprShapeError(' 010170 1234 ')).toBeNull();
  });

  it('rejects other shapes', () => {
    expect(cprShapeError('')).toMatch(/Skriv/);
    expect(cprShapeError('12345')).toMatch(/DDMMÅÅ-SSSS/);
    expect(cprShapeError('010170-12345')).toMatch(/DDMMÅÅ-SSSS/);
    expect(cprShapeError('01017a-1234')).toMatch(/DDMMÅÅ-SSSS/);
  });

  it('does not check modulus 11', () => {
    expect(cprShapeError('010170-1235')).toBeNull();
  });

  it('writes the number with a hyphen', () => {
    expect(normaliseCpr('0101701234')).toBe('010170-1234');
    expect(normaliseCpr('010170-1234')).toBe('010170-1234');
  });
});
