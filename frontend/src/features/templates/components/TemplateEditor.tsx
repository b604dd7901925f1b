import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FieldError, TextAreaField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { useAddLetterTemplate } from '../api/addLetterTemplate';
import type { LetterTemplate } from '../api/getLetterTemplates';
import { usePreviewLetterTemplate } from '../api/previewLetterTemplate';
import {
  letterKindLabel,
  savedMessage,
  TEMPLATE_FIELDS,
  templateProblemErrors,
  toTemplateBody,
  validateTemplate,
  versionText,
} from './letterTemplates';
import { TemplateHelp } from './TemplateHelp';
import { parseTemplate } from '../visual/templateModel';
import { VisualEditor } from '../visual/VisualEditor';

const idFor = (field: string) => `template-${field}`;

const NO_CONNECTION = 'Der er ingen forbindelse til serveren. Prøv igen om lidt.';

type Mode = 'visual' | 'source';

/** Why a template is shown as its source: the visual editor would not give it back unchanged. */
const sourceOnly = (reason: string) =>
  `Teksten vises som kilde, fordi den visuelle editor ikke kan vise den uden at ændre den: ${reason}.`;

/**
 * One letter's template: its text (the draft the page keeps while the user switches letters),
 * the version in use, "Vis eksempel" and "Gem ny version", and what the template may use.
 */
