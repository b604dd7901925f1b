// The course page's codes in Danish. Unknown codes are shown as they are (lib/labels labelFor).
// The course's own words are the case page's, and a booking's place is scheduling's: one voice.
export { COURSE_FORM_LABELS, COURSE_STATUS_LABELS, DISCIPLINE_LABELS } from '../cases/labels';
export { PLACE_LABELS } from '../scheduling/labels';

export const GOAL_STATUS_LABELS: Record<string, string> = {
  not_started: 'Ikke påbegyndt',
  in_progress: 'I gang',
  achieved: 'Opnået',
  not_achieved: 'Ikke opnået',
};

export const EXCEPTION_REASON_LABELS: Record<string, string> = {
  acquired_brain_injury: 'Nyopstået hjerneskade',
  other: 'Anden begrundelse',
};

export const PROVIDER_LABELS: Record<string, string> = {
  therapist: 'Terapeut',
  training_assistant: 'Terapeutassistent',
  home_helper: 'Hjemmehjælper',
};

export const PURPOSE_LABELS: Record<string, string> = {
  training: 'Træning',
  initial_assessment: 'Indledende samtale',
  follow_up: 'Opfølgende samtale',
};

export const ATTENDANCE_LABELS: Record<string, string> = {
  booked: 'Booket',
  attended: 'Fremmødt',
  cancelled: 'Afbud',
  no_show: 'Udeblevet',
  sent_home: 'Sendt hjem',
};

/** The legal-basis groups of the FSIII training services. */
export const SERVICE_GROUP_LABELS: Record<string, string> = {
  health_act_140: 'Genoptræning efter sygehusophold (SUL § 140)',
  social_services_act_86: 'Serviceloven § 86',
};

/** Why a course ended (the service standards' reasons). */
export const END_REASON_LABELS: Record<string, string> = {
  no_further_progress: 'Ingen yderligere fremgang',
  therapist_no_longer_needed: 'Træning med terapeut er ikke længere nødvendig',
  maintains_alone: 'Borgeren kan selv vedligeholde færdighederne',
  after_absences: 'Afsluttet efter afbud eller udeblivelser',
  citizen_wish: 'Borgerens ønske',
  moved: 'Fraflyttet kommunen',
  died: 'Borgeren er død',
  other: 'Anden årsag',
};

/** How the final status went to the GP. */
export const FINAL_STATUS_CHANNEL_LABELS: Record<string, string> = {
  post: 'Med posten',
  medcom: 'Som MedCom-korrespondance til klinikken',
};

/** How a decision letter reached the citizen. */
export const DECISION_CHANNEL_LABELS: Record<string, string> = {
  digital_post: 'Digital Post',
  letter: 'Brev med posten',
};

/** What the car must have. */
export const TRANSPORT_NEED_LABELS: Record<string, string> = {
  wheelchair: 'Kørestol',
  escort: 'Ledsager',
  walker: 'Rollator',
  front_seat: 'Forsæde',
};

/** A trip's legs. */
export const LEG_LABELS: Record<string, string> = {
  there: 'ud',
  home: 'hjem',
};
