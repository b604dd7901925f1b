import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useCurrentUser } from '../features/auth/api/getSession';
import { UserMenu } from '../features/auth/components/UserMenu';
import { can } from '../lib/permissions';
import { navFor } from './navigation';

// The citizen search loads beside the page, keeping the main bundle under Vite's chunk size limit.
const TopBarSearch = lazy(() =>
  import('../features/citizens/components/TopBarSearch').then((m) => ({ default: m.TopBarSearch })),
);

/** Moves focus to the new page's heading after client-side navigation (not on first load). */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    (heading ?? document.getElementById('main'))?.focus();
  }, [pathname]);
}

export function Layout() {
  useFocusOnNavigate();
  const user = useCurrentUser();
  const nav = navFor(user);
  return (
    <>
      <a className="skip-link" href="#main">
        Gå til hovedindhold
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-header__name">
            <Link to="/" className="site-header__home">
              Træningscenter Ishøj-Vallensbæk
            </Link>
            <span className="site-header__tagline">Sagsbehandling – genoptræning og vedligeholdende træning</span>
          </p>
          {user ? <UserMenu user={user} /> : null}
        </div>
        {nav.length > 0 ? (
          <nav aria-label="Hovedmenu" className="site-nav">
            <ul className="site-nav__list">
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="site-nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {can(user, 'citizens.read') ? (
          <Suspense fallback={null}>
            <TopBarSearch mayCreate={can(user, 'citizens.write')} />
          </Suspense>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Træningscenter Ishøj-Vallensbæk · tlf. 61 14 60 40 (hverdage kl. 8–9) · traening@ishoj.dk
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
