import { Link } from 'react-router';
import type { Site, User } from '../../../api/types';
import { formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { roleNames } from '../../../lib/permissions';
import { STAFF_DISCIPLINE_LABELS } from '../labels';

export function UsersTable({ users, sites }: { users: User[]; sites: Site[] }) {
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  const sorted = [...users].sort((a, b) => a.display_name.localeCompare(b.display_name, 'da'));
  return (
    <div className="table-wrap">
      <table className="table users">
        <caption className="table__caption">
          {users.length === 1 ? '1 bruger' : `${users.length} brugere`}, sorteret efter navn.
        </caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">Brugernavn</th>
            <th scope="col">Roller</th>
            <th scope="col">Matrikler</th>
            <th scope="col">Status</th>
            <th scope="col">Oprettet</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'row--inactive'}>
              <th scope="row">
                <Link to={`/administration/brugere/${encodeURIComponent(user.id)}`}>
                  {user.display_name}
                  <span className="visually-hidden"> – redigér</span>
                </Link>
              </th>
              <td>
                <code>{user.username}</code>
              </td>
              <td>
                {roleNames(user.roles)}
                {user.discipline ? ` (${labelFor(STAFF_DISCIPLINE_LABELS, user.discipline).toLowerCase()})` : ''}
              </td>
              <td>{user.site_ids.length === 0 ? 'Ingen' : user.site_ids.map(siteName).join(', ')}</td>
              <td>
                {user.active ? (
                  <span className="pill pill--ok">Aktiv</span>
                ) : (
                  <span className="pill pill--muted">Deaktiveret</span>
                )}
              </td>
              <td className="nowrap">
                <time dateTime={user.created_at}>{formatDateTime(user.created_at)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
