// The booking assistant's search form: its values, their checks before sending, and the
// series' answer in words.
import type { ProposalsRequest, SeriesAnswer, SeriesDate } from '../../../api/types';
import { formatDateTime } from '../../../lib/dates';

export interface AssistantValues {
  therapist_id: string;
  from_day: string;
  minutes: string;
  horizon_days: string;
  limit: string;
  weeks: string;
}

export const ASSISTANT_FIELDS = ['therapist_id', 'from_day', 'minutes', 'horizon_days', 'limit', 'weeks'] as const;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const RANGES: Record<'minutes' | 'horizon_days' | 'limit' | 'weeks', { min: number; max: number; text: string }> = {
  minutes: { min: 15, max: 480, text: 'Varigheden skal være et helt antal minutter fra 15 til 480.' },
  horizon_days: { min: 1, max: 56, text: 'Antal dage frem skal være et helt tal fra 1 til 56.' },
  limit: { min: 1, max: 20, text: 'Antal forslag skal være et helt tal fra 1 til 20.' },
  weeks: { min: 1, max: 52, text: 'Antal uger skal være et helt tal fra 1 til 52.' },
};

export function emptyAssistant(today: string, therapistId = ''): AssistantValues {
  return { therapist_id: therapistId, from_day: today, minutes: '45', horizon_days: '14', limit: '5', weeks: '6' };
}

/** The fields that stop the search, each with its Danish rule; empty when it may be sent. */
export function assistantErrors(values: AssistantValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!DATE_RE.test(values.from_day)) errors.from_day = 'Angiv den første dag, der søges fra.';
  for (const [field, range] of Object.entries(RANGES)) {
    const raw = values[field as keyof typeof RANGES].trim();
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < range.min || n > range.max) errors[field] = range.text;
  }
  return errors;
}

export function toProposalsRequest(values: AssistantValues): ProposalsRequest {
  return {
    from_day: values.from_day,
    minutes: Number(values.minutes),
    horizon_days: Number(values.horizon_days),
    limit: Number(values.limit),
    ...(values.therapist_id ? { therapist_id: values.therapist_id } : {}),
  };
}

/** "07.12.2026 kl. 09.00–09.45". */
export const timeRange = (startsAt: string, endsAt: string) =>
  `${formatDateTime(startsAt)}–${formatDateTime(endsAt).slice(-5)}`;

/** One date of a series: "07.12.2026 kl. 09.00–09.45: ledig" or its refusal. */
export function describeSeriesDate(date: SeriesDate): string {
  const when = timeRange(date.starts_at, date.ends_at);
  if (date.refused_message) return `${when}: afvist – ${date.refused_message}`;
  if (date.appointment_id) return `${when}: booket`;
  return `${when}: ledig`;
}

/** The counts a dry run or a booking is summed up by. */
export function seriesCounts(answer: SeriesAnswer): { free: number; refused: number } {
  const refused = answer.dates.filter((d) => d.refused_rule !== null).length;
  return { free: answer.dates.length - refused, refused };
}

/** The answer's headline: what the dry run found, or what was booked. */
export function seriesHeadline(answer: SeriesAnswer): string {
  const { free, refused } = seriesCounts(answer);
  const times = (n: number) => (n === 1 ? '1 tid' : `${n} tider`);
  if (answer.committed) {
    return refused === 0 ? `${times(free)} er booket.` : `${times(free)} er booket; ${times(refused)} blev ikke booket.`;
  }
  if (refused === 0 && free === 1) return 'Prøvebooking: tiden er ledig. Intet er gemt endnu.';
  if (refused === 0) return `Prøvebooking: alle ${times(free)} er ledige. Intet er gemt endnu.`;
  if (free === 0) {
    return refused === 1 ? 'Prøvebooking: tiden kan ikke bookes.' : `Prøvebooking: ingen af de ${refused} tider kan bookes.`;
  }
  return `Prøvebooking: ${times(free)} er ${free === 1 ? 'ledig' : 'ledige'}, ${times(refused)} afvises. Intet er gemt endnu.`;
}
