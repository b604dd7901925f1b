import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { LetterKind } from '../api/getLetterTemplates';
import { LETTER_EXTENSIONS } from './extensions';
import { insertableFields } from './mergeFields';
import { parseTemplate, templateFromDoc, type DocNode } from './templateModel';

interface Props {
  /** The id the error summary links to: put on the editable text. */
  id: string;
  kind: LetterKind;
  /** The template's text; the editor opens it only if `parseTemplate` can (the page checks). */
  value: string;
  /** The text after an edit, or why the edited text cannot be saved from here. */
  onChange: (result: { ok: true; source: string } | { ok: false; reason: string }) => void;
  describedBy?: string | undefined;
  invalid: boolean;
}

function docOf(source: string): DocNode | null {
  const parsed = parseTemplate(source);
  return parsed.ok ? parsed.doc : null;
}

/**
 * The letter as formatted text with its merge fields as chips: the same template underneath,
 * written back exactly as it was where the user changed nothing.
 */
export function VisualEditor({ id, kind, value, onChange, describedBy, invalid }: Props) {
  const labelId = useId();
  const written = useRef(value);
  const editor = useEditor({
    extensions: LETTER_EXTENSIONS,
    content: docOf(value),
    shouldRerenderOnTransaction: true,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        class: 'visual-editor__text',
        spellcheck: 'true',
        lang: 'da',
      },
    },
    onUpdate: ({ editor: updated }) => {
      const result = templateFromDoc(updated.getJSON() as DocNode);
      if (result.ok) written.current = result.source;
      onChange(result);
    },
  });

  // Attributes that change with the form's state (the error) are set on the editable element.
  useEffect(() => {
    if (!editor) return;
    editor.setOptions({
      editorProps: {
        attributes: {
          id,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          class: 'visual-editor__text',
          spellcheck: 'true',
          lang: 'da',
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(invalid ? { 'aria-invalid': 'true' } : {}),
        },
      },
    });
  }, [editor, id, labelId, describedBy, invalid]);

  // The text replaced from outside (changes undone): the editor shows it again.
  useEffect(() => {
    if (!editor || value === written.current) return;
    const doc = docOf(value);
    if (doc) {
      written.current = value;
      editor.commands.setContent(doc, { emitUpdate: false });
    }
  }, [editor, value]);

  return (
    <div className="visual-editor">
      <span id={labelId} className="field__label">
        Brevets tekst
      </span>
      {editor ? <Toolbar editor={editor} kind={kind} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor, kind }: { editor: Editor; kind: LetterKind }) {
  const fields = insertableFields(kind);
  const [chosen, setChosen] = useState(fields[0]!.source);
  const selectId = useId();

  const toggle = (label: string, active: boolean, run: () => void) => (
    <button
      type="button"
      className="visual-editor__tool"
      aria-pressed={active}
      onClick={run}
      onMouseDown={(e) => e.preventDefault() /* the text keeps its selection */}
    >
      {label}
    </button>
  );

  const insert = () => {
    const field = fields.find((f) => f.source === chosen);
    if (!field) return;
    editor
      .chain()
      .focus()
      .insertContent({ type: field.block ? 'mergeBlock' : 'mergeField', attrs: { source: field.source } })
      .run();
  };

  return (
    <div className="visual-editor__toolbar" role="toolbar" aria-label="Værktøjer til teksten">
      <div className="visual-editor__group">
        {toggle('Fed', editor.isActive('bold'), () => editor.chain().focus().toggleBold().run())}
        {toggle('Kursiv', editor.isActive('italic'), () => editor.chain().focus().toggleItalic().run())}
        {toggle('Overskrift', editor.isActive('heading', { level: 2 }), () =>
          editor.chain().focus().toggleHeading({ level: 2 }).run(),
        )}
        {toggle('Punktliste', editor.isActive('bulletList'), () => editor.chain().focus().toggleBulletList().run())}
      </div>
      <div className="visual-editor__group">
        <label htmlFor={selectId} className="visual-editor__field-label">
          Flettefelt
        </label>
        <select id={selectId} className="input select visual-editor__select" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {fields.map((f) => (
            <option key={f.source} value={f.source}>
              {f.label}
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary" onClick={insert}>
          Indsæt flettefelt
        </button>
      </div>
    </div>
  );
}
