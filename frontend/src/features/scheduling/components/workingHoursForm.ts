// The working-hours editor's rows and what is sent; the server checks overlaps and order.

import type { WorkingHours, WorkingHoursEdit } from '../../../api/types';

export interface HoursRow {
  weekday: string;
  starts: string;
  ends: string;
}

export function hoursRows(hours: WorkingHours | undefined): HoursRow[] {
  return (hours?.hours ?? []).map((h) => ({ weekday: String(h.weekday), starts: h.starts, ends: h.ends }));
}

export function toWorkingHours(rows: readonly HoursRow[]): WorkingHoursEdit {
  return {
    hours: rows
      .filter((r) => r.weekday && (r.starts || r.ends))
      .map((r) => ({ weekday: Number(r.weekday), starts: r.starts.trim(), ends: r.ends.trim() })),
  };
}

/** The server names a row's field as "hours.<index>.<field>": the row and its field. */
export function rowField(field: string): { index: number; name: string } | null {
  const m = /(?:^|\.)hours\.(\d+)\.(weekday|starts|ends)$/.exec(field);
  return m ? { index: Number(m[1]), name: m[2]! } : null;
}