export function TemplateEditor({
  template,
  draft,
  onDraftChange,
  onSaved,
}: {
  template: LetterTemplate;
  draft: string;
  onDraftChange: (body: string | null) => void;
  onSaved: (message: string) => void;
}) {
  const save = useAddLetterTemplate();
  const preview = usePreviewLetterTemplate();
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const [failed, setFailed] = useState<'save' | 'preview'>('save');
  // The visual editor unless the template holds what it cannot show unchanged.
  const [mode, setMode] = useState<Mode>(() => (parseTemplate(draft).ok ? 'visual' : 'source'));
  const [modeNote, setModeNote] = useState<string | null>(() => {
    const parsed = parseTemplate(draft);
    return parsed.ok ? null : sourceOnly(parsed.reason);
  });
  // What the visual editor cannot save of the user's edit (a list inside a list, say).
  const [visualProblem, setVisualProblem] = useState<string | null>(null);
  const label = letterKindLabel(template.kind);
  const changed = draft !== template.body;

  const fail = (action: 'save' | 'preview', error: unknown) => {
    setFailed(action);
    if (error instanceof ApiError) {
      const mapped = templateProblemErrors(error.problem);
      showErrors(mapped.fields, mapped.general);
    } else {
      showErrors({}, [NO_CONNECTION]);
    }
  };

  const check = (action: 'save' | 'preview'): boolean => {
    const clientErrors =
      mode === 'visual' && visualProblem
        ? { body: `Den visuelle editor kan ikke gemme teksten, som den er nu: ${visualProblem}.` }
        : validateTemplate(draft);
    if (Object.keys(clientErrors).length > 0) {
      setFailed(action);
      showErrors(clientErrors, []);
      return false;
    }
    return true;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check('save')) return;
    if (!changed) {
      setFailed('save');
      showErrors({}, ['Teksten er den samme som den gemte version. Ret den, før du gemmer en ny version.']);
      return;
    }
    clearErrors();
    save.mutate(toTemplateBody(template.kind, draft), {
      onSuccess: (saved) => {
        onDraftChange(null);
        onSaved(savedMessage(saved));
      },
      onError: (error) => fail('save', error),
    });
  };

  const showPreview = () => {
    if (!check('preview')) return;
    clearErrors();
    preview.mutate(toTemplateBody(template.kind, draft), { onError: (error) => fail('preview', error) });
  };

  const showMode = (next: Mode) => {
    if (next === mode) return;
    if (next === 'source') {
      setMode('source');
      // The source holds the last text the visual editor could write: say so if the newest edit was not.
      setModeNote(
        visualProblem
          ? `Den seneste ændring kunne ikke skrives som skabelon (${visualProblem}), så kilden viser teksten fra før den.`
          : null,
      );
      setVisualProblem(null);
      return;
    }
    const parsed = parseTemplate(draft);
    if (parsed.ok) {
      setMode('visual');
      setModeNote(null);
    } else {
      setModeNote(sourceOnly(parsed.reason));
    }
  };

  const items = summaryItems(fieldErrors, general, TEMPLATE_FIELDS, idFor);
  const previewIsOld = preview.data !== undefined && preview.variables?.body !== draft;

  return (
    <div className="templates__layout">
      <div className="templates__main">
        <h2 id="template-title" className="section__title">
          {label}
        </h2>
        <p className="templates__version">{versionText(template)}</p>
        <ErrorSummary
          id="template-errors"
          items={items}
          revision={revision}
          title={failed === 'save' ? 'Skabelonen blev ikke gemt' : 'Eksemplet kunne ikke vises'}
        />
        <form className="form templates__form" noValidate onSubmit={submit} aria-labelledby="template-title">
          <div className="templates__mode" role="group" aria-label="Vis teksten som">
            {(['visual', 'source'] as const).map((m) => (
              <button
                key={m}
                type="button"
                className="templates__mode-button"
                aria-pressed={mode === m}
                onClick={() => showMode(m)}
              >
                {m === 'visual' ? 'Visuel' : 'Kilde'}
              </button>
            ))}
          </div>
          <div role="status">{modeNote ? <p className="notice notice--warning templates__mode-note">{modeNote}</p> : null}</div>
          {mode === 'visual' ? (
            <div className={['field', fieldErrors.body ? 'field--error' : ''].filter(Boolean).join(' ')}>
              <p id={`${idFor('body')}-hint`} className="field__hint">
                Skriv som i et tekstbehandlingsprogram. Flettefelter som “Borgerens navn” sætter du ind med knappen; de
                udfyldes, når brevet dannes. Tekst med betingelser er låst: den retter du under “Kilde”.
              </p>
              {fieldErrors.body ? <FieldError id={`${idFor('body')}-error`} message={fieldErrors.body} /> : null}
              <VisualEditor
                id={idFor('body')}
                kind={template.kind}
                value={draft}
                invalid={Boolean(fieldErrors.body)}
                describedBy={[`${idFor('body')}-hint`, fieldErrors.body ? `${idFor('body')}-error` : '']
                  .filter(Boolean)
                  .join(' ')}
                onChange={(result) => {
                  if (result.ok) {
                    setVisualProblem(null);
                    onDraftChange(result.source === template.body ? null : result.source);
                  } else {
                    setVisualProblem(result.reason);
                  }
                }}
              />
            </div>
          ) : (
            <TextAreaField
              id={idFor('body')}
              name="body"
              label="Brevets tekst"
              hint="Skrevet som HTML, fx <p> for et afsnit, med flettefelter som {{ citizen.name }}. Flettefelterne, du kan bruge, står ved siden af."
              className="templates__body"
              rows={24}
              value={draft}
              onChange={(body) => onDraftChange(body === template.body ? null : body)}
              error={fieldErrors.body}
            />
          )}
          <div className="form__actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? 'Gemmer …' : 'Gem ny version'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={showPreview}
              disabled={preview.isPending}
            >
              {preview.isPending ? 'Danner eksempel …' : 'Vis eksempel'}
            </button>
            {changed ? (
              <button
                type="button"
                className="button button--link"
                onClick={() => {
                  clearErrors();
                  setVisualProblem(null);
                  onDraftChange(null);
                }}
              >
                Fortryd ændringer
              </button>
            ) : null}
          </div>
        </form>

        <div role="status" className="templates__preview-status">
          {preview.data ? 'Eksemplet er vist under formularen.' : null}
        </div>
        {preview.data ? (
          <section className="templates__preview" aria-labelledby="template-preview-title">
            <h3 id="template-preview-title" className="templates__preview-title">
              Eksempel
            </h3>
            <p className="field__hint">
              Brevet, som det ser ud for en opdigtet borger, med brevhoved og
              {template.kind === 'invitation' ? '' : ' klagevejledning og'} alt det, systemet selv sætter ind.
            </p>
            {previewIsOld ? (
              <p className="notice notice--warning">
                Teksten er ændret, siden eksemplet blev dannet. Tryk “Vis eksempel” igen for at se ændringerne.
              </p>
            ) : null}
            <iframe
              className="templates__preview-frame"
              title={`Eksempel på brevet: ${label}`}
              sandbox=""
              srcDoc={preview.data.html}
            />
          </section>
        ) : null}
      </div>
      <TemplateHelp kind={template.kind} />
    </div>
  );
}
