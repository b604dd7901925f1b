/**
 * A letter's preview from the server, shown as it will be sent. The HTML goes into a sandboxed
 * frame with no permissions at all: no script runs, and it cannot reach this page or its session.
 * Rendered before there is a letter too, so its status line is announced when the letter comes.
 */
export function LetterPreviewFrame({ html, title }: { html: string | null; title: string }) {
  return (
    <>
      <p role="status" className="visually-hidden">
        {html ? 'Forhåndsvisningen af brevet vises under formularen.' : ''}
      </p>
      {html ? (
        <div className="letter-preview">
          <p className="letter-preview__note">Forhåndsvisning. Intet er gemt eller sendt endnu.</p>
          <iframe className="letter-preview__frame" sandbox="" srcDoc={html} title={title} />
        </div>
      ) : null}
    </>
  );
}
