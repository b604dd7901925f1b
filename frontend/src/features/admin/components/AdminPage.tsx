import { Link, useLocation } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { can } from '../../../lib/permissions';
import { useCurrentUser } from '../../auth/api/getSession';
import { useSites } from '../../sites/api/getSites';
import { useUsers } from '../api/getUsers';
import { ApiKeysSection } from './ApiKeysSection';
import { RolesOverview } from './RolesOverview';
import { UsersTable } from './UsersTable';

export function AdminPage() {
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const me = useCurrentUser();
  const users = useUsers();
  const sites = useSites();

  return (
    <>
      <PageTitle>Administration</PageTitle>
      <p className="lead">Brugere, roller og API-nøgler til andre systemer.</p>
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}

      <section className="section" aria-labelledby="users-title">
        <div className="section__head">
          <h2 id="users-title" className="section__title">
            Brugere
          </h2>
          <Link className="button" to="/administration/brugere/ny">
            Opret bruger
          </Link>
        </div>
        {users.isPending ? (
          <Loading label="Henter brugerne …" />
        ) : users.isError ? (
          <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />
        ) : users.data.length === 0 ? (
          <p className="empty">Der er ingen brugere endnu.</p>
        ) : (
          <UsersTable users={users.data} sites={sites.data ?? []} />
        )}
      </section>

      <RolesOverview />

      {can(me, 'api_keys.manage') ? <ApiKeysSection /> : null}
    </>
  );
}
