import { useRef, useState, type KeyboardEvent } from 'react';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { useLetterTemplates, type LetterKind } from '../api/getLetterTemplates';
import { LETTER_KINDS, letterKindLabel } from './letterTemplates';
import { TemplateEditor } from './TemplateEditor';
import './templates.css';

const tabId = (kind: string) => `template-tab-${kind}`;
const PANEL_ID = 'template-panel';

/** Brevskabeloner: a tab per kind of letter, each with its template's editor. */
export function LetterTemplatesPage() {
  const templates = useLetterTemplates();
  const [kind, setKind] = useState<LetterKind>('invitation');
  // Unsaved text per letter, kept while the user looks at another letter.
  const [drafts, setDrafts] = useState<Partial<Record<LetterKind, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const tabs = useRef<Partial<Record<LetterKind, HTMLButtonElement | null>>>({});

  const choose = (next: LetterKind, focus = false) => {
    setKind(next);
    setNotice(null);
    if (focus) tabs.current[next]?.focus();
  };

  // Arrow keys move between the tabs (and show the letter), as tabs do everywhere.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const index = LETTER_KINDS.indexOf(kind);
    const last = LETTER_KINDS.length - 1;
    const target =
      e.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : e.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null;
    if (target === null) return;
    e.preventDefault();
    choose(LETTER_KINDS[target]!, true);
  };

  const template = templates.data?.find((t) => t.kind === kind);

  return (
    <>
      <PageTitle>Brevskabeloner</PageTitle>
      <p className="lead">
        Teksten i de breve, systemet danner til borgerne. En ny version bruges i de breve, der dannes, efter den
        er gemt; breve, der allerede er sendt, ændres ikke.
      </p>
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>

      {templates.isPending ? (
        <Loading label="Henter brevskabelonerne …" />
      ) : templates.isError ? (
        <ErrorMessage error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <>
          <div role="tablist" aria-label="Breve" className="templates__tabs">
            {LETTER_KINDS.map((k) => {
              const selected = k === kind;
              const unsaved = drafts[k] !== undefined;
              return (
                <button
                  key={k}
                  ref={(el) => {
                    tabs.current[k] = el;
                  }}
                  type="button"
                  role="tab"
                  id={tabId(k)}
                  aria-selected={selected}
                  aria-controls={PANEL_ID}
                  tabIndex={selected ? 0 : -1}
                  className="templates__tab"
                  onClick={() => choose(k)}
                  onKeyDown={onTabKey}
                >
                  {letterKindLabel(k)}
                  {unsaved ? (
                    <>
                      {' '}
                      <span className="templates__tab-unsaved">(ikke gemt)</span>
                    </>
                  ) : null}
                </button>
              );
            })}
          </div>
          <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(kind)} tabIndex={0} className="templates__panel">
            {template ? (
              <TemplateEditor
                key={kind}
                template={template}
                draft={drafts[kind] ?? template.body}
                onDraftChange={(body) =>
                  setDrafts((d) => {
                    const { [kind]: _old, ...rest } = d;
                    return body === null ? rest : { ...rest, [kind]: body };
                  })
                }
                onSaved={setNotice}
              />
            ) : (
              <p className="empty">Der er ingen skabelon til dette brev.</p>
            )}
          </div>
        </>
      )}
    </>
  );
}
