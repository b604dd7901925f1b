import { useState, type FormEvent } from 'react';
import type { Course } from '../../../api/types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { copenhagenToday } from '../../../lib/dates';
import { usePostpone, useResume } from '../api/courseLifecycle';
import { pauseMissing, toPause, type PauseValues } from './lifecycleForms';
import { showProblem } from './showProblem';

const FIELDS = ['reason', 'starts_on', 'expected_resume_on'] as const;
const idFor = (field: string) => `pause-${field.replace(/_/g, '-')}`;

/** Udskydelse: a running course pauses (its bookings in the pause are released) and resumes. */
export function PauseSection({ course, mayWrite }: { course: Course; mayWrite: boolean }) {
  const [open, setOpen] = useState(false);
  const resume = useResume(course.id);
  const [resumeError, setResumeError] = useState<string | null>(null);
  if (course.status !== 'active' && course.status !== 'postponed') return null;
  return (
    <section className="panel" aria-labelledby="course-pause">
      <h2 id="course-pause" className="panel__title">
        Udskydelse
      </h2>
      {course.status === 'postponed' ? (
        <>
          <p>Forløbet er udskudt. Når det genoptages, booker borgeren nye tider.</p>
          {mayWrite ? (
            <button
              type="button"
              className="button"
              disabled={resume.isPending}
              onClick={() =>
                resume.mutate(undefined, {
                  onSuccess: () => setResumeError(null),
                  onError: () => setResumeError('Forløbet kunne ikke genoptages. Prøv igen.'),
                })
              }
            >
              {resume.isPending ? 'Genoptager …' : 'Genoptag forløbet'}
            </button>
          ) : null}
          {resumeError ? (
            <p className="notice notice--error" role="alert">
              {resumeError}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="empty">Forløbet kører. En pause frigiver bookingerne i pausen.</p>
          {mayWrite ? (
            <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              Udskyd forløbet
            </button>
          ) : null}
          {open ? <PauseForm courseId={course.id} onDone={() => setOpen(false)} /> : null}
        </>
      )}
    </section>
  );
}

function PauseForm({ courseId, onDone }: { courseId: string; onDone: () => void }) {
  const postpone = usePostpone(courseId);
  const [values, setValues] = useState<PauseValues>({ reason: '', starts_on: copenhagenToday(), expected_resume_on: '' });
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const set = (field: keyof PauseValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = pauseMissing(values);
    if (Object.keys(missing).length > 0) return showErrors(missing, []);
    clearErrors();
    postpone.mutate(toPause(values), {
      onSuccess: onDone,
      onError: (error) => showProblem(error, FIELDS, showErrors),
    });
  };
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="pause-form-title">
      <h3 id="pause-form-title" className="subform__legend">
        Udskyd forløbet
      </h3>
      <ErrorSummary id="pause-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
      <TextAreaField id={idFor('reason')} name="reason" label="Årsag" value={values.reason} onChange={set('reason')} error={fieldErrors.reason} />
      <div className="inline-fields">
        <TextField
          id={idFor('starts_on')}
          name="starts_on"
          label="Pausen begynder"
          type="date"
          value={values.starts_on}
          onChange={set('starts_on')}
          error={fieldErrors.starts_on}
        />
        <TextField
          id={idFor('expected_resume_on')}
          name="expected_resume_on"
          label="Forventet genoptaget"
          type="date"
          value={values.expected_resume_on}
          onChange={set('expected_resume_on')}
          error={fieldErrors.expected_resume_on}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={postpone.isPending}>
          {postpone.isPending ? 'Gemmer …' : 'Udskyd'}
        </button>
      </div>
    </form>
  );
}
