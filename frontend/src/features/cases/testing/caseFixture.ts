// Test data: cases in the states the page meets, as the API answers them.
import type { Case } from '../../../api/types';
import { legalBasisNames } from '../../../testing/legalBases';
import type { CaseEventRecord, Finding } from '../api/types';

export const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
export const SYD = { id: '00000000-0000-4000-8000-00000000000a', code: 'syd', name: 'Træningscenter Syd' };

export function event(id: string, name: CaseEventRecord['event'], occurredOn: string, extra: Partial<CaseEventRecord> = {}): CaseEventRecord {
  return {
    id,
    event: name,
    occurred_on: occurredOn,
    recorded_at: `${occurredOn}T10:00:00+01:00`,
    actor: 'e2e-leder',
    corrects: null,
    note: null,
    undone_by: null,
    ...extra,
  };
}

export const NOT_MET: Finding[] = [
  {
    rule: 'one_offer_at_a_time',
    outcome: 'met',
    text: 'Borgeren modtager ikke andet tilbud.',
    facts: { active_course_at_centre: false, therapy_elsewhere_same_condition: false, trains_elsewhere: false },
  },
  {
    rule: 'sel_86_1_need',
    outcome: 'not_met',
    text: 'Terapeuten vurderer, at du kan genvinde færdighederne ved egen træningsindsats.',
    facts: { loss_without_hospital_contact: true, cannot_regain_by_own_effort: false },
  },
  {
    rule: 'renewed_application_quarantine',
    outcome: 'met',
    text: 'Borgeren har ikke haft et kommunalt genoptræningsforløb.',
    facts: { last_course_ended: null },
  },
];

/** A § 86 application, received, with nothing done yet. */
export function applicationCase(overrides: Partial<Case> = {}): Case {
  return {
    id: CASE_ID,
    citizen: { id: '00000000-0000-4000-8000-0000000000b1', name: 'Test Borger' },
    legal_basis: 'SEL_86_1',
    legal_basis_names: legalBasisNames('SEL_86_1'),
    need_test: 'rehabilitation',
    quarantine_applies: true,
    site: SYD,
    received_at: '2026-11-16T09:00:00+01:00',
    received_date: '2026-11-16',
    condition: 'Nedsat gangfunktion',
    status: 'received',
    allowed_events: ['invite', 'withdraw'],
    events: [],
    correctable_event_id: null,
    flags: [],
    sender_system: null,
    sender_reference: null,
    possible_duplicate_of: null,
    rehab_plan: null,
    application: { channel: 'email', submitter: 'citizen' },
    deadlines: [
      { kind: 'invitation', due_date: '2026-11-30', working_days_left: 4, status: 'on_track', met_on: null },
      { kind: 'decision', due_date: '2026-12-07', working_days_left: 9, status: 'on_track', met_on: null },
    ],
    invitation: null,
    assessment: null,
    decisions: [],
    complaints: [],
    course: null,
    free_choice: null,
    letters: [],
    kl_status_reasons: [],
    kl_status_reason_names: [],
    open: true,
    can_record_decision_receipt: false,
    can_record_free_choice: false,
    ...overrides,
  };
}

/** The same application after invitation and an assessment that found § 86 stk. 1 not met. */
export function assessedNotMet(overrides: Partial<Case> = {}): Case {
  return applicationCase({
    status: 'assessed',
    allowed_events: ['grant', 'refuse', 'withdraw'],
    events: [event('e1', 'invite', '2026-11-17'), event('e2', 'assess', '2026-11-20')],
    correctable_event_id: 'e2',
    assessment: {
      id: 'a1',
      assessed_on: '2026-11-20',
      findings: NOT_MET,
      eligible: false,
      override_reason: null,
    },
    ...overrides,
  });
}
