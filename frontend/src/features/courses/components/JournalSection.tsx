import { useState, type FormEvent } from 'react';
import type { Course, JournalNote } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { formatDateTime } from '../../../lib/dates';
import { useAddNote } from '../api/courseRecords';
import { showProblem } from './showProblem';

const FIELDS = ['text', 'corrects_id'] as const;

/**
 * The journal: notes are never edited; a mistake is corrected by a new note that names the old
 * one, and the old one is shown as corrected.
 */
export function JournalSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const [correcting, setCorrecting] = useState<JournalNote | null>(null);
  const byId = new Map(course.notes.map((n) => [n.id, n]));
  return (
    <section className="panel" aria-labelledby="course-journal">
      <h2 id="course-journal" className="panel__title">
        Journal
      </h2>
      {course.notes.length === 0 ? <p className="empty">Der er ingen journalnotater.</p> : null}
      <ol className="record-list">
        {course.notes.map((note) => {
          const corrects = note.corrects_id ? byId.get(note.corrects_id) : undefined;
          return (
            <li key={note.id} className={note.corrected ? 'record-list__item journal-note--corrected' : 'record-list__item'}>
              <p className="cell-sub">
                {formatDateTime(note.written_at)}, {note.author_name}
                {note.corrected ? <strong> – rettet af et senere notat</strong> : null}
              </p>
              {corrects ? (
                <p className="cell-sub">Retter notatet fra {formatDateTime(corrects.written_at)}</p>
              ) : null}
              {note.corrected ? <del className="journal-note__text">{note.text}</del> : <p className="journal-note__text">{note.text}</p>}
              {mayWrite && !note.corrected ? (
                <button type="button" className="button button--link" onClick={() => setCorrecting(note)}>
                  Ret notatet<span className="visually-hidden"> fra {formatDateTime(note.written_at)}</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {mayWrite ? (
        <NoteForm
          key={correcting?.id ?? 'new'}
          courseId={course.id}
          corrects={correcting}
          onDone={() => setCorrecting(null)}
        />
      ) : null}
    </section>
  );
}

function NoteForm({ courseId, corrects, onDone }: { courseId: string; corrects: JournalNote | null; onDone: () => void }) {
  const add = useAddNote(courseId);
  const [text, setText] = useState(corrects?.text ?? '');
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const idFor = () => 'note-text';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return showErrors({ text: 'Skriv notatet.' }, []);
    clearErrors();
    add.mutate(
      { text: text.trim(), corrects_id: corrects?.id ?? null },
      {
        onSuccess: () => {
          setText('');
          onDone();
        },
        onError: (error) => showProblem(error, FIELDS, showErrors),
      },
    );
  };
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="note-form-title">
      <h3 id="note-form-title" className="subform__legend">
        {corrects ? `Ret notatet fra ${formatDateTime(corrects.written_at)}` : 'Nyt journalnotat'}
      </h3>
      <ErrorSummary id="note-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      <TextAreaField
        id="note-text"
        name="text"
        label={corrects ? 'Rettet notat' : 'Notat'}
        hint={corrects ? 'Det gamle notat bevares og vises som rettet.' : undefined}
        rows={5}
        value={text}
        onChange={setText}
        error={fieldErrors.text ?? fieldErrors.corrects_id}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Gemmer …' : corrects ? 'Gem rettelse' : 'Gem notat'}
        </button>
        {corrects ? (
          <button type="button" className="button button--secondary" onClick={onDone}>
            Fortryd rettelse
          </button>
        ) : null}
      </div>
    </form>
  );
}
