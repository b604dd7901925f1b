// The booking form's values, what is sent for each date of a series, and how a refusal reads.
// The rules themselves (clashes, frequency, working hours) are the server's: its problems are shown.

import type { Problem } from '../../../api/problem';
import type { Booking } from '../../../api/types';
import { copenhagenLocalToIso, formatDate } from '../../../lib/dates';

export interface BookingValues {
  purpose: 'training' | 'follow_up';
  /** A training assistant or a home helper for vedligeholdende training only, supervised. */
  provider: 'therapist' | 'training_assistant' | 'home_helper';
  staff_id: string;
  home_helper_id: string;
  supervisor_id: string;
  discipline: string;
  /** Where: at a site (with a room), the citizen's home, or nearby. */
  kind: 'site' | 'home' | 'nearby';
  site_id: string;
  room_id: string;
  /** The first date, YYYY-MM-DD. */
  date: string;
  /** HH:MM, Copenhagen time. */
  start: string;
  end: string;
  /** How many weeks in a row, the same weekday and time: 1 for a single appointment. */
  weeks: string;
  outside_hours_reason: string;
}

export const MAX_WEEKS = 26;

/** The fields the server may name, in the form's order (the error summary follows it). */
export const BOOKING_FIELDS = [
  'purpose',
  'provider',
  'staff_id',
  'home_helper_id',
  'supervisor_id',
  'discipline',
  'kind',
  'site_id',
  'room_id',
  'starts_at',
  'ends_at',
  'weeks',
  'outside_hours_reason',
] as const;

export function emptyBooking(defaults: Partial<BookingValues> = {}): BookingValues {
  return {
    purpose: 'training',
    provider: 'therapist',
    staff_id: '',
    home_helper_id: '',
    supervisor_id: '',
    discipline: '',
    kind: 'site',
    site_id: '',
    room_id: '',
    date: '',
    start: '',
    end: '',
    weeks: '1',
    outside_hours_reason: '',
    ...defaults,
  };
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What must be filled in before anything is sent; the server checks everything else. */
export function missingFields(v: BookingValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.provider === 'therapist' && !v.staff_id) errors.staff_id = 'Vælg terapeuten.';
  if (v.provider === 'training_assistant' && !v.staff_id) errors.staff_id = 'Vælg terapeutassistenten.';
  if (v.provider === 'home_helper' && !v.home_helper_id) errors.home_helper_id = 'Vælg hjemmehjælperen.';
  if (v.provider !== 'therapist' && !v.supervisor_id) errors.supervisor_id = 'Vælg den terapeut, der superviserer.';
  if (v.kind === 'site') {
    if (!v.site_id) errors.site_id = 'Vælg træningscentret.';
    else if (!v.room_id) errors.room_id = 'Vælg et lokale.';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) errors.starts_at = 'Skriv datoen.';
  else if (!TIME_RE.test(v.start)) errors.starts_at = 'Skriv starttidspunktet som tt:mm.';
  if (!TIME_RE.test(v.end)) errors.ends_at = 'Skriv sluttidspunktet som tt:mm.';
  const weeks = Number(v.weeks);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    errors.weeks = `Skriv et antal uger fra 1 til ${MAX_WEEKS}.`;
  }
  return errors;
}

/** The date `weeks` weeks after `date` (YYYY-MM-DD), by the calendar. */
export function addWeeks(date: string, weeks: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 7 * weeks)).toISOString().slice(0, 10);
}

/** The series' dates: the first date and the same weekday in each following week. */
export function seriesDates(first: string, weeks: number): string[] {
  return Array.from({ length: weeks }, (_, i) => addWeeks(first, i));
}

/** The body to send for one date of the series. */
export function toBooking(courseId: string, v: BookingValues, date: string): Booking {
  const helper = v.provider === 'home_helper';
  const supervised = v.provider !== 'therapist';
  return {
    course_id: courseId,
    purpose: v.purpose,
    provider: v.provider,
    staff_id: helper ? null : v.staff_id,
    home_helper_id: helper ? v.home_helper_id : null,
    supervisor_id: supervised ? v.supervisor_id : null,
    discipline: (v.discipline || null) as Booking['discipline'],
    place:
      v.kind === 'site'
        ? { kind: 'site', site_id: v.site_id, room_id: v.room_id }
        : { kind: v.kind, site_id: null, room_id: null },
    starts_at: copenhagenLocalToIso(`${date}T${v.start}`) ?? '',
    ends_at: copenhagenLocalToIso(`${date}T${v.end}`) ?? '',
    outside_hours_reason: v.outside_hours_reason.trim() || null,
  };
}

/** "2026-W49" → "uge 49, 2026"; the server's own wording ("uge 49 2026") as it is. */
export function formatIsoWeek(isoWeek: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  return m ? `uge ${Number(m[2])}, ${m[1]}` : isoWeek;
}

/**
 * A refused booking in Danish: the server's message, and what it names beside it: the booking it
 * clashes with (its time when the page knows it) or the week's limit and the ISO week.
 */
export function refusalMessage(problem: Problem, knownBookingTime?: (id: string) => string | null): string {
  const base = problem.errors?.[0]?.message ?? problem.detail ?? problem.title ?? 'Tiden blev ikke booket.';
  if (problem.clashing_appointment_id) {
    const when = knownBookingTime?.(problem.clashing_appointment_id);
    return when ? `${base} Den optagne tid: ${when}.` : `${base} (den optagne tid findes i en anden kalender).`;
  }
  if (problem.rule === 'frequency_limit' && problem.limit !== undefined && problem.iso_week) {
    return `${base} Grænse: ${problem.limit} om ugen i ${formatIsoWeek(problem.iso_week)}.`;
  }
  return base;
}

export interface SeriesResult {
  date: string;
  booked: boolean;
  message?: string;
}

/** A line of the series' answer: "08.12.2026: <why>" for a refused date. */
export function describeResult(result: SeriesResult): string {
  return result.booked ? `${formatDate(result.date)}: booket` : `${formatDate(result.date)}: ${result.message ?? ''}`;
}
