// The letters' templates: their Danish names, what a template of each kind may use, and the form.
import { problemToFormErrors, type Problem } from '../../../api/problem';
import { formatDateTime } from '../../../lib/dates';
import type { LetterTemplateInput } from '../api/addLetterTemplate';
import type { LetterKind, LetterTemplate } from '../api/getLetterTemplates';

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  invitation: 'Indkaldelse',
  grant: 'Bevilling',
  refusal: 'Afslag',
  reassessment_upheld: 'Revurdering – fastholdt',
  final_status: 'Slutstatus til lægen',
  course_ending: 'Afslutning af forløb (afgørelse)',
  training_plan: 'Træningsplan',
};

/** The kind's name inside a sentence ("Version 2 af indkaldelsen er gemt."). */
const LETTER_KIND_DEFINITE: Record<LetterKind, string> = {
  invitation: 'indkaldelsen',
  grant: 'bevillingen',
  refusal: 'afslaget',
  reassessment_upheld: 'revurderingen',
  final_status: 'slutstatussen',
  course_ending: 'afgørelsen om afslutning',
  training_plan: 'træningsplanen',
};

/** The kinds in the order the page shows them. */
export const LETTER_KINDS = Object.keys(LETTER_KIND_LABELS) as LetterKind[];

/** Decisions: the system puts the complaint guidance after their text. */
const DECISION_KINDS: ReadonlySet<LetterKind> = new Set<LetterKind>([
  'grant',
  'refusal',
  'reassessment_upheld',
  'course_ending',
]);

export function isDecision(kind: LetterKind): boolean {
  return DECISION_KINDS.has(kind);
}

