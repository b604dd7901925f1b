// Dates for Danish screens. Calendar dates ("YYYY-MM-DD") are handled as plain dates, never
// through the browser's own time zone; moments are shown and entered in Copenhagen time.

export const TIME_ZONE = 'Europe/Copenhagen';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2026-11-24" → "24.11.2026". Anything else is returned as it is. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const m = DATE_RE.exec(isoDate.slice(0, 10));
  if (!m) return isoDate;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

const longDate = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-24" → "tirsdag 24. november 2026". */
export function formatDateLong(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const m = DATE_RE.exec(isoDate.slice(0, 10));
  if (!m) return isoDate;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Intl writes "tirsdag den 24. november 2026" in some ICU versions; keep it short.
  return longDate.format(d).replace(' den ', ' ');
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Copenhagen wall-clock time at an instant. */
function wallTimeAt(epochMs: number): WallTime {
  const get = (type: string) =>
    Number(partsFormat.formatToParts(new Date(epochMs)).find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Copenhagen's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallAsUtc(wallTimeAt(whole)) - whole;
}

function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / 60000;
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An instant as ISO 8601 in Copenhagen time with its offset, e.g. "2026-03-30T09:15:00+02:00". */
export function toCopenhagenIso(epochMs: number): string {
  const w = wallTimeAt(epochMs);
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    formatOffset(offsetAt(epochMs))
  );
}

/**
 * The instant that a Copenhagen wall-clock time ("YYYY-MM-DDTHH:mm", as a datetime-local input
 * gives it) stands for. Around a change of daylight saving time it chooses as Temporal's
 * "compatible" does: a time that happens twice (autumn) is the earlier one; a time that does not
 * exist (spring) is moved forward by the length of the gap.
 */
export function copenhagenLocalToEpoch(local: string): number | null {
  const m = LOCAL_RE.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(asUtc).getUTCDate() !== day) return null; // e.g. 31 February

  const twelveHours = 12 * 3600 * 1000;
  const before = offsetAt(asUtc - twelveHours);
  const after = offsetAt(asUtc + twelveHours);
  const matches = [...new Set([asUtc - before, asUtc - after])]
    .filter((candidate) => wallAsUtc(wallTimeAt(candidate)) === asUtc)
    .sort((a, b) => a - b);
  if (matches.length > 0) return matches[0]!;
  // In the spring gap: read the time with the offset in force before the change.
  return asUtc - before;
}

/** "2026-11-24T14:30" (Copenhagen) → "2026-11-24T14:30:00+01:00"; null if not a valid time. */
export function copenhagenLocalToIso(local: string): string | null {
  const epoch = copenhagenLocalToEpoch(local);
  return epoch === null ? null : toCopenhagenIso(epoch);
}

/** The Copenhagen time now as a datetime-local input value ("YYYY-MM-DDTHH:mm"). */
export function copenhagenNowLocal(now: number = Date.now()): string {
  const w = wallTimeAt(now);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The Copenhagen calendar date now ("YYYY-MM-DD"). */
export function copenhagenToday(now: number = Date.now()): string {
  return copenhagenNowLocal(now).slice(0, 10);
}

/** An ISO moment → "24.11.2026 kl. 14.30" in Copenhagen time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const epoch = Date.parse(iso);
  if (Number.isNaN(epoch)) return iso;
  const w = wallTimeAt(epoch);
  return `${pad(w.day)}.${pad(w.month)}.${w.year} kl. ${pad(w.hour)}.${pad(w.minute)}`;
}
