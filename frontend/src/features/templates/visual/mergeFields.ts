// The merge fields as the visual editor shows them: a short Danish name for each, and the ones a
// team leader can insert into a letter of each kind (written with the filter that reads well).
import type { LetterKind } from '../api/getLetterTemplates';
import { mergeFieldParts } from './templateModel';

const FIELD_NAMES: Record<string, string> = {
  'citizen.name': 'Borgerens navn',
  'citizen.address': 'Borgerens adresse',
  letter_date: 'Brevets dato',
  'case.received_date': 'Henvendelsen modtaget',
  'case.legal_basis_name': 'Lovgrundlag',
  'case.legal_basis_citation': 'Lovgrundlag efter »efter«',
  'case.complaint_days': 'Klagefrist i dage',
  'case.reassessment_days': 'Revurderingsfrist i dage',
  'site.name': 'Matriklens navn',
  'site.address': 'Matriklens adresse',
  'site.phone': 'Matriklens telefon',
  'centre.name': 'Centrets navn',
  'centre.address_lines': 'Centrets adresse',
  'centre.phone': 'Centrets telefon',
  'centre.phone_hours': 'Telefontid',
  'centre.email': 'Centrets e-mail',
  'centre.complaint_address_lines': 'Adresse for klager',
  'centre.complaint_email': 'E-mail for klager',
  'centre.complaint_attention': 'Klager att.',
  'invitation.meeting_at': 'Samtalens tidspunkt',
  'invitation.place': 'Samtalens sted (site/home)',
  'invitation.site_name': 'Matriklen for samtalen',
  'invitation.site_address': 'Matriklens adresse for samtalen',
  'invitation.therapist_name': 'Terapeutens navn',
  'invitation.channel': 'Indkaldelsens kanal',
  'decision.decided_on': 'Afgørelsens dato',
  'decision.disciplines': 'Faggrupper',
  'decision.form': 'Træningens form',
  'decision.transport': 'Kørsel',
  'decision.reasons': 'Begrundelse',
  'decision.findings': 'Vurderingens punkter',
  complaint_deadline: 'Sidste dag for klage',
  'complaint.received_on': 'Klagen modtaget',
  'complaint.reassessed_on': 'Afgørelsen revurderet',
  'complaint.forwarded_on': 'Klagen sendt til Ankestyrelsen',
  'final_status.general_practitioner': 'Egen læge',
  'final_status.started_on': 'Forløbet startede',
  'final_status.ended_on': 'Forløbet sluttede',
  'final_status.end_reason': 'Årsag til afslutning',
  'final_status.note': 'Terapeutens bemærkning',
  'ending.started_on': 'Forløbet begyndte',
  'ending.ended_on': 'Forløbet slutter',
  'ending.reason': 'Årsag til afslutning',
  'training_plan.disciplines': 'Forløbets faggrupper',
};

const FILTER_NAMES: Record<string, string> = {
  dato: 'dato',
  ugedag: 'ugedag',
  klokken: 'klokkeslæt',
  opremsning: 'som tekst',
  afsnit: 'i afsnit',
};

/** The chip's text: "Borgerens navn", "Samtalens tidspunkt (ugedag)"; else the field as written. */
export function mergeFieldLabel(source: string): string {
  const parts = mergeFieldParts(source);
  if (!parts) return source;
  const name = FIELD_NAMES[parts.field] ?? parts.field;
  const filters = parts.filters.map((f) => FILTER_NAMES[f.replace(/\(.*$/, '')] ?? f);
  return filters.length ? `${name} (${filters.join(', ')})` : name;
}

export interface InsertableField {
  /** As the template writes it. */
  source: string;
  label: string;
  /** Paragraphs of free text (| afsnit): a block of its own, not a field inside a paragraph. */
  block: boolean;
}

const field = (source: string): InsertableField => ({
  source,
  label: mergeFieldLabel(source),
  block: source.includes('| afsnit'),
});

const COMMON = [
  '{{ citizen.name }}',
  '{{ citizen.address }}',
  '{{ letter_date | dato }}',
  '{{ case.received_date | dato }}',
  '{{ case.legal_basis_citation }}',
  '{{ case.complaint_days }}',
  '{{ centre.name }}',
  '{{ centre.phone }}',
  '{{ centre.phone_hours }}',
  '{{ centre.email }}',
];

const DECISION = [
  '{{ decision.decided_on | dato }}',
  '{{ decision.disciplines | opremsning }}',
  '{{ decision.form }}',
  '{{ decision.reasons | afsnit }}',
];

// Fields that may be empty in a letter (the site, a forwarding date) need a condition around
// them, so they are left to the source view.
const BY_KIND: Record<LetterKind, string[]> = {
  invitation: [
    '{{ invitation.meeting_at | ugedag }}',
    '{{ invitation.meeting_at | dato }}',
    '{{ invitation.meeting_at | klokken }}',
    '{{ invitation.therapist_name }}',
  ],
  grant: DECISION,
  refusal: DECISION,
  reassessment_upheld: [...DECISION, '{{ complaint.received_on | dato }}', '{{ complaint.reassessed_on | dato }}'],
  final_status: [
    '{{ final_status.general_practitioner }}',
    '{{ final_status.ended_on | dato }}',
    '{{ final_status.end_reason }}',
    '{{ final_status.note | afsnit }}',
  ],
  course_ending: [
    '{{ decision.decided_on | dato }}',
    '{{ ending.ended_on | dato }}',
    '{{ ending.reason }}',
    '{{ decision.reasons | afsnit }}',
  ],
  // The sessions are a loop: edited in the source view.
  training_plan: ['{{ training_plan.disciplines | opremsning }}'],
};

/** The fields the visual editor offers for a letter of `kind`. */
export function insertableFields(kind: LetterKind): InsertableField[] {
  return [...COMMON, ...BY_KIND[kind]].map(field);
}
