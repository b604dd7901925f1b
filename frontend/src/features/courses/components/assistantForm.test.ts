import { describe, expect, it } from 'vitest';
import type { SeriesAnswer } from '../../../api/types';
import { assistantErrors, describeSeriesDate, emptyAssistant, seriesHeadline, toProposalsRequest } from './assistantForm';

const date = (day: string, refused: string | null = null, booked: string | null = null) => ({
  starts_at: `${day}T08:00:00Z`,
  ends_at: `${day}T08:45:00Z`,
  refused_rule: refused ? 'staff_absent' : null,
  refused_message: refused,
  appointment_id: booked,
});

describe('the assistant form', () => {
  it('names each field out of range with its rule', () => {
    const values = { ...emptyAssistant('2026-12-21'), minutes: '10', horizon_days: '57', limit: 'fem', weeks: '0', from_day: '' };
    expect(assistantErrors(values)).toEqual({
      from_day: 'Angiv den første dag, der søges fra.',
      minutes: 'Varigheden skal være et helt antal minutter fra 15 til 480.',
      horizon_days: 'Antal dage frem skal være et helt tal fra 1 til 56.',
      limit: 'Antal forslag skal være et helt tal fra 1 til 20.',
      weeks: 'Antal uger skal være et helt tal fra 1 til 52.',
    });
    expect(assistantErrors(emptyAssistant('2026-12-21'))).toEqual({});
  });

  it('asks for any therapist when none is chosen', () => {
    expect(toProposalsRequest(emptyAssistant('2026-12-21'))).toEqual({ from_day: '2026-12-21', minutes: 45, horizon_days: 14, limit: 5 });
    expect(toProposalsRequest({ ...emptyAssistant('2026-12-21'), therapist_id: 't-1' }).therapist_id).toBe('t-1');
  });

  it('words a dry run and a booking, date by date in Copenhagen time', () => {
    // 22 December 08:00 UTC is 09:00 in Copenhagen (winter time).
    const dry: SeriesAnswer = {
      committed: false,
      dates: [date('2026-12-22', 'Terapeuten har fravær.'), date('2026-12-29'), date('2027-01-05')],
    };
    expect(seriesHeadline(dry)).toBe('Prøvebooking: 2 tider er ledige, 1 tid afvises. Intet er gemt endnu.');
    expect(describeSeriesDate(dry.dates[0]!)).toBe('22.12.2026 kl. 09.00–09.45: afvist – Terapeuten har fravær.');
    expect(describeSeriesDate(dry.dates[1]!)).toBe('29.12.2026 kl. 09.00–09.45: ledig');
    const done: SeriesAnswer = {
      committed: true,
      dates: [date('2026-12-22', 'Terapeuten har fravær.'), date('2026-12-29', null, 'a-1'), date('2027-01-05', null, 'a-2')],
    };
    expect(seriesHeadline(done)).toBe('2 tider er booket; 1 tid blev ikke booket.');
    expect(describeSeriesDate(done.dates[2]!)).toBe('05.01.2027 kl. 09.00–09.45: booket');
    expect(seriesHeadline({ committed: false, dates: [date('2026-12-29')] })).toBe('Prøvebooking: tiden er ledig. Intet er gemt endnu.');
    expect(seriesHeadline({ committed: false, dates: [date('2026-12-22', 'Lukket.')] })).toBe('Prøvebooking: tiden kan ikke bookes.');
  });
});
