// Which forms the case page offers: only the steps the case's state allows now.
import type { Case } from '../../../../api/types';
import type { CaseEventCode, CaseEventRecord } from '../../api/types';
import type { DecisionOutcome } from '../decision/decisionForm';
import { SIMPLE_EVENTS, type SimpleEvent } from '../simple-step/simpleStepForm';

export type CaseAction =
  | { kind: 'invitation' }
  | { kind: 'assessment' }
  | { kind: 'decision'; outcomes: DecisionOutcome[] }
  | { kind: 'training_start' }
  | { kind: 'complaint' }
  | { kind: 'reassessment' }
  | { kind: 'appeals_board' }
  | { kind: 'simple'; event: SimpleEvent }
  | { kind: 'free_choice' }
  | { kind: 'decision_receipt' }
  | { kind: 'correction'; event: CaseEventRecord };

export type CaseActionInput = Pick<
  Case,
  'allowed_events' | 'events' | 'correctable_event_id' | 'can_record_free_choice' | 'can_record_decision_receipt'
>;

const BY_EVENT: Partial<Record<CaseEventCode, CaseAction>> = {
  invite: { kind: 'invitation' },
  assess: { kind: 'assessment' },
  start: { kind: 'training_start' },
  receive_complaint: { kind: 'complaint' },
  uphold: { kind: 'reassessment' },
  forward: { kind: 'appeals_board' },
};

const isSimple = (event: string): event is SimpleEvent => (SIMPLE_EVENTS as readonly string[]).includes(event);

/**
 * The forms to offer, in this order: one per step in `allowed_events` (grant and refuse share the
 * decision form, with only the outcomes allowed), then the free choice and the receipt of the
 * decision when the server says they can be recorded, and undoing the event the server names
 * (`correctable_event_id`: the newest one no correction has undone).
 */
export function caseActions(c: CaseActionInput): CaseAction[] {
  const actions: CaseAction[] = [];
  const outcomes = c.allowed_events.filter((e): e is DecisionOutcome => e === 'grant' || e === 'refuse');
  for (const event of c.allowed_events) {
    if (event === 'grant' || event === 'refuse') {
      if (!actions.some((a) => a.kind === 'decision')) actions.push({ kind: 'decision', outcomes });
      continue;
    }
    const detailed = BY_EVENT[event];
    if (detailed) actions.push(detailed);
    else if (isSimple(event)) actions.push({ kind: 'simple', event });
  }
  if (c.can_record_free_choice) actions.push({ kind: 'free_choice' });
  if (c.can_record_decision_receipt) actions.push({ kind: 'decision_receipt' });
  const correctable = c.events.find((e) => e.id === c.correctable_event_id);
  if (correctable) actions.push({ kind: 'correction', event: correctable });
  return actions;
}

/** A stable key for an action (its form's id prefix and React key). */
export function actionKey(action: CaseAction): string {
  return action.kind === 'simple' ? `event-${action.event.replace(/_/g, '-')}` : action.kind.replace(/_/g, '-');
}

const SIMPLE_TITLES: Record<SimpleEvent, string> = {
  withdraw: 'Ansøgningen trækkes tilbage',
  decline: 'Borgeren takker nej',
  take_free_choice: 'Borgeren vælger privat leverandør (frit valg)',
  mark_other_municipality: 'Borgeren hører til en anden kommune',
  mark_sent_by_mistake: 'Genoptræningsplanen er fejlsendt',
  mark_specialised: 'Specialiseret genoptræning (hospitalet leverer)',
  postpone: 'Opstarten udskydes',
};

/** The action's name on the page (the heading of its form). */
export function actionTitle(action: CaseAction, status: string): string {
  switch (action.kind) {
    case 'invitation':
      return 'Indkald til indledende samtale';
    case 'assessment':
      return 'Registrér indledende samtale og undersøgelse';
    case 'decision':
      if (status === 'complained') return 'Ny afgørelse efter klage';
      if (action.outcomes.length === 1) return action.outcomes[0] === 'grant' ? 'Bevilg forløb' : 'Giv afslag';
      return 'Træf afgørelse';
    case 'training_start':
      return 'Registrér opstart af træning';
    case 'complaint':
      return 'Registrér klage over afgørelsen';
    case 'reassessment':
      return 'Fasthold afgørelsen efter revurdering';
    case 'appeals_board':
      return 'Send klagen til Ankestyrelsen';
    case 'simple':
      return SIMPLE_TITLES[action.event];
    case 'free_choice':
      return 'Registrér tilbudt start og frit valg';
    case 'decision_receipt':
      return 'Registrér hvornår borgeren modtog afgørelsen';
    case 'correction':
      return 'Fortryd seneste hændelse';
  }
}

// The steps each kind of deadline asks for, the most direct first: the first one the case's
// state allows is the next step (a decision deadline before the assessment asks for that).
const ASKED_BY_DEADLINE: Record<string, CaseAction['kind'][]> = {
  invitation: ['invitation'],
  decision: ['decision', 'assessment', 'invitation'],
  training_start: ['training_start', 'free_choice', 'decision', 'assessment', 'invitation'],
  free_choice: ['training_start', 'free_choice', 'decision', 'assessment', 'invitation'],
  reassessment: ['reassessment', 'decision', 'appeals_board'],
};

const RUNNING = new Set(['on_track', 'due_soon', 'overdue']);

export type NextStepInput = CaseActionInput & Pick<Case, 'deadlines'>;

/** The step the nearest running deadline asks for, with that deadline; null when none does. */
export function nextStep(c: NextStepInput): { action: CaseAction; deadline: Case['deadlines'][number] } | null {
  const actions = caseActions(c);
  const running = c.deadlines
    .filter((d) => !d.met_on && RUNNING.has(d.status))
    .sort((a, b) => a.due_date.localeCompare(b.due_date));
  for (const deadline of running) {
    for (const kind of ASKED_BY_DEADLINE[deadline.kind] ?? []) {
      const action = actions.find((a) => a.kind === kind);
      if (action) return { action, deadline };
    }
  }
  return null;
}
