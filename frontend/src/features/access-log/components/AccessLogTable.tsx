import { Link } from 'react-router';
import type { AccessLogEntry } from '../../../api/types';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { ACCESS_OUTCOME_LABELS, ACCESS_USE_LABELS } from '../labels';
import { writeFilters } from './accessLogForm';

function ShortId({ id }: { id: string }) {
  return <code title={id}>{id.slice(0, 8)}…</code>;
}

export function AccessLogTable({ items, total }: { items: AccessLogEntry[]; total: string }) {
  return (
    <div className="table-wrap">
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
              <th scope="row" className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </th>
              <td>
                {entry.actor}
                <span className="cell-sub">
                  {entry.client}
                  {entry.user_id ? (
                    <>
                      {' · '}
                      <Link to={`/adgangslog?${writeFilters({ user_id: entry.user_id }).toString()}`}>
                        <ShortId id={entry.user_id} />
                        <span className="visually-hidden"> – vis denne brugers adgang</span>
                      </Link>
                    </>
                  ) : null}
                </span>
              </td>
              <td>{labelFor(ACCESS_USE_LABELS, entry.use)}</td>
              <td>
                <code>{entry.operation}</code>
                <span className="cell-sub">Request-id: {entry.request_id}</span>
              </td>
              <td>
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
              <td>{entry.criterion ?? '–'}</td>
              <td>
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
