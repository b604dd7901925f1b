import { copenhagenLocalToEpoch, copenhagenLocalToIso } from '../../../../lib/dates';
import type { InvitationBody } from '../../api/types';
import { checkDate, put, type DateBounds } from '../shared/stepForm';

export interface InvitationFormValues {
  /** A datetime-local value, read as Copenhagen time. */
  meeting_at: string;
  place: string;
  site_id: string;
  therapist_id: string;
  sent_on: string;
  channel: string;
  note: string;
  /** Asked for once the server finds the time outside the therapist's working hours or absence. */
  outside_hours_reason: string;
}

export const INVITATION_FIELDS = [
  'meeting_at',
  'place',
  'site_id',
  'therapist_id',
  'sent_on',
  'channel',
  'note',
  'outside_hours_reason',
] as const;

/** The server refused the time as outside the therapist's working hours or during an absence. */
export const asksForReason = (problem: { rule?: string; errors?: { field?: string | null }[] }) =>
  problem.rule === 'outside_working_hours' ||
  problem.rule === 'staff_absent' ||
  (problem.errors ?? []).some((e) => e.field === 'outside_hours_reason');

/** Sent today, at the case's own site; the time, therapist and channel are chosen. */
export function emptyInvitation(today: string, siteId: string): InvitationFormValues {
  return { meeting_at: '', place: 'site', site_id: siteId, therapist_id: '', sent_on: today, channel: '', note: '', outside_hours_reason: '' };
}

export function validateInvitation(v: InvitationFormValues, bounds: DateBounds): Record<string, string> {
  const e: Record<string, string> = {};
  if (!v.meeting_at) e.meeting_at = 'Angiv hvornår samtalen er booket.';
  else if (copenhagenLocalToEpoch(v.meeting_at) === null) e.meeting_at = 'Tidspunktet er ikke gyldigt.';
  if (!v.place) e.place = 'Vælg hvor samtalen foregår.';
  if (v.place === 'site' && !v.site_id) e.site_id = 'Vælg den matrikel, samtalen foregår på.';
  if (!v.therapist_id) e.therapist_id = 'Vælg terapeuten, der holder samtalen.';
  put(e, 'sent_on', checkDate(v.sent_on, bounds, 'Angiv hvornår indkaldelsen blev sendt.'));
  if (!e.meeting_at && !e.sent_on && v.meeting_at.slice(0, 10) < v.sent_on) {
    e.meeting_at = 'Samtalen kan ikke ligge før indkaldelsen blev sendt.';
  }
  if (!v.channel) e.channel = 'Vælg hvordan indkaldelsen blev sendt.';
  return e;
}

/** The body for the invitation and its preview; call only after validateInvitation found nothing. */
export function toInvitationBody(v: InvitationFormValues): InvitationBody {
  const meetingAt = copenhagenLocalToIso(v.meeting_at);
  if (meetingAt === null) throw new Error('meeting_at is not a valid local time');
  return {
    meeting_at: meetingAt,
    place: v.place as InvitationBody['place'],
    site_id: v.place === 'site' ? v.site_id : null,
    therapist_id: v.therapist_id,
    sent_on: v.sent_on,
    channel: v.channel as InvitationBody['channel'],
    note: v.note.trim() || null,
    outside_hours_reason: v.outside_hours_reason.trim() || null,
  };
}

/** A letter goes out by post or Digital Post; a call has none to show. */
export const hasLetter = (channel: string) => channel === 'letter' || channel === 'digital_post';
