import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Siden findes ikke</PageTitle>
      <p>Adressen passer ikke til nogen side i systemet.</p>
      <p>
        <Link to="/">Gå til forsiden</Link>
      </p>
    </>
  );
}
