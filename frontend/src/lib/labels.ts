// Danish labels for the codes several features show: deadlines, statuses and how a referral came
// in. A feature's own codes are labelled in that feature (features/<feature>/labels.ts). Legal
// bases are data: their names come from the server with them (src/api/legalBases.ts). Unknown
// codes are shown as they are.

export const DEADLINE_KIND_LABELS: Record<string, string> = {
  invitation: 'Indkaldelse til indledende samtale',
  training_start: 'Opstart af træning',
  decision: 'Afgørelse',
  free_choice: 'Frit valg (SUL § 140, stk. 4)',
  complaint: 'Klagefrist',
  reassessment: 'Revurdering efter klage',
};

export const PLAN_TYPE_LABELS: Record<string, string> = {
  almen_basal: 'Almen – basal',
  almen_avanceret: 'Almen – avanceret',
  specialiseret: 'Specialiseret',
  rehabilitering_specialiseret: 'Rehabilitering på specialiseret niveau',
};

export const CHANNEL_LABELS: Record<string, string> = {
  web_form: 'Webformular',
  post: 'Post',
  email: 'E-mail',
  borgerservice_ishoj: 'Borgerservice Ishøj Centeret',
  borgerservice_vallensbaek: 'Borgerservice Vallensbæk Rådhus',
};

export const SUBMITTER_LABELS: Record<string, string> = {
  citizen: 'Borgeren',
  relative: 'Pårørende',
  borgerservice: 'Borgerservice',
};

export const STATUS_LABELS: Record<string, string> = {
  overdue: 'Overskredet',
  due_today: 'Frist i dag',
  due_soon: 'Forfalder snart',
  on_track: 'I god tid',
  met: 'Overholdt',
  not_running: 'Løber ikke længere',
};

/** The options of a code list, in the order they are written above. */
export function optionsOf(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

export function labelFor(labels: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  return labels[code] ?? code;
}

/** Working days left as words: "3 hverdage", "1 hverdag", "i dag", "2 hverdage over". */
export function workingDaysLabel(days: number): string {
  if (days === 0) return 'Fristen er i dag';
  const n = Math.abs(days);
  const unit = n === 1 ? 'hverdag' : 'hverdage';
  return days > 0 ? `${n} ${unit}` : `${n} ${unit} over fristen`;
}
