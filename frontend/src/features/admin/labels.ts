// Danish labels for the permissions and API-key scopes the administration page shows and grants.

export const PERMISSION_LABELS: Record<string, string> = {
  'citizens.read': 'Se borgere',
  'citizens.write': 'Oprette og rette borgere',
  'cases.read': 'Se sager',
  'cases.write': 'Registrere henvendelser og rette sager',
  'worklist.read': 'Se arbejdslisten',
  'centre.read': 'Se centrets oplysninger (matrikler, lukkedage)',
  'centre.manage': 'Vedligeholde centrets oplysninger',
  'users.manage': 'Administrere brugere',
  'api_keys.manage': 'Administrere API-nøgler',
  'access_log.read': 'Læse adgangsloggen',
  'cases.all_sites': 'Sager på alle matrikler',
  'courses.read': 'Se forløb og egne tider',
  'courses.write': 'Planlægge forløb og booke tider',
  'scheduling.manage': 'Vedligeholde lokaler, arbejdstider og fravær',
};

/** What an API key may be given: the citizen and case permissions, and cases at every site. */
export const API_KEY_SCOPE_LABELS: Record<string, string> = {
  'citizens.read': 'Se borgere',
  'citizens.write': 'Oprette og rette borgere',
  'cases.read': 'Se sager',
  'cases.write': 'Registrere henvendelser og rette sager',
  'worklist.read': 'Se arbejdslisten',
  'centre.read': 'Se centrets oplysninger',
  'cases.all_sites': 'Sager på alle matrikler',
};

/** A therapist's discipline, as the person's profession. */
export const STAFF_DISCIPLINE_LABELS: Record<string, string> = {
  physiotherapy: 'Fysioterapeut',
  occupational_therapy: 'Ergoterapeut',
};
