import { useState } from 'react';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { CheckboxGroup, RadioGroup, TextField } from '../../../../components/Field';
import { copenhagenToday, formatDate } from '../../../../lib/dates';
import { useTherapists } from '../../api/getTherapists';
import { asksActiveCourse, useStartTraining } from '../../api/startTraining';
import { fieldId } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import { CourseFields } from './CourseFields';
import {
  emptyTrainingStart,
  startsBeforeHospitalDate,
  toTrainingStartBody,
  TRAINING_START_FIELDS,
  validateTrainingStart,
} from './trainingStartForm';

const idFor = fieldId('training-start');

const ACTIVE_COURSE_OPTIONS = [
  { value: 'continue', label: 'Det aktive forløb fortsætter efter den nye genoptræningsplan' },
  { value: 'end', label: 'Det aktive forløb afsluttes dagen før, og et nyt forløb starter' },
];

/** Whether the assessment found an active course at the centre (the citizen has one offer already). */
function hasActiveCourse(data: StepFormProps['data']): boolean {
  return (data.assessment?.findings ?? []).some((f) => f.facts.active_course_at_centre === true);
}

/** § 140: training started, with its form, disciplines and responsible therapists; the start deadline is met that day. */
export function TrainingStartForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const start = useStartTraining(data.id);
  const therapists = useTherapists();
  const healthStart = data.rehab_plan?.health_start_date ?? null;
  // Asked when the assessment saw an active course, or when the server says there is one.
  const [askActiveCourse, setAskActiveCourse] = useState(() => hasActiveCourse(data));
  const { values, set, fieldErrors, items, revision, submit } = useStepForm({
    initial: () => emptyTrainingStart(today),
    validate: (v) =>
      validateTrainingStart(v, { today, receivedOn: data.received_date }, askActiveCourse, healthStart),
    toBody: (v) => toTrainingStartBody(v, askActiveCourse),
    mutation: start,
    fields: TRAINING_START_FIELDS,
    idFor,
    done: 'Opstarten er registreret, og forløbet er aktivt.',
    onDone,
    onError: (error) => {
      if (asksActiveCourse(error)) setAskActiveCourse(true);
    },
  });

  return (
    <>
      <ErrorSummary id="training-start-errors" items={items} revision={revision} title="Opstarten blev ikke gemt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <TextField
          id={idFor('started_on')}
          name="started_on"
          type="date"
          label="Træningen startede"
          width="medium"
          max={today}
          value={values.started_on}
          onChange={set('started_on')}
          error={fieldErrors.started_on}
        />
        {startsBeforeHospitalDate(values.started_on, healthStart) || fieldErrors.early_start_reason ? (
          <TextField
            id={idFor('early_start_reason')}
            name="early_start_reason"
            label="Begrundelse for start før sygehusets startdato"
            hint={`Sygehuset har angivet, at træningen tidligst kan starte ${formatDate(healthStart)}.`}
            width="full"
            value={values.early_start_reason}
            onChange={set('early_start_reason')}
            error={fieldErrors.early_start_reason}
          />
        ) : null}
        <CourseFields idFor={idFor} values={values} set={set} fieldErrors={fieldErrors} formFirst />
        <CheckboxGroup
          id={idFor('therapist_ids')}
          name="therapist_ids"
          legend="Ansvarlige terapeuter"
          hint="Kan også vælges eller ændres senere på forløbets side."
          options={(therapists.data ?? []).map((t) => ({ value: t.id, label: t.display_name }))}
          value={values.therapist_ids}
          onChange={set('therapist_ids')}
          error={fieldErrors.therapist_ids ?? (therapists.isError ? 'Terapeuterne kunne ikke hentes.' : undefined)}
        />
        {askActiveCourse ? (
          <RadioGroup
            id={idFor('active_course')}
            name="active_course"
            legend="Borgeren har allerede et aktivt forløb"
            hint="Der kan kun være ét forløb ad gangen."
            value={values.active_course}
            onChange={set('active_course')}
            options={ACTIVE_COURSE_OPTIONS}
            error={fieldErrors.active_course}
          />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={start.isPending}>
            {start.isPending ? 'Gemmer …' : 'Gem opstart'}
          </button>
        </div>
      </form>
    </>
  );
}
