// Danish labels for the codes of a case: its states and steps, findings, decisions, courses and
// letters. Shown with labelFor from lib/labels, so an unknown code is shown as it is.

export const FLAG_LABELS: Record<string, string> = {
  other_municipality: 'Anden kommune',
  one_offer_at_a_time: 'Ét tilbud ad gangen: afklares af terapeuten',
  late_complaint: 'Klage modtaget efter klagefristen',
};

/** A case's state (the life-cycle table's states). */
export const CASE_STATUS_LABELS: Record<string, string> = {
  received: 'Modtaget',
  invited: 'Indkaldt',
  assessed: 'Vurderet',
  granted: 'Visiteret',
  refused: 'Afslået',
  withdrawn: 'Trukket tilbage',
  started: 'Træning startet',
  declined: 'Takket nej',
  free_choice_taken: 'Frit valg',
  other_municipality: 'Anden kommune',
  sent_by_mistake: 'Fejlsendt',
  specialised: 'Specialiseret',
  complained: 'Påklaget',
  upheld: 'Fastholdt efter klage',
  forwarded: 'Sendt til Ankestyrelsen',
  ended: 'Forløbet afsluttet ved afgørelse',
};

/** A step in a case's history, as it reads on the timeline. */
export const CASE_EVENT_LABELS: Record<string, string> = {
  invite: 'Indkaldt til indledende samtale',
  assess: 'Indledende samtale og undersøgelse',
  grant: 'Visiteret (bevilget forløb)',
  refuse: 'Afslag',
  withdraw: 'Ansøgningen trukket tilbage',
  start: 'Træning startet',
  decline: 'Borgeren takkede nej',
  take_free_choice: 'Frit valg: privat leverandør',
  mark_other_municipality: 'Anden kommune',
  mark_sent_by_mistake: 'Fejlsendt genoptræningsplan',
  mark_specialised: 'Specialiseret genoptræning (hospitalet leverer)',
  receive_complaint: 'Klage modtaget',
  uphold: 'Afgørelsen fastholdt ved revurdering',
  forward: 'Klagen sendt til Ankestyrelsen',
  postpone: 'Opstarten udskudt (borgeren mangler overskud)',
  end_course: 'Afgørelse: forløbet afsluttes',
};

/** How a letter or a call reached the citizen. */
export const SENDING_CHANNEL_LABELS: Record<string, string> = {
  letter: 'Brev',
  phone: 'Telefon',
  digital_post: 'Digital Post',
};

export const MEETING_PLACE_LABELS: Record<string, string> = {
  site: 'I træningscentret',
  home: 'Hjemmebesøg',
};

export const DISCIPLINE_LABELS: Record<string, string> = {
  physiotherapy: 'Fysioterapi',
  occupational_therapy: 'Ergoterapi',
};

export const COURSE_FORM_LABELS: Record<string, string> = {
  team_training: 'Holdtræning i træningscentret',
  individual_at_centre: 'Individuel træning i træningscentret',
  individual_at_home: 'Individuel træning i hjemmet eller nærmiljøet',
  self_training: 'Egen træning med opfølgning og instruktion',
};

export const COURSE_STATUS_LABELS: Record<string, string> = {
  planned: 'Planlagt',
  active: 'Aktivt',
  postponed: 'Udskudt',
  ended: 'Afsluttet',
  cancelled: 'Annulleret',
};

export const DECISION_OUTCOME_LABELS: Record<string, string> = {
  grant: 'Bevilling (visiteret)',
  refuse: 'Afslag',
  end: 'Afslutning af forløbet',
};

export const COMPLAINT_OUTCOME_LABELS: Record<string, string> = {
  upheld: 'Afgørelsen fastholdt',
  changed: 'Afgørelsen ændret',
};

/** An eligibility finding's outcome. */
export const FINDING_OUTCOME_LABELS: Record<string, string> = {
  met: 'Opfyldt',
  not_met: 'Ikke opfyldt',
  flag: 'Til afklaring',
  overridden: 'Fraveget',
};

/** The eligibility rules of the service standards. */
export const FINDING_RULE_LABELS: Record<string, string> = {
  one_offer_at_a_time: 'Ét tilbud ad gangen',
  renewed_application_quarantine: 'Fornyet ansøgning om genoptræning (karens)',
  sel_86_1_need: 'Behov for genoptræning (SEL § 86, stk. 1)',
  sel_86_2_need: 'Behov for vedligeholdende træning (SEL § 86, stk. 2)',
};

/** The facts behind a finding, and the therapist's answers on the assessment form. */
export const FINDING_FACT_LABELS: Record<string, string> = {
  active_course_at_centre: 'Aktivt forløb i træningscentret',
  therapy_elsewhere_same_condition: 'Fysio- eller ergoterapi et andet sted for samme lidelse',
  trains_elsewhere: 'Træner et andet sted',
  loss_without_hospital_contact: 'Funktionstab uden hospitalskontakt',
  cannot_regain_by_own_effort: 'Kan ikke genvinde færdighederne ved egen indsats',
  has_physical_psychological_or_social_problems: 'Fysiske, psykiske eller særlige sociale problemer',
  cannot_keep_up_alone: 'Kan ikke selv vedligeholde færdighederne',
  no_other_training_suffices: 'Ingen anden træning, heller ikke egen indsats, kan vedligeholde færdighederne',
  last_course_ended: 'Sidste kommunale genoptræningsforløb sluttede',
  earliest_renewal: 'Tidligst ny ansøgning',
  received: 'Ansøgningen modtaget',
  months: 'Karens i måneder',
  override: 'Begrundelse for fravigelse',
};

/** Letters kept with a case. */
export const LETTER_KIND_LABELS: Record<string, string> = {
  invitation: 'Indkaldelse til indledende samtale',
  grant: 'Afgørelse: bevilling',
  refusal: 'Afgørelse: afslag',
  reassessment_upheld: 'Revurdering: afgørelsen fastholdes',
  final_status: 'Slutstatus til lægen',
  course_ending: 'Afgørelse: forløbet afsluttes',
  appeals_bundle: 'Sagen til Ankestyrelsen',
  training_plan: 'Træningsplan',
};

/** Sundhedsloven § 140, stk. 4: the citizen's choice when free choice was offered. */
export const CITIZEN_CHOICE_LABELS: Record<string, string> = {
  municipal: 'Kommunens tilbud',
  private: 'Privat leverandør (frit valg)',
};

/** KL's status reasons for a received plan (national code list). */
export const KL_STATUS_REASON_LABELS: Record<string, string> = {
  'a8632e22-bf0c-4f5a-92a7-70977ba104d5': 'Udskudt',
  '3796fa11-305f-47d6-b164-45b05489afb2': 'Frit valg',
  '46a6bc1f-bfe8-4390-a71f-44ad4a384b9d': 'Frit valg afslået',
  'f64b8f5e-8ced-4a8b-ab73-8994fb524915': 'Anden kommune',
  '8ac7be88-5d16-4dbd-a61a-ab02673f4b34': 'Fejl (fejlafsendt genoptræningsplan)',
};
