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
