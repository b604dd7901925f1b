import { describe, expect, it } from 'vitest';
import { applicationCase, assessedNotMet, event } from '../../testing/caseFixture';
import { actionKey, actionTitle, caseActions, nextStep, type CaseAction } from './caseActions';

const kinds = (actions: CaseAction[]) => actions.map(actionKey);

describe('caseActions', () => {
  it('offers only the invitation and withdrawal for a received application', () => {
    expect(kinds(caseActions(applicationCase()))).toEqual(['invitation', 'event-withdraw']);
  });

  it('offers one decision form with both outcomes, and undoing the newest event', () => {
    const actions = caseActions(assessedNotMet());
    expect(kinds(actions)).toEqual(['decision', 'event-withdraw', 'correction']);
    expect(actions[0]).toEqual({ kind: 'decision', outcomes: ['grant', 'refuse'] });
    expect(actions[2]).toMatchObject({ kind: 'correction', event: { id: 'e2' } });
  });

  it('maps each detailed step to its own form', () => {
    const c = applicationCase({
      status: 'complained',
      allowed_events: ['grant', 'refuse', 'uphold'],
    });
    expect(kinds(caseActions(c))).toEqual(['decision', 'reassessment']);
    expect(kinds(caseActions(applicationCase({ status: 'upheld', allowed_events: ['forward'] })))).toEqual([
      'appeals-board',
    ]);
    expect(kinds(caseActions(applicationCase({ status: 'refused', allowed_events: ['receive_complaint'] })))).toEqual([
      'complaint',
    ]);
    expect(kinds(caseActions(applicationCase({ status: 'invited', allowed_events: ['assess', 'withdraw'] })))).toEqual([
      'assessment',
      'event-withdraw',
    ]);
  });

  it('offers a hospital plan’s steps, and free choice for an almen plan while the case is open', () => {
    const freeChoice = {
      free_choice_date: '2026-11-23',
      offered_on: null,
      first_start_offered: null,
      start_within_limit: null,
      free_choice_offered: null,
      citizen_choice: null,
      kl_status_reason: null,
      kl_status_reason_name: null,
    };
    const open = applicationCase({
      legal_basis: 'SUL_140',
      need_test: null,
      quarantine_applies: false,
      status: 'received',
      allowed_events: [
        'invite',
        'mark_other_municipality',
        'mark_sent_by_mistake',
        'mark_specialised',
        'decline',
        'take_free_choice',
        'postpone',
      ],
      free_choice: freeChoice,
      can_record_free_choice: true,
    });
    expect(kinds(caseActions(open))).toEqual([
      'invitation',
      'event-mark-other-municipality',
      'event-mark-sent-by-mistake',
      'event-mark-specialised',
      'event-decline',
      'event-take-free-choice',
      'event-postpone',
      'free-choice',
    ]);
    const assessed = { ...open, status: 'assessed' as const, allowed_events: ['start' as const, 'decline' as const] };
    expect(kinds(caseActions(assessed))).toEqual(['training-start', 'event-decline', 'free-choice']);
    const started = {
      ...open,
      status: 'started' as const,
      allowed_events: [],
      events: [event('e1', 'start', '2026-11-20')],
      correctable_event_id: 'e1',
      open: false,
      can_record_free_choice: false,
    };
    expect(kinds(caseActions(started))).toEqual(['correction']);
  });

  it('asks for the receipt of a decision sent by letter until it is recorded', () => {
    const decision = {
      id: 'd1',
      outcome: 'refuse' as const,
      sent_on: '2026-11-20',
      channel: 'letter' as const,
      received_on: null,
      complaint_window_ends: null,
      disciplines: [],
      form: null,
      transport_needed: false,
      reasons: 'Nej.',
      findings: [],
      after_complaint: false,
      letter_id: 'l1',
    };
    const refused = assessedNotMet({
      status: 'refused',
      allowed_events: ['receive_complaint'],
      decisions: [decision],
      open: false,
      can_record_decision_receipt: true,
    });
    expect(kinds(caseActions(refused))).toEqual(['complaint', 'decision-receipt', 'correction']);
    const received = {
      ...refused,
      decisions: [{ ...decision, received_on: '2026-11-23' }],
      can_record_decision_receipt: false,
    };
    expect(kinds(caseActions(received))).toEqual(['complaint', 'correction']);
    const digital = {
      ...refused,
      decisions: [{ ...decision, channel: 'digital_post' as const }],
      can_record_decision_receipt: false,
    };
    expect(kinds(caseActions(digital))).toEqual(['complaint', 'correction']);
  });

  it('ignores steps it does not know', () => {
    const c = applicationCase({ allowed_events: ['invite', 'something_new' as never] });
    expect(kinds(caseActions(c))).toEqual(['invitation']);
  });

  it('names each action in Danish', () => {
    expect(actionTitle({ kind: 'decision', outcomes: ['grant', 'refuse'] }, 'assessed')).toBe('Træf afgørelse');
    expect(actionTitle({ kind: 'decision', outcomes: ['grant', 'refuse'] }, 'complained')).toBe('Ny afgørelse efter klage');
    expect(actionTitle({ kind: 'simple', event: 'withdraw' }, 'received')).toBe('Ansøgningen trækkes tilbage');
  });
});

