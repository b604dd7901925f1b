import { formatDateTime } from '../../../../lib/dates';
import { labelFor } from '../../../../lib/labels';
import { letterPdfUrl } from '../../api/downloadLetter';
import type { Letter } from '../../api/types';
import { LETTER_KIND_LABELS } from '../../labels';

/** The template version a letter was made from; 0 is the system's default. */
export function templateVersionLabel(version: number | null): string {
  if (version === null) return '–';
  return version === 0 ? 'Standard' : `Version ${version}`;
}

/** The letters kept with the case, each as the PDF that was sent. */
export function LettersTable({ letters }: { letters: Letter[] }) {
  if (letters.length === 0) return <p className="empty">Der er ingen breve på sagen endnu.</p>;
  return (
    <div className="table-wrap table-wrap--cards">
      <table className="table letters">
        <caption className="visually-hidden">Sagens breve, ældste først</caption>
        <thead>
          <tr>
            <th scope="col">Brev</th>
            <th scope="col">Dannet</th>
            <th scope="col">Skabelon</th>
            <th scope="col">
              <span className="visually-hidden">Hent</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {letters.map((letter) => {
            const kind = labelFor(LETTER_KIND_LABELS, letter.kind);
            return (
              <tr key={letter.id}>
                <th scope="row">{kind}</th>
                <td data-label="Dannet">
                  <time dateTime={letter.created_at}>{formatDateTime(letter.created_at)}</time>
                  <span className="cell-sub">af {letter.created_by}</span>
                </td>
                <td data-label="Skabelon">{templateVersionLabel(letter.template_version)}</td>
                <td>
                  <a href={letterPdfUrl(letter.id)} download className="nowrap">
                    Hent PDF<span className="visually-hidden">: {kind}, {formatDateTime(letter.created_at)}</span>
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
