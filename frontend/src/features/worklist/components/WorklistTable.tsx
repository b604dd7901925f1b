import { Link } from 'react-router';
import type { WorklistItem } from '../../../api/types';
import type { WorklistSort } from '../api/getWorklist';
import { StatusBadge } from '../../../components/StatusBadge';
import { copenhagenToday, formatDate, formatDateLong } from '../../../lib/dates';
import { DEADLINE_KIND_LABELS, labelFor, workingDaysLabel } from '../../../lib/labels';
import { AssignControl } from './AssignControl';

// The columns the server sorts by (the list is paged, so the order is the server's).
const SORTABLE: Record<'name' | 'due', { label: string; caption: string }> = {
  name: { label: 'Borger', caption: 'borgerens navn' },
  due: { label: 'Frist', caption: 'frist' },
};
const RECEIVED_CAPTION = 'modtagelsesdato';

/** A deadline due today reads as urgent, in red and in words. */
export function displayStatus(item: WorklistItem, today: string): string {
  return item.status !== 'overdue' && item.due_date === today ? 'due_today' : item.status;
}

export function WorklistTable({
  items,
  total,
  mayAssign,
  sort,
  onSort,
}: {
  items: WorklistItem[];
  total: string;
  mayAssign: boolean;
  sort: WorklistSort;
  onSort: (sort: WorklistSort) => void;
}) {
  const today = copenhagenToday();
  const descending = sort.startsWith('-');
  const key = sort.replace('-', '');
  const header = (column: keyof typeof SORTABLE) => {
    const active = key === column;
    return (
      <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort((active && !descending ? `-${column}` : column))}
        >
          {SORTABLE[column].label}
          <span aria-hidden="true">{active ? (descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  const caption = key === 'received' ? RECEIVED_CAPTION : SORTABLE[key as keyof typeof SORTABLE].caption;

  return (
    <div className="table-wrap table-wrap--cards">
      <table className="table worklist">
        <caption className="table__caption">
          Åbne sager, sorteret efter {caption}
          {descending ? ' (omvendt)' : ''}. {total}
        </caption>
        <thead>
          <tr>
            {header('name')}
            <th scope="col">Lovgrundlag</th>
            <th scope="col">Matrikel</th>
            {header('due')}
            <th scope="col">Hverdage tilbage</th>
            <th scope="col">Status</th>
            <th scope="col">Tildelt</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
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
