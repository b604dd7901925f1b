// The course's pause, ending, ending decision, transport and trip forms: what is missing before
// sending, and the bodies the API takes. The server checks the rules again and names the field.
import { copenhagenLocalToIso } from '../../../lib/dates';
import type {
  EndingBody,
  EndingDecisionBody,
  PostponementBody,
  TransportBody,
  TripBody,
} from '../api/courseLifecycle';

type Missing = Record<string, string>;

export interface PauseValues {
  reason: string;
  starts_on: string;
  expected_resume_on: string;
}

export function pauseMissing(v: PauseValues): Missing {
  const missing: Missing = {};
  if (!v.reason.trim()) missing.reason = 'Skriv årsagen til udskydelsen.';
  if (!v.starts_on) missing.starts_on = 'Vælg den dag, pausen begynder.';
  if (!v.expected_resume_on) missing.expected_resume_on = 'Vælg den dag, forløbet ventes genoptaget.';
  else if (v.starts_on && v.expected_resume_on <= v.starts_on)
    missing.expected_resume_on = 'Genoptagelsen skal ligge efter pausens første dag.';
  return missing;
}

export const toPause = (v: PauseValues): PostponementBody => ({
  reason: v.reason.trim(),
  starts_on: v.starts_on,
  expected_resume_on: v.expected_resume_on,
});

export interface EndingValues {
  reason: string;
  note: string;
  ended_on: string;
  follow_up_on: string;
  self_training_material: string;
  home_care_involved: boolean;
}

export function endingMissing(v: EndingValues): Missing {
  const missing: Missing = {};
  if (!v.reason) missing.reason = 'Vælg årsagen til afslutningen.';
  if (v.reason === 'other' && !v.note.trim()) missing.note = 'Skriv årsagen, når den ikke er en af de faste.';
  if (!v.ended_on) missing.ended_on = 'Vælg slutdatoen.';
  return missing;
}

export const toEnding = (v: EndingValues): EndingBody => ({
  reason: v.reason as NonNullable<EndingBody['reason']>,
  ended_on: v.ended_on,
  note: v.note.trim() || null,
  follow_up_on: v.follow_up_on || null,
  self_training_material: v.self_training_material.trim() || null,
  home_care_involved: v.home_care_involved,
});

export interface DecisionValues {
  sent_on: string;
  channel: string;
  received_on: string;
  reasons: string;
}

export function decisionMissing(v: DecisionValues): Missing {
  const missing: Missing = {};
  if (!v.sent_on) missing.sent_on = 'Vælg den dag, afgørelsen sendes.';
  if (!v.channel) missing.channel = 'Vælg, hvordan afgørelsen sendes.';
  if (!v.reasons.trim()) missing.reasons = 'Skriv begrundelsen for afgørelsen.';
  if (v.received_on && v.sent_on && v.received_on < v.sent_on)
    missing.received_on = 'Borgeren kan ikke have modtaget afgørelsen, før den blev sendt.';
  return missing;
}

export const toDecision = (v: DecisionValues): EndingDecisionBody => ({
  sent_on: v.sent_on,
  channel: v.channel as EndingDecisionBody['channel'],
  received_on: v.channel === 'letter' && v.received_on ? v.received_on : null,
  reasons: v.reasons.trim(),
});

export interface TransportValues {
  reason: string;
  from_address: string;
  to_address: string;
  needs: string[];
}

export function transportMissing(v: TransportValues): Missing {
  const missing: Missing = {};
  if (!v.reason.trim()) missing.reason = 'Skriv begrundelsen for kørslen.';
  if (!v.from_address.trim()) missing.from_address = 'Skriv adressen, borgeren hentes på.';
  if (!v.to_address.trim()) missing.to_address = 'Skriv adressen, borgeren køres til.';
  return missing;
}

export const toTransport = (v: TransportValues): TransportBody => ({
  reason: v.reason.trim(),
  from_address: v.from_address.trim(),
  to_address: v.to_address.trim(),
  needs: v.needs as TransportBody['needs'],
});

export const TRIP_TIMES = ['agreed_pickup', 'actual_pickup', 'arrival', 'session_end', 'departure', 'drop_off'] as const;
export type TripTime = (typeof TRIP_TIMES)[number];

export const TRIP_TIME_LABELS: Record<TripTime, string> = {
  agreed_pickup: 'Aftalt afhentning',
  actual_pickup: 'Faktisk afhentning',
  arrival: 'Ankomst til træningsstedet',
  session_end: 'Træningen sluttede',
  departure: 'Afgang fra træningsstedet',
  drop_off: 'Afleveret hjemme',
};

export type TripValues = Record<TripTime, string> & { appointment_id: string };

/** Each time filled in, and each after the one before it (the agreed pick-up before arrival). */
export function tripMissing(v: TripValues): Missing {
  const missing: Missing = {};
  if (!v.appointment_id) missing.appointment_id = 'Vælg tiden, kørslen hører til.';
  for (const time of TRIP_TIMES) {
    if (!v[time] || copenhagenLocalToIso(v[time]) === null) missing[time] = `Udfyld ${TRIP_TIME_LABELS[time].toLowerCase()}.`;
  }
  const order: [TripTime, TripTime][] = [
    ['agreed_pickup', 'arrival'],
    ['actual_pickup', 'arrival'],
    ['arrival', 'session_end'],
    ['session_end', 'departure'],
    ['departure', 'drop_off'],
  ];
  for (const [first, later] of order) {
    if (!missing[first] && !missing[later] && v[later] < v[first]) {
      missing[later] = `${TRIP_TIME_LABELS[later]} kan ikke ligge før ${TRIP_TIME_LABELS[first].toLowerCase()}.`;
    }
  }
  return missing;
}

export function toTrip(v: TripValues): TripBody {
  const iso = (time: TripTime) => copenhagenLocalToIso(v[time]) ?? v[time];
  return {
    agreed_pickup: iso('agreed_pickup'),
    actual_pickup: iso('actual_pickup'),
    arrival: iso('arrival'),
    session_end: iso('session_end'),
    departure: iso('departure'),
    drop_off: iso('drop_off'),
  };
}

/** The share of trips within the hour, as Danish per cent ("83 %"); a dash without trips. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`;
}