describe('the correction', () => {
  it('undoes the event the server names, and is not offered when it names none', () => {
    const events = [
      event('e1', 'invite', '2026-11-17'),
      event('e2', 'assess', '2026-11-20', { undone_by: 'c1' }),
      event('c1', null, '2026-11-21', { corrects: 'e2', note: 'Forkert dato' }),
    ];
    const corrected = applicationCase({ status: 'invited', allowed_events: ['assess'], events, correctable_event_id: 'e1' });
    expect(caseActions(corrected).at(-1)).toMatchObject({ kind: 'correction', event: { id: 'e1', event: 'invite' } });
    const nothingLeft = applicationCase({ events: [event('e1', 'invite', '2026-11-17', { undone_by: 'c1' })], correctable_event_id: null });
    expect(kinds(caseActions(nothingLeft))).toEqual(['invitation', 'event-withdraw']);
  });
});

describe('nextStep', () => {
  const met = { kind: 'invitation' as const, due_date: '2026-11-30', working_days_left: 4, status: 'met' as const, met_on: '2026-11-17' };
  const decision = { kind: 'decision' as const, due_date: '2026-12-07', working_days_left: 9, status: 'on_track' as const, met_on: null };

  it('is the invitation while the invitation deadline runs', () => {
    const next = nextStep(applicationCase());
    expect(next?.action).toEqual({ kind: 'invitation' });
    expect(next?.deadline.kind).toBe('invitation');
  });

  it('is the decision once the invitation is met and the case is assessed', () => {
    const next = nextStep(assessedNotMet({ deadlines: [met, decision] }));
    expect(next?.action).toEqual({ kind: 'decision', outcomes: ['grant', 'refuse'] });
    expect(next?.deadline.kind).toBe('decision');
  });

  it('is the assessment when the decision deadline runs before the case is assessed', () => {
    const invited = applicationCase({ status: 'invited', allowed_events: ['assess', 'withdraw'], deadlines: [met, decision] });
    expect(nextStep(invited)?.action).toEqual({ kind: 'assessment' });
  });

  it('is none when no running deadline asks for a step the case allows', () => {
    const complaintOnly = applicationCase({
      status: 'refused',
      allowed_events: ['receive_complaint'],
      deadlines: [{ kind: 'complaint', due_date: '2026-12-18', working_days_left: 18, status: 'on_track', met_on: null }],
    });
    expect(nextStep(complaintOnly)).toBeNull();
    expect(nextStep(applicationCase({ deadlines: [met] }))).toBeNull();
  });
});
