import type { LetterKind } from '../api/getLetterTemplates';
import { filtersFor, isDecision, variablesFor } from './letterTemplates';

/** What a template of the kind may use: its variables and the Danish filters. */
export function TemplateHelp({ kind }: { kind: LetterKind }) {
  return (
    <aside className="templates__help" aria-labelledby="template-help-title">
      <h3 id="template-help-title" className="templates__help-title">
        Det kan du bruge i brevet
      </h3>
      {isDecision(kind) ? (
        <p className="notice notice--warning templates__note">
          Klagevejledningen sætter systemet altid selv ind efter teksten i en afgørelse. Den skal ikke stå i
          skabelonen.
        </p>
      ) : (
        <p className="templates__note">
          En indkaldelse er ikke en afgørelse og får ingen klagevejledning. Klagevejledningen sætter systemet
          selv ind i afgørelser.
        </p>
      )}
      <p>
        Skriv en oplysning med dobbelte krøllede parenteser, fx <code>{'{{ citizen.name }}'}</code>. Brevhoved,
        adresser, dato og emne sætter systemet selv.
      </p>
      <h4 className="templates__help-subtitle">Oplysninger i dette brev</h4>
      <dl className="templates__variables">
        {variablesFor(kind).map((v) => (
          <div key={v.name} className="templates__variable">
            <dt>
              <code>{v.name}</code>
            </dt>
            <dd>{v.description}</dd>
          </div>
        ))}
      </dl>
      <h4 className="templates__help-subtitle">Filtre</h4>
      <dl className="templates__variables">
        {filtersFor(kind).map((f) => (
          <div key={f.name} className="templates__variable">
            <dt>
              <code>{f.name}</code>
            </dt>
            <dd>
              <code>{f.example}</code> giver {f.result}.
            </dd>
          </div>
        ))}
      </dl>
      <p>
        Betingelser og lister skrives som <code>{'{% if … %} … {% endif %}'}</code> og{' '}
        <code>{'{% for … in … %} … {% endfor %}'}</code>.
      </p>
    </aside>
  );
}
