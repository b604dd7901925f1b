import { Link } from 'react-router';
import type { AccessLogEntry } from '../../../api/types';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { ACCESS_OUTCOME_LABELS, ACCESS_USE_LABELS, criterionLabel, operationLabel } from '../labels';

const CLIENT_LABELS: Record<string, string> = { spa: 'Sagsbehandlingssystemet' };
import { writeFilters } from './accessLogForm';

function ShortId({ id }: { id: string }) {
  return <code title={id}>{id.slice(0, 8)}…</code>;
}

export function AccessLogTable({ items, total }: { items: AccessLogEntry[]; total: string }) {
  return (
    <div className="table-wrap table-wrap--cards">
      <table className="table access-log">
        <caption className="table__caption">Adgang til personoplysninger, nyeste først. {total}</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Hvem</th>
            <th scope="col">Brug</th>
            <th scope="col">Handling</th>
            <th scope="col">Borgere</th>
            <th scope="col">Kriterium</th>
            <th scope="col">Udfald</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.id} className={entry.outcome === 'refused' ? 'row--refused' : undefined}>
              <th scope="row">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </th>
              <td data-label="Hvem">
                {entry.user_id ? (
                  <Link to={`/adgangslog?${writeFilters({ user_id: entry.user_id }).toString()}`}>
                    {entry.user_name ?? entry.actor}
                    <span className="visually-hidden"> – vis denne medarbejders adgang</span>
                  </Link>
                ) : (
                  entry.actor
                )}
                <span className="cell-sub">{CLIENT_LABELS[entry.client] ?? entry.client}</span>
              </td>
              <td data-label="Brug">{labelFor(ACCESS_USE_LABELS, entry.use)}</td>
              <td data-label="Handling">
                {operationLabel(entry.operation)}
                <span className="cell-sub" title={entry.request_id}>
                  Forespørgsel {entry.request_id.slice(0, 8)}
                </span>
              </td>
              <td data-label="Borgere">
                {entry.citizen_ids.length === 0 ? (
                  '–'
                ) : (
                  <ul className="plain-list">
                    {entry.citizen_ids.map((id) => (
                      <li key={id}>
                        <Link to={`/adgangslog?${writeFilters({ citizen_id: id }).toString()}`}>
                          <ShortId id={id} />
                          <span className="visually-hidden"> – vis al adgang til denne borger</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-label="Kriterium">{criterionLabel(entry.criterion)}</td>
              <td data-label="Udfald">
                <span className={`pill ${entry.outcome === 'refused' ? 'pill--error' : 'pill--ok'}`}>
                  {labelFor(ACCESS_OUTCOME_LABELS, entry.outcome)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
