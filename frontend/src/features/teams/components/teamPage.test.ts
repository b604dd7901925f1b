import { describe, expect, it } from 'vitest';
import { freeSeats, moveBody, nextInLine, offerState } from './teamPage';

describe('the team page', () => {
  it('counts a seat offered as not free', () => {
    const waiting = [{ offered_at: '2026-12-01T09:00:00Z' }, { offered_at: null }];
    expect(freeSeats({ capacity: 4, seats_taken: 2, waiting_list: waiting })).toBe(1);
    expect(freeSeats({ capacity: 2, seats_taken: 2, waiting_list: waiting })).toBe(0);
  });

  it('names the next in line and the state of an offer', () => {
    const waiting = [
      { name: 'A', offered_at: '2026-12-01T09:00:00Z' },
      { name: 'B', offered_at: null },
    ];
    expect(nextInLine(waiting)?.name).toBe('B');
    expect(offerState(waiting[0]!)).toBe('Plads tilbudt 01.12.2026 kl. 10.00');
    expect(offerState(waiting[1]!)).toBe('Venter');
  });

  it('gives a move in Copenhagen time, summer time included', () => {
    expect(moveBody('2027-03-30', '10:00', '11:00')).toEqual({
      ok: true,
      body: { starts_at: '2027-03-30T10:00:00+02:00', ends_at: '2027-03-30T11:00:00+02:00' },
    });
    expect(moveBody('2026-12-08', '11:00', '10:00')).toEqual({
      ok: false,
      errors: { end: 'Sluttidspunktet skal ligge efter starten.' },
    });
    expect(moveBody('', '9', '10:00')).toMatchObject({ ok: false, errors: { day: 'Vælg en dato.' } });
  });
});