export function letterKindLabel(kind: string): string {
  return (LETTER_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export interface TemplateVariable {
  /** As written in the template, e.g. "citizen.name". */
  name: string;
  description: string;
}

/** Every letter has these. */
const COMMON_VARIABLES: readonly TemplateVariable[] = [
  { name: 'citizen.name', description: 'Borgerens navn.' },
  { name: 'citizen.address', description: 'Borgerens adresse.' },
  { name: 'letter_date', description: 'Brevets dato. Skriv | dato efter for en dansk dato.' },
  { name: 'case.received_date', description: 'Den dag, henvendelsen blev modtaget.' },
  { name: 'case.legal_basis_name', description: 'Lovgrundlaget, fx “Genoptræning (Serviceloven § 86, stk. 1)”.' },
  { name: 'case.legal_basis_citation', description: 'Lovgrundlaget efter »efter«, fx “servicelovens § 86, stk. 1”.' },
  { name: 'case.complaint_days', description: 'Klagefristen i dage, som den gælder for sagen.' },
  { name: 'case.reassessment_days', description: 'Fristen for at revurdere en klage, i dage.' },
  { name: 'site.name', description: 'Navnet på sagens matrikel, fx Træningscenter Syd.' },
  { name: 'site.address', description: 'Matriklens adresse.' },
  { name: 'site.phone', description: 'Matriklens telefonnummer.' },
  { name: 'centre.name', description: 'Centrets navn.' },
  { name: 'centre.address_lines', description: 'Centrets adresse som linjer, fx {{ centre.address_lines | join(", ") }}.' },
  { name: 'centre.phone', description: 'Centrets telefonnummer.' },
  { name: 'centre.phone_hours', description: 'Hvornår telefonen er åben, fx “hverdage kl. 8-9”.' },
  { name: 'centre.email', description: 'Centrets e-mailadresse.' },
  { name: 'centre.complaint_address_lines', description: 'Adressen, klager sendes til, som linjer.' },
  { name: 'centre.complaint_email', description: 'E-mailadressen, klager sendes til.' },
  { name: 'centre.complaint_attention', description: 'Hvem en klage skal være att.' },
];

const INVITATION_VARIABLES: readonly TemplateVariable[] = [
  {
    name: 'invitation.meeting_at',
    description: 'Tidspunktet for samtalen. Skriv | ugedag, | dato og | klokken efter.',
  },
  { name: 'invitation.place', description: 'Hvor samtalen er: "site" (på matriklen) eller "home" (hjemme hos borgeren).' },
  { name: 'invitation.site_name', description: 'Matriklen, hvor samtalen er (tom ved samtale i hjemmet).' },
  { name: 'invitation.site_address', description: 'Matriklens adresse (tom ved samtale i hjemmet).' },
  { name: 'invitation.therapist_name', description: 'Terapeuten, borgeren skal mødes med.' },
  {
    name: 'invitation.channel',
    description: 'Hvordan indkaldelsen sendes: "letter" (brev), "phone" (telefon) eller "digital_post".',
  },
];

const DECISION_VARIABLES: readonly TemplateVariable[] = [
  { name: 'decision.decided_on', description: 'Afgørelsens dato.' },
  {
    name: 'decision.disciplines',
    description: 'Faggrupperne, fx fysioterapeut og ergoterapeut. En liste: skriv | opremsning efter.',
  },
  { name: 'decision.form', description: 'Træningens form, fx “individuel træning i træningscentret”.' },
  { name: 'decision.transport', description: 'Om borgeren har fået kørsel (brug {% if decision.transport %}).' },
  { name: 'decision.reasons', description: 'Terapeutens begrundelse som fri tekst. Skriv | afsnit efter.' },
  { name: 'decision.findings', description: 'Vurderingens punkter, en liste (brug {% for finding in decision.findings %}).' },
  { name: 'complaint_deadline', description: 'Sidste dag for at klage (kan være tom: brug {% if complaint_deadline %}).' },
];

const COMPLAINT_VARIABLES: readonly TemplateVariable[] = [
  { name: 'complaint.received_on', description: 'Den dag, klagen blev modtaget.' },
  { name: 'complaint.reassessed_on', description: 'Den dag, centret revurderede afgørelsen.' },
  {
    name: 'complaint.forwarded_on',
    description: 'Den dag, klagen blev sendt til Ankestyrelsen (kan være tom: brug {% if %}).',
  },
];

const FINAL_STATUS_VARIABLES: readonly TemplateVariable[] = [
  { name: 'final_status.general_practitioner', description: 'Den praktiserende læges navn fra borgerens stamdata.' },
  { name: 'final_status.clinic', description: 'Lægens klinik.' },
  { name: 'final_status.started_on', description: 'Den dag, forløbet begyndte (kan være tom: brug {% if %}).' },
  { name: 'final_status.ended_on', description: 'Den dag, forløbet sluttede.' },
  { name: 'final_status.end_reason', description: 'Årsagen til afslutningen.' },
  { name: 'final_status.goals', description: 'Forløbets mål, hver med text og outcome (brug {% for %}).' },
  { name: 'final_status.note', description: 'Terapeutens notat ved afslutningen.' },
];

const ENDING_VARIABLES: readonly TemplateVariable[] = [
  { name: 'decision.decided_on', description: 'Afgørelsens dato.' },
  { name: 'decision.reasons', description: 'Terapeutens begrundelse som fri tekst. Skriv | afsnit efter.' },
  { name: 'complaint_deadline', description: 'Sidste dag for at klage (kan være tom: brug {% if complaint_deadline %}).' },
  { name: 'ending.started_on', description: 'Den dag, forløbet begyndte (kan være tom: brug {% if %}).' },
  { name: 'ending.ended_on', description: 'Den dag, forløbet slutter.' },
  { name: 'ending.reason', description: 'Årsagen til afslutningen.' },
];

const TRAINING_PLAN_VARIABLES: readonly TemplateVariable[] = [
  {
    name: 'training_plan.sessions',
    description:
      'Borgerens kommende træningstider i tidsorden, en liste (brug {% for session in training_plan.sessions %}). Hver har starts_at og ends_at (skriv | ugedag, | dato og | klokken efter), what (fx “Individuel træning” eller holdets navn), place ("site", "home" for hjemmebesøg eller "nearby"), site_name, site_address og room_name (tomme uden for træningscentret).',
  },
  { name: 'training_plan.disciplines', description: 'Forløbets faggrupper. En liste: skriv | opremsning efter.' },
];

const KIND_VARIABLES: Record<LetterKind, readonly TemplateVariable[]> = {
  invitation: INVITATION_VARIABLES,
  grant: DECISION_VARIABLES,
  refusal: DECISION_VARIABLES,
  reassessment_upheld: [...DECISION_VARIABLES, ...COMPLAINT_VARIABLES],
  final_status: FINAL_STATUS_VARIABLES,
  course_ending: ENDING_VARIABLES,
  training_plan: TRAINING_PLAN_VARIABLES,
};

/** The variables a template of `kind` may use: every letter's, then the kind's own. */
export function variablesFor(kind: LetterKind): TemplateVariable[] {
  return [...COMMON_VARIABLES, ...KIND_VARIABLES[kind]];
}

export interface TemplateFilter {
  name: string;
  /** How it is written, with a variable the kind has. */
  example: string;
  /** What the example gives, as words. */
  result: string;
}

/** The letters' own Danish filters a template of `kind` has a use for. */
export function filtersFor(kind: LetterKind): TemplateFilter[] {
  const filters: TemplateFilter[] = [
    { name: 'dato', example: '{{ letter_date | dato }}', result: 'datoen på dansk, fx “9. november 2026”' },
    { name: 'ugedag', example: '{{ letter_date | ugedag }}', result: 'ugedagen, fx “mandag”' },
  ];
  if (kind === 'invitation') {
    filters.push({
      name: 'klokken',
      example: '{{ invitation.meeting_at | klokken }}',
      result: 'klokkeslættet i dansk tid, fx “kl. 10.30”',
    });
  } else if (kind === 'training_plan') {
    filters.push(
      {
        name: 'klokken',
        example: '{{ session.starts_at | klokken }}',
        result: 'klokkeslættet i dansk tid, også efter skift til sommertid, fx “kl. 10.30”',
      },
      {
        name: 'opremsning',
        example: '{{ training_plan.disciplines | opremsning }}',
        result: 'listen som tekst, fx “fysioterapeut og ergoterapeut”',
      },
    );
  } else if (kind === 'final_status') {
    filters.push({
      name: 'afsnit',
      example: '{{ final_status.note | afsnit }}',
      result: 'teksten delt i afsnit ved tomme linjer',
    });
  } else {
    filters.push(
      {
        name: 'opremsning',
        example: '{{ decision.disciplines | opremsning }}',
        result: 'listen som tekst, fx “fysioterapeut og ergoterapeut”',
      },
      {
        name: 'afsnit',
        example: '{{ decision.reasons | afsnit }}',
        result: 'teksten delt i afsnit ved tomme linjer',
      },
    );
  }
  return filters;
}

/** Who saved the version in use, and when; or that it is the system's own text. */
export function versionText(template: LetterTemplate): string {
  if (template.version === 0) return 'Systemets standardtekst. Den er ikke ændret endnu.';
  const when = template.created_at ? ` ${formatDateTime(template.created_at)}` : '';
  const who = template.created_by ? ` af ${template.created_by}` : '';
  return `Version ${template.version}, gemt${when}${who}.`;
}

export function savedMessage(saved: LetterTemplate): string {
  return `Version ${saved.version} af ${LETTER_KIND_DEFINITE[saved.kind]} er gemt. Nye breve bruger den fra nu.`;
}

export const TEMPLATE_FIELDS = ['body'] as const;
export const MAX_TEMPLATE_LENGTH = 20_000;

export function validateTemplate(body: string): Record<string, string> {
  if (!body.trim()) return { body: 'Skriv brevets tekst.' };
  if (body.length > MAX_TEMPLATE_LENGTH) {
    return { body: `Teksten er for lang: højst ${MAX_TEMPLATE_LENGTH.toLocaleString('da-DK')} tegn.` };
  }
  return {};
}

/** The request body for saving or previewing: the text exactly as written. */
export function toTemplateBody(kind: LetterKind, body: string): LetterTemplateInput {
  return { kind, body };
}

/** A problem document as the form's errors: the template's errors by the text field. */
export function templateProblemErrors(problem: Problem) {
  return problemToFormErrors(problem, TEMPLATE_FIELDS);
}
