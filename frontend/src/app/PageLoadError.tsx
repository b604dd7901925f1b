import { PageTitle } from '../components/PageTitle';

/** A page whose code could not be fetched (typically a new version was deployed meanwhile). */
export function PageLoadError() {
  return (
    <>
      <PageTitle>Siden kunne ikke hentes</PageTitle>
      <p role="alert">Systemet kan være blevet opdateret, mens siden var åben.</p>
      <p>
        <a href={window.location.pathname}>Genindlæs siden</a>
      </p>
    </>
  );
}
