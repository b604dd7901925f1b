/**
 * A letter's preview from the server (the final status, the ending decision), as it will be
 * sent: in a sandboxed frame with no permissions, so no script runs and it cannot reach this page.
 */
export function CourseLetterPreview({ html, title }: { html: string | null; title: string }) {
  return (
    <>
      <p role="status" className="visually-hidden">
        {html ? 'Forhåndsvisningen af brevet vises under formularen.' : ''}
      </p>
      {html ? (
        <div className="course-letter">
          <p className="course-letter__note">Forhåndsvisning. Intet er gemt eller sendt endnu.</p>
          <iframe className="course-letter__frame" sandbox="" srcDoc={html} title={title} />
        </div>
      ) : null}
    </>
  );
}
