import { ErrorMessage, Loading } from '../../../components/QueryState';
import { labelFor } from '../../../lib/labels';
import { ROLE_LABELS } from '../../../lib/permissions';
import { useRoles } from '../api/getRoles';
import { PERMISSION_LABELS } from '../labels';

/** What each role may do, as the server defines it. */
export function RolesOverview() {
  const roles = useRoles();
  return (
    <section className="section" aria-labelledby="roles-title">
      <h2 id="roles-title" className="section__title">
        Roller og rettigheder
      </h2>
      {roles.isPending ? (
        <Loading label="Henter rollerne …" />
      ) : roles.isError ? (
        <ErrorMessage error={roles.error} onRetry={() => void roles.refetch()} />
      ) : (
        <dl className="roles">
          {roles.data.map((r) => (
            <div key={r.role} className="roles__item">
              <dt>{labelFor(ROLE_LABELS, r.role)}</dt>
              <dd>
                {r.permissions.length === 0 ? (
                  'Ingen rettigheder.'
                ) : (
                  <ul>
                    {r.permissions.map((p) => (
                      <li key={p}>{labelFor(PERMISSION_LABELS, p)}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
