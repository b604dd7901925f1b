// Danish labels for the access log's codes.

/** What an access-log entry did with the personal data (GDPR's "use"). */
export const ACCESS_USE_LABELS: Record<string, string> = {
  read: 'Læsning',
  search: 'Søgning',
  create: 'Oprettelse',
  change: 'Ændring',
  export: 'Udtræk',
  delete: 'Sletning',
};

export const ACCESS_OUTCOME_LABELS: Record<string, string> = {
  allowed: 'Tilladt',
  refused: 'Afvist',
};

/** The operations in the log, by their API names, as the staff know them. */
export const OPERATION_LABELS: Record<string, string> = {
  'auth-login': 'Log ind',
  'centre-list_therapists': 'Se terapeuter',
  'citizens-create': 'Opret borger',
  'citizens-get': 'Se borger',
  'citizens-edit': 'Ret borgerens oplysninger',
  'citizens-list_changes': 'Se ændringer af borgerens oplysninger',
  'citizens-list_cases': 'Se borgerens sager',
  'citizens-search': 'Søg efter borger',
  'citizens-list_courses': 'Se borgerens forløb',
  'citizens-record_earlier_course': 'Registrér tidligere forløb',
  'cases-register_referral': 'Registrér henvendelse',
  'cases-get': 'Se sag',
  'cases-record_event': 'Registrér sagsskridt',
  'cases-correct_event': 'Fortryd sagsskridt',
  'cases-assign': 'Tildel sag',
  'visitation-invite': 'Indkald til samtale',
  'visitation-preview_invitation': 'Forhåndsvis indkaldelse',
  'visitation-assess': 'Registrér vurdering',
  'visitation-decide': 'Træf afgørelse',
  'visitation-preview_decision': 'Forhåndsvis afgørelse',
  'visitation-record_decision_receipt': 'Registrér modtagelse af afgørelse',
  'visitation-start_training': 'Registrér opstart af træning',
  'visitation-record_free_choice': 'Registrér frit valg',
  'visitation-register_complaint': 'Registrér klage',
  'visitation-uphold': 'Genvurdér og fasthold',
  'visitation-forward_to_appeals_board': 'Send til Ankestyrelsen',
  'letters-download': 'Hent brev',
  'worklist-list': 'Se arbejdslisten',
  'access_log-search': 'Søg i adgangsloggen',
  'access_log-citizen_report': 'Lav indsigtsrapport',
  'access_log-find_citizens': 'Find borger til revision',
};

/** An operation's Danish name; an unknown one (a newer API) as "Anden handling". */
export function operationLabel(operation: string): string {
  return OPERATION_LABELS[operation] ?? 'Anden handling';
}

/** A search's criterion in words: "cpr" → "CPR-nummer" (the number itself is never logged). */
export function criterionLabel(criterion: string | null | undefined): string {
  if (!criterion) return '–';
  if (criterion === 'cpr') return 'CPR-nummer';
  if (criterion === 'phone') return 'Telefonnummer';
  if (criterion.startsWith('name:')) return `Navn: ${criterion.slice(5)}`;
  // The auditor's own search: "citizen=<id|*> user=<id|*> from=<date|None> to=<date|None>".
  const parts = Object.fromEntries(
    criterion.split(' ').map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
    }),
  );
  if ('citizen' in parts || 'user' in parts) {
    const given = (v: string | undefined) => v && v !== '*' && v !== 'None';
    const words: string[] = [];
    words.push(given(parts.citizen) ? 'én borger' : 'alle borgere');
    words.push(given(parts.user) ? 'én medarbejder' : 'alle medarbejdere');
    if (given(parts.from) || given(parts.to)) {
      const day = (v: string | undefined) => (given(v) ? v!.split('-').reverse().join('.') : '…');
      words.push(`periode ${day(parts.from)}–${day(parts.to)}`);
    }
    return words.join(', ');
  }
  return criterion;
}
