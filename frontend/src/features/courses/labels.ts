// The course page's codes in Danish. Unknown codes are shown as they are (lib/labels labelFor).

export const COURSE_STATUS_LABELS: Record<string, string> = {
  planned: 'Planlagt',
  active: 'Aktivt',
  postponed: 'Udskudt',
  ended: 'Afsluttet',
  cancelled: 'Annulleret',
};

export const DISCIPLINE_LABELS: Record<string, string> = {
  physiotherapy: 'Fysioterapi',
  occupational_therapy: 'Ergoterapi',
};

export const COURSE_FORM_LABELS: Record<string, string> = {
  team_training: 'Holdtræning i træningscentret',
  individual_at_centre: 'Individuel træning i træningscentret',
  individual_at_home: 'Individuel træning i eget hjem eller nærmiljø',
  self_training: 'Egen træning med opfølgning og instruktion',
};

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

export const PLACE_LABELS: Record<string, string> = {
  site: 'I træningscentret',
  home: 'I borgerens hjem',
  nearby: 'I borgerens nærmiljø',
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
