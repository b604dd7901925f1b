import { useState } from 'react';
import { Link } from 'react-router';
import type { WorklistItem } from '../../../api/types';
import { StatusBadge } from '../../../components/StatusBadge';
import { copenhagenToday, formatDate, formatDateLong } from '../../../lib/dates';
import { DEADLINE_KIND_LABELS, labelFor, workingDaysLabel } from '../../../lib/labels';
import { AssignControl } from './AssignControl';

type SortKey = 'due' | 'name' | 'site' | 'assignee';
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Borger' },
  { key: 'site', label: 'Matrikel' },
  { key: 'due', label: 'Frist' },
  { key: 'assignee', label: 'Tildelt' },
];

const collator = new Intl.Collator('da');

function compare(key: SortKey, a: WorklistItem, b: WorklistItem): number {
  switch (key) {
    case 'name':
      return collator.compare(a.citizen_name, b.citizen_name);
    case 'site':
      return collator.compare(a.site.name, b.site.name);
    case 'assignee':
      // Unassigned first: those are the ones to hand out.
      return collator.compare(a.assignee?.display_name ?? '', b.assignee?.display_name ?? '');
    default:
      return a.due_date.localeCompare(b.due_date);
  }
}

/** A deadline due today reads as urgent, in red and in words. */
export function displayStatus(item: WorklistItem, today: string): string {
  return item.status !== 'overdue' && item.due_date === today ? 'due_today' : item.status;
}

export function WorklistTable({
  items,
  total,
  mayAssign,
}: {
  items: WorklistItem[];
  total: string;
  mayAssign: boolean;
}) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'due', descending: false });
  const today = copenhagenToday();
  const sorted = [...items].sort((a, b) => {
    const order = compare(sort.key, a, b) || a.due_date.localeCompare(b.due_date);
    return sort.descending ? -order : order;
  });
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key, descending: active ? !sort.descending : false })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  const byKey = Object.fromEntries(COLUMNS.map((c) => [c.key, c.label])) as Record<SortKey, string>;

  return (
    <div className="table-wrap table-wrap--cards">
      <table className="table worklist">
        <caption className="table__caption">
          Åbne sager, sorteret efter {byKey[sort.key].toLowerCase()}. {total}
        </caption>
        <thead>
          <tr>
            {header('name', byKey.name)}
            <th scope="col">Lovgrundlag</th>
            {header('site', byKey.site)}
            {header('due', byKey.due)}
            <th scope="col">Hverdage tilbage</th>
            <th scope="col">Status</th>
            {header('assignee', byKey.assignee)}
          </tr>
        </thead>
        <tbody>
          {sorted.map((item) => {
            const status = displayStatus(item, today);
            return (
              <tr key={`${item.case_id}-${item.deadline_kind}`} className={`row--${status}`}>
                <th scope="row">
                  <Link to={`/sager/${item.case_id}`}>{item.citizen_name}</Link>
                  {item.possible_duplicate_of ? (
                    <span className="cell-sub">
                      <Link className="tag tag--warning" to={`/sager/${item.possible_duplicate_of}`}>
                        Mulig dublet<span className="visually-hidden"> af en anden sag: åbn den anden sag</span>
                      </Link>
                    </span>
                  ) : null}
                </th>
                <td data-label="Lovgrundlag">
                  <span className="nowrap">{item.legal_basis_names.short_name}</span>
                  <span className="cell-sub">{item.legal_basis_names.service}</span>
                </td>
                <td data-label="Matrikel">{item.site.name}</td>
                <td data-label="Frist">
                  {labelFor(DEADLINE_KIND_LABELS, item.deadline_kind)}{' '}
                  <time className="nowrap" dateTime={item.due_date} title={formatDateLong(item.due_date)}>
                    {formatDate(item.due_date)}
                  </time>
                </td>
                <td data-label="Hverdage tilbage" className="num">
                  {workingDaysLabel(item.working_days_left)}
                </td>
                <td data-label="Status">
                  <StatusBadge status={status} />
                </td>
                <td data-label="Tildelt">
                  {mayAssign ? (
                    <AssignControl item={item} />
                  ) : (
                    (item.assignee?.display_name ?? 'Ingen')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
