import { useState, type FormEvent } from 'react';
import type { Course, Goal } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useAddGoal, useChangeGoal } from '../api/courseRecords';
import { GOAL_STATUS_LABELS } from '../labels';
import { goalChange, goalValues, type GoalValues } from './courseForms';
import { showProblem } from './showProblem';

const FIELDS = ['text', 'measure', 'target_date', 'status'] as const;

/** The goals agreed with the citizen, each with its history of versions; add and change. */
export function GoalsSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby="course-goals">
      <h2 id="course-goals" className="panel__title">
        Mål
      </h2>
      {course.goals.length === 0 ? <p className="empty">Forløbet har ingen mål endnu.</p> : null}
      <ul className="record-list">
        {course.goals.map((goal) => (
          <GoalItem key={goal.id} courseId={course.id} goal={goal} mayWrite={mayWrite} />
        ))}
      </ul>
      {mayWrite ? (
        <button type="button" className="button button--secondary" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
          Tilføj mål
        </button>
      ) : null}
      {adding ? <GoalForm courseId={course.id} onDone={() => setAdding(false)} /> : null}
    </section>
  );
}

function GoalItem({ courseId, goal, mayWrite }: { courseId: string; goal: Goal; mayWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="record-list__item">
      <p className="record-list__title">{goal.text}</p>
      <dl className="details details--compact">
        <dt>Status</dt>
        <dd>{labelFor(GOAL_STATUS_LABELS, goal.status)}</dd>
        <dt>Måles ved</dt>
        <dd>{goal.measure ?? 'Ikke angivet'}</dd>
        <dt>Måldato</dt>
        <dd>{goal.target_date ? formatDate(goal.target_date) : 'Ikke angivet'}</dd>
      </dl>
      {goal.history.length > 1 ? (
        <details>
          <summary>Ændringer ({goal.history.length} versioner)</summary>
          <ol className="history-list">
            {goal.history.map((v) => (
              <li key={v.version}>
                Version {v.version}, {formatDateTime(v.changed_at)} af {v.changed_by}: {v.text}; {labelFor(GOAL_STATUS_LABELS, v.status)}
                {v.measure ? `; måles ved ${v.measure}` : ''}
                {v.target_date ? `; måldato ${formatDate(v.target_date)}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {mayWrite ? (
        <button type="button" className="button button--link" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          Ret målet<span className="visually-hidden">: {goal.text}</span>
        </button>
      ) : null}
      {editing ? <GoalForm courseId={courseId} goal={goal} onDone={() => setEditing(false)} /> : null}
    </li>
  );
}

function GoalForm({ courseId, goal, onDone }: { courseId: string; goal?: Goal; onDone: () => void }) {
  const add = useAddGoal(courseId);
  const change = useChangeGoal(courseId);
  const prefix = goal ? `goal-${goal.id}` : 'goal-new';
  const idFor = (field: string) => `${prefix}-${field.replace(/_/g, '-')}`;
  const [values, setValues] = useState<GoalValues>(() => goalValues(goal));
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof GoalValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const pending = add.isPending || change.isPending;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!values.text.trim()) return showErrors({ text: 'Skriv målet.' }, []);
    clearErrors();
    const onError = (error: unknown) => showProblem(error, FIELDS, showErrors);
    if (goal) {
      change.mutate({ goalId: goal.id, change: goalChange(goal, values) }, { onSuccess: onDone, onError });
    } else {
      add.mutate(
        { text: values.text.trim(), measure: values.measure.trim() || null, target_date: values.target_date || null },
        { onSuccess: onDone, onError },
      );
    }
  };

  const title = goal ? 'Ret målet' : 'Nyt mål';
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="subform__legend">
        {title}
      </h3>
      <ErrorSummary id={`${prefix}-errors`} items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      <TextAreaField id={idFor('text')} name="text" label="Mål" value={values.text} onChange={set('text')} error={fieldErrors.text} />
      <TextField
        id={idFor('measure')}
        name="measure"
        label="Måles ved"
        hint="Fx en test eller en aktivitet, borgeren kan udføre."
        width="full"
        optional
        value={values.measure}
        onChange={set('measure')}
        error={fieldErrors.measure}
      />
      <div className="inline-fields">
        <TextField
          id={idFor('target_date')}
          name="target_date"
          label="Måldato"
          type="date"
          optional
          value={values.target_date}
          onChange={set('target_date')}
          error={fieldErrors.target_date}
        />
        {goal ? (
          <SelectField
            id={idFor('status')}
            name="status"
            label="Status"
            options={Object.entries(GOAL_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            value={values.status}
            onChange={set('status')}
            error={fieldErrors.status}
          />
        ) : null}
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Gemmer …' : goal ? 'Gem ændring' : 'Tilføj mål'}
        </button>
      </div>
    </form>
  );
}
