import { describe, expect, it } from 'vitest';
import {
  copenhagenLocalToIso,
  copenhagenNowLocal,
  formatDate,
  formatDateLong,
  formatDateTime,
  toCopenhagenIso,
} from './dates';

describe('copenhagenLocalToIso', () => {
  it('uses +01:00 in winter', () => {
    expect(copenhagenLocalToIso('2026-01-15T09:30')).toBe('2026-01-15T09:30:00+01:00');
  });

  it('uses +02:00 in summer', () => {
    expect(copenhagenLocalToIso('2026-07-01T14:05')).toBe('2026-07-01T14:05:00+02:00');
  });

  it('switches on the last Sunday of March at 02:00', () => {
    expect(copenhagenLocalToIso('2026-03-29T01:59')).toBe('2026-03-29T01:59:00+01:00');
    expect(copenhagenLocalToIso('2026-03-29T03:00')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('moves a time in the spring gap forward by the hour that does not exist', () => {
    // 02:30 does not happen on 29 March 2026; read with the winter offset it is 03:30 summer time.
    expect(copenhagenLocalToIso('2026-03-29T02:30')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('takes the earlier of the two 02:30s on the last Sunday of October', () => {
    expect(copenhagenLocalToIso('2026-10-25T02:30')).toBe('2026-10-25T02:30:00+02:00');
    expect(copenhagenLocalToIso('2026-10-25T03:30')).toBe('2026-10-25T03:30:00+01:00');
  });

  it('keeps the date at midnight and across the new year', () => {
    expect(copenhagenLocalToIso('2026-12-31T23:59')).toBe('2026-12-31T23:59:00+01:00');
    expect(copenhagenLocalToIso('2027-01-01T00:00')).toBe('2027-01-01T00:00:00+01:00');
  });

  it('accepts seconds', () => {
    expect(copenhagenLocalToIso('2026-06-05T08:00:15')).toBe('2026-06-05T08:00:15+02:00');
  });

  it('rejects what is not a time', () => {
    expect(copenhagenLocalToIso('')).toBeNull();
    expect(copenhagenLocalToIso('2026-02-31T10:00')).toBeNull();
    expect(copenhagenLocalToIso('2026-13-01T10:00')).toBeNull();
    expect(copenhagenLocalToIso('24.11.2026 10:00')).toBeNull();
  });
});

describe('toCopenhagenIso and copenhagenNowLocal', () => {
  it('write an instant in Copenhagen time', () => {
    const instant = Date.UTC(2026, 10, 24, 13, 30); // 14:30 in Copenhagen (winter)
    expect(toCopenhagenIso(instant)).toBe('2026-11-24T14:30:00+01:00');
    expect(copenhagenNowLocal(instant)).toBe('2026-11-24T14:30');
  });

  it('gives the Copenhagen date just after midnight even though UTC is still the day before', () => {
    const instant = Date.UTC(2026, 5, 30, 22, 30); // 00:30 on 1 July in Copenhagen
    expect(copenhagenNowLocal(instant)).toBe('2026-07-01T00:30');
  });
});

describe('formatting', () => {
  it('writes dates the Danish way', () => {
    expect(formatDate('2026-11-24')).toBe('24.11.2026');
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('writes long dates with the weekday', () => {
    expect(formatDateLong('2026-11-24')).toBe('tirsdag 24. november 2026');
    expect(formatDateLong('2026-06-05')).toBe('fredag 5. juni 2026');
  });

  it('writes a moment in Copenhagen time whatever its offset', () => {
    expect(formatDateTime('2026-11-24T13:30:00Z')).toBe('24.11.2026 kl. 14.30');
    expect(formatDateTime('2026-07-01T08:00:00+02:00')).toBe('01.07.2026 kl. 08.00');
  });
});
