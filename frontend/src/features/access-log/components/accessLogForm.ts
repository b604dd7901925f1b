import type { CitizenReport } from '../../../api/types';
import type { AccessLogFilters } from '../api/getAccessLog';

// The filters live in the address (Danish names) so a search can be bookmarked in an audit.
export const FILTER_PARAMS = { citizen_id: 'borger', user_id: 'bruger', from: 'fra', to: 'til' } as const;

export const FILTER_FIELDS = ['citizen_id', 'user_id', 'from', 'to'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value.trim());
}

export function readFilters(params: URLSearchParams): AccessLogFilters {
  const filters: AccessLogFilters = {};
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof AccessLogFilters, string][]) {
    const v = params.get(param)?.trim();
    if (v) filters[key] = v;
  }
  return filters;
}

export function writeFilters(filters: AccessLogFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof AccessLogFilters, string][]) {
    const v = filters[key]?.trim();
    if (v) params.set(param, v);
  }
  return params;
}

/** Messages by field for filters the server would refuse. */
export function validateFilters(f: AccessLogFilters): Record<string, string> {
  const errors: Record<string, string> = {};
  if (f.citizen_id && !isUuid(f.citizen_id)) {
    errors.citizen_id = 'Borger-id skal være et id som i tabellen, fx 3f2a…-…; ikke et CPR-nummer.';
  }
  if (f.user_id && !isUuid(f.user_id)) errors.user_id = 'Bruger-id skal være et id som i tabellen.';
  if (f.from && !DATE.test(f.from)) errors.from = 'Skriv datoen som dd.mm.åååå.';
  if (f.to && !DATE.test(f.to)) errors.to = 'Skriv datoen som dd.mm.åååå.';
  if (!errors.from && !errors.to && f.from && f.to && f.from > f.to) {
    errors.to = 'Til-datoen skal være samme dag som fra-datoen eller senere.';
  }
  return errors;
}

/** Trimmed values, empty ones left out (and ids in lower case, as the server writes them). */
export function cleanFilters(f: AccessLogFilters): AccessLogFilters {
  const clean: AccessLogFilters = {};
  if (f.citizen_id?.trim()) clean.citizen_id = f.citizen_id.trim().toLowerCase();
  if (f.user_id?.trim()) clean.user_id = f.user_id.trim().toLowerCase();
  if (f.from?.trim()) clean.from = f.from.trim();
  if (f.to?.trim()) clean.to = f.to.trim();
  return clean;
}

/** The citizen report as a JSON file's name and text. */
export function reportFile(report: CitizenReport): { name: string; text: string } {
  return {
    name: `indsigt-adgangslog-${report.citizen_id}.json`,
    text: `${JSON.stringify(report, null, 2)}\n`,
  };
}
