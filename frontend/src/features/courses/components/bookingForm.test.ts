import { describe, expect, it } from 'vitest';
import {
  addWeeks,
  emptyBooking,
  formatIsoWeek,
  missingFields,
  refusalMessage,
  seriesDates,
  toBooking,
} from './bookingForm';

const COURSE = '11111111-1111-4111-8111-111111111111';
const filled = emptyBooking({
  staff_id: 'staff-1',
  site_id: 'site-1',
  room_id: 'room-1',
  date: '2026-12-07',
  start: '09:00',
  end: '09:45',
});

describe('the booking form', () => {
  it('asks for the therapist, the room and the times before sending', () => {
    expect(missingFields(emptyBooking())).toEqual({
      staff_id: 'Vælg terapeuten.',
      site_id: 'Vælg træningscentret.',
      starts_at: 'Skriv datoen.',
      ends_at: 'Skriv sluttidspunktet som tt:mm.',
    });
    expect(missingFields(filled)).toEqual({});
  });

  it('asks a home helper for the supervising therapist, and a home visit for no room', () => {
    const helper = { ...filled, provider: 'home_helper' as const, kind: 'home' as const, site_id: '', room_id: '' };
    expect(missingFields(helper)).toEqual({
      home_helper_id: 'Vælg hjemmehjælperen.',
      supervisor_id: 'Vælg den terapeut, der superviserer.',
    });
  });

  it('takes 1 to 26 weeks', () => {
    expect(missingFields({ ...filled, weeks: '0' }).weeks).toBe('Skriv et antal uger fra 1 til 26.');
    expect(missingFields({ ...filled, weeks: '27' }).weeks).toBeDefined();
    expect(missingFields({ ...filled, weeks: '2.5' }).weeks).toBeDefined();
    expect(missingFields({ ...filled, weeks: '26' }).weeks).toBeUndefined();
  });

  it('repeats a series on the same weekday, across a month end and New Year', () => {
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
    expect(addWeeks('2028-02-22', 1)).toBe('2028-02-29'); // leap year
    expect(seriesDates('2026-12-14', 3)).toEqual(['2026-12-14', '2026-12-21', '2026-12-28']);
  });

  it('sends Copenhagen times with their offset, winter and summer', () => {
    const winter = toBooking(COURSE, filled, '2026-12-07');
    expect(winter).toMatchObject({
      course_id: COURSE,
      purpose: 'training',
      provider: 'therapist',
      staff_id: 'staff-1',
      home_helper_id: null,
      place: { kind: 'site', site_id: 'site-1', room_id: 'room-1' },
      starts_at: '2026-12-07T09:00:00+01:00',
      ends_at: '2026-12-07T09:45:00+01:00',
      outside_hours_reason: null,
    });
    expect(toBooking(COURSE, filled, '2027-04-05').starts_at).toBe('2027-04-05T09:00:00+02:00');
  });

  it('sends a visit at home without a site and a helper with the supervisor', () => {
    const body = toBooking(
      COURSE,
      { ...filled, provider: 'home_helper', home_helper_id: 'hh-1', supervisor_id: 'staff-2', kind: 'nearby', outside_hours_reason: ' Aftalt ' },
      '2026-12-07',
    );
    expect(body).toMatchObject({
      staff_id: null,
      home_helper_id: 'hh-1',
      supervisor_id: 'staff-2',
      place: { kind: 'nearby', site_id: null, room_id: null },
      outside_hours_reason: 'Aftalt',
    });
  });
});

describe('a refused booking', () => {
  it('names the booking it clashes with when the page knows its time', () => {
    const problem = {
      status: 409,
      detail: 'Medarbejderen har allerede en tid, der overlapper.',
      rule: 'staff_double_booked',
      clashing_appointment_id: 'a-1',
      errors: [{ field: 'starts_at', message: 'Medarbejderen har allerede en tid, der overlapper.' }],
    };
    expect(refusalMessage(problem, (id) => (id === 'a-1' ? '07.12.2026 kl. 09.00–09.45' : null))).toBe(
      'Medarbejderen har allerede en tid, der overlapper. Den optagne tid: 07.12.2026 kl. 09.00–09.45.',
    );
    expect(refusalMessage(problem, () => null)).toBe(
      'Medarbejderen har allerede en tid, der overlapper. (den optagne tid findes i en anden kalender).',
    );
  });

  it('names the week limit and the ISO week of a frequency breach', () => {
    const problem = { status: 422, detail: 'For mange.', rule: 'frequency_limit', limit: 2, iso_week: '2026-W53' };
    expect(refusalMessage(problem)).toBe('For mange. Grænse: 2 om ugen i uge 53, 2026.');
    expect(formatIsoWeek('2027-W01')).toBe('uge 1, 2027');
    // The server's own wording of the week is shown as it is.
    expect(refusalMessage({ ...problem, iso_week: 'uge 48 2026', limit: 3 })).toBe('For mange. Grænse: 3 om ugen i uge 48 2026.');
  });
});
