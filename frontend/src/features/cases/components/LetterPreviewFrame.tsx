/**
 * A letter's preview from the server, shown as it will be sent. The HTML goes into a sandboxed
 * frame with no permissions at all: no script runs, and it cannot reach this page or its session.
 */
export function LetterPreviewFrame({ html, title }: { html: string; title: string }) {
  return (
    <div className="letter-preview">
      <p className="letter-preview__note">Forhåndsvisning. Intet er gemt eller sendt endnu.</p>
      <iframe className="letter-preview__frame" sandbox="" srcDoc={html} title={title} />
    </div>
  );
}
