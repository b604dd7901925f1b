import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';

const NAV = [
  { to: '/', label: 'Arbejdsliste', end: true },
  { to: '/henvendelser/ny', label: 'Registrer henvendelse', end: false },
  { to: '/borgere/ny', label: 'Opret borger', end: false },
];

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
          <nav aria-label="Hovedmenu" className="site-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="site-nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
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
