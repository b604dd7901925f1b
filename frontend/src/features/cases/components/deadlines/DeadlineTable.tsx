import type { Deadline } from '../../../../api/types';
import { StatusBadge } from '../../../../components/StatusBadge';
import { formatDate, formatDateLong } from '../../../../lib/dates';
import { DEADLINE_KIND_LABELS, labelFor, workingDaysLabel } from '../../../../lib/labels';

export function DeadlineTable({ deadlines }: { deadlines: Deadline[] }) {
  if (deadlines.length === 0) return <p className="empty">Sagen har ingen frister.</p>;
  return (
    <div className="table-wrap table-wrap--cards">
      <table className="table">
        <caption className="visually-hidden">Sagens svarfrister</caption>
        <thead>
          <tr>
            <th scope="col">Frist</th>
            <th scope="col">Dato</th>
            <th scope="col">Hverdage tilbage</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {deadlines.map((d) => (
            <tr key={d.kind}>
              <th scope="row">{labelFor(DEADLINE_KIND_LABELS, d.kind)}</th>
              <td data-label="Dato">
                <time dateTime={d.due_date}>{formatDateLong(d.due_date)}</time>
              </td>
              <td data-label="Hverdage tilbage" className="num">
                {d.met_on || d.status === 'not_running' ? '–' : workingDaysLabel(d.working_days_left)}
              </td>
              <td data-label="Status">
                {d.met_on ? (
                  <span className="status status--met">
                    Overholdt {formatDate(d.met_on)}
                  </span>
                ) : (
                  <StatusBadge status={d.status} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
