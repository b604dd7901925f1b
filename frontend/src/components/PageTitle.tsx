const CENTRE = 'Træningscenter Ishøj-Vallensbæk';

/** Sets the document title (React hoists <title> into <head>) and renders the page's h1. */
export function PageTitle({ children, title }: { children: string; title?: string }) {
  return (
    <>
      <title>{`${title ?? children} – ${CENTRE}`}</title>
      <h1 tabIndex={-1} className="page-title">
        {children}
      </h1>
    </>
  );
}
