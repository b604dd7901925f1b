// The team page's rules of display: free seats, the state of each place on the waiting list,
// and a moved occurrence's times as the API takes them. The server decides; these only show.
import { copenhagenLocalToIso, formatDateTime } from '../../../lib/dates';

interface SeatCounts {
  capacity: number;
  seats_taken: number;
  waiting_list: readonly { offered_at?: string | null }[];
}

/** Seats nobody has and nobody is offered: what the team leader can offer to the waiting list. */
export function freeSeats(team: SeatCounts): number {
  const offered = team.waiting_list.filter((w) => w.offered_at).length;
  return Math.max(0, team.capacity - team.seats_taken - offered);
}

/** The first waiting without an offer: who the next offer goes to. */
export function nextInLine<T extends { offered_at?: string | null }>(waiting: readonly T[]): T | undefined {
  return waiting.find((w) => !w.offered_at);
}

/** "Plads tilbudt 01.12.2026 kl. 10.00" or "Venter". */
export function offerState(entry: { offered_at?: string | null }): string {
  return entry.offered_at ? `Plads tilbudt ${formatDateTime(entry.offered_at)}` : 'Venter';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A move's body from a date and two clock times (Copenhagen), or the field that is wrong. */
export function moveBody(
  day: string,
  start: string,
  end: string,
): { ok: true; body: { starts_at: string; ends_at: string } } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!DAY.test(day)) errors.day = 'Vælg en dato.';
  if (!CLOCK.test(start)) errors.start = 'Skriv et starttidspunkt som tt:mm.';
  if (!CLOCK.test(end)) errors.end = 'Skriv et sluttidspunkt som tt:mm.';
  else if (CLOCK.test(start) && end <= start) errors.end = 'Sluttidspunktet skal ligge efter starten.';
  const startsAt = errors.day || errors.start ? null : copenhagenLocalToIso(`${day}T${start}`);
  const endsAt = errors.day || errors.end ? null : copenhagenLocalToIso(`${day}T${end}`);
  if (Object.keys(errors).length > 0 || !startsAt || !endsAt) return { ok: false, errors };
  return { ok: true, body: { starts_at: startsAt, ends_at: endsAt } };
}
