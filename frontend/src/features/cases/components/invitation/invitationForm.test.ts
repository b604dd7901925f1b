import { describe, expect, it } from 'vitest';
import { asksForReason, emptyInvitation, toInvitationBody, validateInvitation } from './invitationForm';

const bounds = { today: '2026-11-24', receivedOn: '2026-11-16' };

describe('invitation form', () => {
  const filled = {
    ...emptyInvitation('2026-11-24', 'site-1'),
    meeting_at: '2026-11-27T10:30',
    therapist_id: 'therapist-1',
    channel: 'letter',
  };

  it('asks for the time, therapist and channel, and sends today by default', () => {
    const errors = validateInvitation(emptyInvitation('2026-11-24', 'site-1'), bounds);
    expect(Object.keys(errors).sort()).toEqual(['channel', 'meeting_at', 'therapist_id']);
    expect(validateInvitation(filled, bounds)).toEqual({});
  });

  it('refuses a meeting before the invitation was sent', () => {
    expect(validateInvitation({ ...filled, meeting_at: '2026-11-20T10:00' }, bounds).meeting_at).toMatch(/før/);
  });

  it('builds the body with the Copenhagen offset, and no site for a home visit', () => {
    expect(toInvitationBody(filled)).toEqual({
      meeting_at: '2026-11-27T10:30:00+01:00',
      place: 'site',
      site_id: 'site-1',
      therapist_id: 'therapist-1',
      sent_on: '2026-11-24',
      channel: 'letter',
      note: null,
      outside_hours_reason: null,
    });
    expect(toInvitationBody({ ...filled, place: 'home', channel: 'phone', note: ' Ring først ' })).toMatchObject({
      place: 'home',
      site_id: null,
      channel: 'phone',
      note: 'Ring først',
    });
  });

  it('sends the reason for a time outside working hours, and knows the refusals that ask for it', () => {
    expect(toInvitationBody({ ...filled, outside_hours_reason: ' Borgeren arbejder ' }).outside_hours_reason).toBe('Borgeren arbejder');
    expect(asksForReason({ rule: 'outside_working_hours' })).toBe(true);
    expect(asksForReason({ rule: 'staff_absent' })).toBe(true);
    expect(asksForReason({ rule: 'staff_double_booked', errors: [{ field: 'starts_at' }] })).toBe(false);
  });
});
