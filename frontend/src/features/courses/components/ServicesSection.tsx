import { useState, type FormEvent } from 'react';
import type { Course } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxGroup } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { formatDateTime } from '../../../lib/dates';
import { useSetServices } from '../api/courseRecords';
import { useTrainingServices } from '../api/trainingServices';
import { SERVICE_GROUP_LABELS } from '../labels';
import { showProblem } from './showProblem';

const FIELDS = ['codes'] as const;
const idFor = () => 'services-codes';

/** The course's content as FSIII training services, chosen from the national code list. */
export function ServicesSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="panel" aria-labelledby="course-services">
      <h2 id="course-services" className="panel__title">
        Indhold (FSIII-indsatser)
      </h2>
      {course.services.length === 0 ? (
        <p className="empty">Der er ikke valgt indsatser.</p>
      ) : (
        <ul className="record-list">
          {course.services.map((s) => (
            <li key={s.code}>
              {s.display} <span className="cell-sub">Valgt af {s.added_by} {formatDateTime(s.added_at)}</span>
            </li>
          ))}
        </ul>
      )}
      {mayWrite ? (
        <button type="button" className="button button--secondary" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          Vælg indsatser
        </button>
      ) : null}
      {editing ? <ServicesForm course={course} onDone={() => setEditing(false)} /> : null}
    </section>
  );
}

function ServicesForm({ course, onDone }: { course: Course; onDone: () => void }) {
  const setServices = useSetServices(course.id);
  const services = useTrainingServices();
  const [codes, setCodes] = useState<string[]>(() => course.services.map((s) => s.code));
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    clearErrors();
    setServices.mutate(codes, { onSuccess: onDone, onError: (error) => showProblem(error, FIELDS, showErrors) });
  };
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="services-form-title">
      <h3 id="services-form-title" className="subform__legend">
        Forløbets indsatser
      </h3>
      <ErrorSummary id="services-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      <CheckboxGroup
        id={idFor()}
        name="codes"
        legend="Træningsindsatser (FSIII)"
        options={(services.data ?? []).map((s) => ({
          value: s.code,
          label: s.display,
          description: SERVICE_GROUP_LABELS[s.group],
        }))}
        value={codes}
        onChange={setCodes}
        error={fieldErrors.codes ?? (services.isError ? 'Indsatserne kunne ikke hentes.' : undefined)}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={setServices.isPending}>
          {setServices.isPending ? 'Gemmer …' : 'Gem indsatser'}
        </button>
      </div>
    </form>
  );
}
