export const WEEKDAYS: Record<number, string> = {
  1: 'mandag',
  2: 'tirsdag',
  3: 'onsdag',
  4: 'torsdag',
  5: 'fredag',
};

export const DISCIPLINES: Record<string, string> = {
  physiotherapy: 'Fysioterapi',
  occupational_therapy: 'Ergoterapi',
};

const DATE = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const CLOCK = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });

export const dayOf = (iso: string) => DATE.format(new Date(iso));
export const clockOf = (iso: string) => CLOCK.format(new Date(iso));
