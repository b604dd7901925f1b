import { Link } from 'react-router';
import type { WorklistItem } from '../../../api/types';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatDate, formatDateLong } from '../../../lib/dates';
import { DEADLINE_KIND_LABELS, labelFor, workingDaysLabel } from '../../../lib/labels';

export function WorklistTable({ items, total }: { items: WorklistItem[]; total: string }) {
  return (
    <div className="table-wrap">
      <table className="table worklist">
        <caption className="table__caption">
          Åbne sager, nærmeste frist først. {total}
        </caption>
        <thead>
          <tr>
            <th scope="col">Borger</th>
            <th scope="col">Lovgrundlag</th>
            <th scope="col">Matrikel</th>
            <th scope="col">Frist</th>
            <th scope="col">Dato</th>
            <th scope="col">Hverdage tilbage</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.case_id}-${item.deadline_kind}`} className={`row--${item.status}`}>
              <th scope="row">
                <Link to={`/sager/${item.case_id}`}>{item.citizen_name}</Link>
              </th>
              <td>
                <span className="nowrap">{item.legal_basis_names.short_name}</span>
                <span className="cell-sub">{item.legal_basis_names.service}</span>
              </td>
              <td className="nowrap">{item.site.name}</td>
              <td>{labelFor(DEADLINE_KIND_LABELS, item.deadline_kind)}</td>
              <td className="nowrap">
                <time dateTime={item.due_date} title={formatDateLong(item.due_date)}>
                  {formatDate(item.due_date)}
                </time>
              </td>
              <td className="num">{workingDaysLabel(item.working_days_left)}</td>
              <td>
                <StatusBadge status={item.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
