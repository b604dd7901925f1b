// Scheduling's codes in Danish (the disciplines in the case page's words).
export { DISCIPLINE_LABELS } from '../cases/labels';

export const WEEKDAY_LABELS: Record<number, string> = {
  1: 'Mandag',
  2: 'Tirsdag',
  3: 'Onsdag',
  4: 'Torsdag',
  5: 'Fredag',
  6: 'Lørdag',
  7: 'Søndag',
};

export const ABSENCE_KIND_LABELS: Record<string, string> = {
  holiday: 'Ferie',
  illness: 'Sygdom',
  further_training: 'Kursus',
};

export const PLACE_LABELS: Record<string, string> = {
  site: 'I træningscentret',
  home: 'I borgerens hjem',
  nearby: 'I borgerens nærmiljø',
};

export const EXCEPTION_REASON_LABELS: Record<string, string> = {
  acquired_brain_injury: 'Nyopstået hjerneskade',
  other: 'Anden begrundelse',
};
