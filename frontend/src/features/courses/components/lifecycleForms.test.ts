import { describe, expect, it } from 'vitest';
import {
  decisionMissing,
  endingMissing,
  formatShare,
  pauseMissing,
  toDecision,
  toEnding,
  toTrip,
  transportMissing,
  tripMissing,
  type TripValues,
} from './lifecycleForms';

const TRIP: TripValues = {
  appointment_id: 'a1',
  agreed_pickup: '2026-11-24T16:55',
  actual_pickup: '2026-11-24T17:05',
  arrival: '2026-11-24T17:55',
  session_end: '2026-11-24T18:45',
  departure: '2026-11-24T18:50',
  drop_off: '2026-11-24T19:46',
};

describe('the pause form', () => {
  it('needs a reason and a resumption after the first day', () => {
    expect(pauseMissing({ reason: ' ', starts_on: '2026-11-28', expected_resume_on: '2026-11-28' })).toEqual({
      reason: 'Skriv årsagen til udskydelsen.',
      expected_resume_on: 'Genoptagelsen skal ligge efter pausens første dag.',
    });
    expect(pauseMissing({ reason: 'Ingen energi', starts_on: '2026-11-28', expected_resume_on: '2026-12-07' })).toEqual({});
  });
});

describe('the ending form', () => {
  it('needs a reason, and a note for another reason', () => {
    const empty = { reason: '', note: '', ended_on: '', follow_up_on: '', self_training_material: '', home_care_involved: false };
    expect(Object.keys(endingMissing(empty))).toEqual(['reason', 'ended_on']);
    expect(Object.keys(endingMissing({ ...empty, reason: 'other', ended_on: '2026-11-23' }))).toEqual(['note']);
  });

  it('sends empty optional fields as null', () => {
    expect(
      toEnding({
        reason: 'no_further_progress',
        note: ' ',
        ended_on: '2026-11-23',
        follow_up_on: '',
        self_training_material: 'Øvelser for knæ',
        home_care_involved: true,
      }),
    ).toEqual({
      reason: 'no_further_progress',
      note: null,
      ended_on: '2026-11-23',
      follow_up_on: null,
      self_training_material: 'Øvelser for knæ',
      home_care_involved: true,
    });
  });
});

describe('the ending decision form', () => {
  it('needs the reasons and a receipt not before the sending', () => {
    const missing = decisionMissing({ sent_on: '2026-11-27', channel: 'letter', received_on: '2026-11-26', reasons: '' });
    expect(Object.keys(missing)).toEqual(['reasons', 'received_on']);
  });

  it('sends the day of receipt only with a letter', () => {
    const values = { sent_on: '2026-11-27', channel: 'digital_post', received_on: '2026-11-28', reasons: ' Ingen fremgang ' };
    expect(toDecision(values)).toEqual({ sent_on: '2026-11-27', channel: 'digital_post', received_on: null, reasons: 'Ingen fremgang' });
    expect(toDecision({ ...values, channel: 'letter' }).received_on).toBe('2026-11-28');
  });
});

describe('the transport and trip forms', () => {
  it('needs a reason and both addresses', () => {
    expect(Object.keys(transportMissing({ reason: '', from_address: '', to_address: 'Centret', needs: [] }))).toEqual([
      'reason',
      'from_address',
    ]);
  });

  it('takes the times in order, as Copenhagen times', () => {
    expect(tripMissing(TRIP)).toEqual({});
    expect(tripMissing({ ...TRIP, departure: '2026-11-24T18:40' })).toEqual({
      departure: 'Afgang fra træningsstedet kan ikke ligge før træningen sluttede.',
    });
    expect(toTrip(TRIP).agreed_pickup).toBe('2026-11-24T16:55:00+01:00');
  });

  it('writes the share within the hour as per cent', () => {
    expect(formatShare(0.5)).toBe('50 %');
    expect(formatShare(null)).toBe('–');
  });
});
