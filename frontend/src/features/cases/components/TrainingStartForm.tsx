import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Checkbox, CheckboxGroup, RadioGroup, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { copenhagenToday } from '../../../lib/dates';
import { COURSE_FORM_LABELS, DISCIPLINE_LABELS, optionsOf } from '../../../lib/labels';
import { asksActiveCourse, useStartTraining } from '../api/startTraining';
import { fieldId, showRequestError } from './stepForm';
import type { StepFormProps } from './stepFormProps';
import {
  emptyTrainingStart,
  toTrainingStartBody,
  TRAINING_START_FIELDS,
  validateTrainingStart,
  type TrainingStartFormValues,
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

/** § 140: training started, with its form and disciplines; the start deadline is met that day. */
export function TrainingStartForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const start = useStartTraining(data.id);
  const [values, setValues] = useState<TrainingStartFormValues>(() => emptyTrainingStart(today));
  // Asked when the assessment saw an active course, or when the server says there is one.
  const [askActiveCourse, setAskActiveCourse] = useState(() => hasActiveCourse(data));
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();

  const set = <K extends keyof TrainingStartFormValues>(field: K) => (value: TrainingStartFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateTrainingStart(values, { today, receivedOn: data.received_date }, askActiveCourse);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return;
    }
    clearErrors();
    start.mutate(toTrainingStartBody(values, askActiveCourse), {
      onSuccess: () => onDone('Opstarten er registreret, og forløbet er aktivt.'),
      onError: (error) => {
        if (asksActiveCourse(error)) setAskActiveCourse(true);
        showRequestError(error, TRAINING_START_FIELDS, showErrors);
      },
    });
  };

  const items = summaryItems(fieldErrors, general, TRAINING_START_FIELDS, idFor);

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
        <RadioGroup
          id={idFor('form')}
          name="form"
          legend="Træningsform"
          value={values.form}
          onChange={set('form')}
          options={optionsOf(COURSE_FORM_LABELS)}
          error={fieldErrors.form}
        />
        <CheckboxGroup
          id={idFor('disciplines')}
          name="disciplines"
          legend="Faggrupper"
          value={values.disciplines}
          onChange={set('disciplines')}
          options={optionsOf(DISCIPLINE_LABELS)}
          error={fieldErrors.disciplines}
        />
        <Checkbox
          id={idFor('transport_needed')}
          name="transport_needed"
          label="Borgeren har brug for kørsel"
          checked={values.transport_needed}
          onChange={set('transport_needed')}
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
