import { Link } from 'react-router';
import type { SessionUser } from '../../../api/types';
import { roleNames } from '../../../lib/permissions';
import { useLogout } from '../api/logout';

/** The logged-in user in the header: name and roles, a link to change password, and "Log ud". */
export function UserMenu({ user }: { user: SessionUser }) {
  const logout = useLogout();
  // When the session is gone, the route guard shows the login page with "Du er logget ud".
  const signOut = () => logout.mutate();

  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">Logget ind som </span>
        <span className="user-menu__name">{user.display_name}</span>
        <span className="user-menu__roles">{roleNames(user.roles)}</span>
      </p>
      <ul className="user-menu__actions">
        <li>
          <Link to="/skift-adgangskode" className="user-menu__link">
            Skift adgangskode
          </Link>
        </li>
        <li>
          <button type="button" className="user-menu__button" onClick={signOut} disabled={logout.isPending}>
            {logout.isPending ? 'Logger ud …' : 'Log ud'}
          </button>
        </li>
      </ul>
    </div>
  );
}
