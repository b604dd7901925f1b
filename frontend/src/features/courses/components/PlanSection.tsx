import { useState, type FormEvent } from 'react';
import type { Course } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxGroup, SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { labelFor } from '../../../lib/labels';
import { useTherapists } from '../../cases/api/getTherapists';
import { useSites } from '../../sites/api/getSites';
import { useSetPlan } from '../api/courseRecords';
import { COURSE_FORM_LABELS, DISCIPLINE_LABELS } from '../labels';
import { planMissing, planValues, toPlan, type PlanValues } from './courseForms';
import { showProblem } from './showProblem';

const FIELDS = ['disciplines', 'form', 'site_id', 'therapist_ids', 'started_on', 'planned_end_on'] as const;
const idFor = (field: string) => `plan-${field.replace(/_/g, '-')}`;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The plan: disciplines, form, site, responsible therapists, start and planned end; editable. */
export function PlanSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const therapists = useTherapists();
  const sites = useSites();
  const [editing, setEditing] = useState(false);
  const therapistName = (id: string) => therapists.data?.find((t) => t.id === id)?.display_name ?? 'Ukendt terapeut';
  const siteName = sites.data?.find((s) => s.id === course.site_id)?.name;
  return (
    <section className="panel" aria-labelledby="course-plan">
      <h2 id="course-plan" className="panel__title">
        Plan
      </h2>
      <dl className="details">
        <dt>Faglighed</dt>
        <dd>{course.disciplines.map((d) => labelFor(DISCIPLINE_LABELS, d)).join(', ') || 'Ikke angivet'}</dd>
        <dt>Form</dt>
        <dd>{course.form ? labelFor(COURSE_FORM_LABELS, course.form) : 'Ikke angivet'}</dd>
        <dt>Træningscenter</dt>
        <dd>{siteName ?? 'Ikke angivet'}</dd>
        <dt>Ansvarlige terapeuter</dt>
        <dd>{course.therapist_ids.map(therapistName).join(', ') || 'Ikke angivet'}</dd>
        <dt>Start</dt>
        <dd>{course.started_on ? formatDate(course.started_on) : 'Ikke angivet'}</dd>
        <dt>Planlagt slut</dt>
        <dd>{course.planned_end_on ? formatDate(course.planned_end_on) : 'Ikke angivet'}</dd>
        {course.plan_changed_at ? (
          <>
            <dt>Planen sidst ændret</dt>
            <dd>{formatDateTime(course.plan_changed_at)}</dd>
          </>
        ) : null}
      </dl>
      {mayWrite ? (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={editing}
          onClick={() => setEditing((e) => !e)}
        >
          Ret plan
        </button>
      ) : null}
      {editing ? <PlanForm course={course} onDone={() => setEditing(false)} /> : null}
    </section>
  );
}

function PlanForm({ course, onDone }: { course: Course; onDone: () => void }) {
  const setPlan = useSetPlan(course.id);
  const therapists = useTherapists();
  const sites = useSites();
  const [values, setValues] = useState<PlanValues>(() => planValues(course));
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = <K extends keyof PlanValues>(field: K) => (value: PlanValues[K]) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = planMissing(values);
    if (Object.keys(missing).length > 0) return showErrors(missing, []);
    clearErrors();
    setPlan.mutate(toPlan(values), { onSuccess: onDone, onError: (error) => showProblem(error, FIELDS, showErrors) });
  };

  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="plan-form-title">
      <h3 id="plan-form-title" className="subform__legend">
        Ret forløbets plan
      </h3>
      <ErrorSummary id="plan-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      <CheckboxGroup
        id={idFor('disciplines')}
        name="disciplines"
        legend="Faglighed"
        options={options(DISCIPLINE_LABELS)}
        value={values.disciplines}
        onChange={set('disciplines')}
        error={fieldErrors.disciplines}
      />
      <SelectField
        id={idFor('form')}
        name="form"
        label="Form"
        placeholder="Vælg …"
        options={options(COURSE_FORM_LABELS)}
        value={values.form}
        onChange={set('form')}
        error={fieldErrors.form}
      />
      <SelectField
        id={idFor('site_id')}
        name="site_id"
        label="Træningscenter"
        optional
        placeholder="Intet"
        options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={values.site_id}
        onChange={set('site_id')}
        error={fieldErrors.site_id}
      />
      <CheckboxGroup
        id={idFor('therapist_ids')}
        name="therapist_ids"
        legend="Ansvarlige terapeuter"
        options={(therapists.data ?? []).map((t) => ({ value: t.id, label: t.display_name }))}
        value={values.therapist_ids}
        onChange={set('therapist_ids')}
        error={fieldErrors.therapist_ids}
      />
      <div className="inline-fields">
        <TextField
          id={idFor('started_on')}
          name="started_on"
          label="Start"
          type="date"
          value={values.started_on}
          onChange={set('started_on')}
          error={fieldErrors.started_on}
        />
        <TextField
          id={idFor('planned_end_on')}
          name="planned_end_on"
          label="Planlagt slut"
          type="date"
          optional
          value={values.planned_end_on}
          onChange={set('planned_end_on')}
          error={fieldErrors.planned_end_on}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={setPlan.isPending}>
          {setPlan.isPending ? 'Gemmer …' : 'Gem plan'}
        </button>
      </div>
    </form>
  );
}
