import { ErrorSummary } from '../../../../components/ErrorSummary';
import { Checkbox, RadioGroup, TextAreaField, TextField } from '../../../../components/Field';
import { copenhagenToday } from '../../../../lib/dates';
import { useRecordAssessment } from '../../api/recordAssessment';
import { fieldId, YES_NO_OPTIONS } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import {
  ASSESSMENT_FIELDS,
  emptyAssessment,
  mayOverrideQuarantine,
  QUESTION_TEXTS,
  questionsFor,
  toAssessmentBody,
  validateAssessment,
  type AssessmentFormValues,
} from './assessmentForm';

const idFor = fieldId('assessment');

/** The therapist's findings at the initial conversation; the rules of the legal basis judge them. */
export function AssessmentForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const assess = useRecordAssessment(data.id);
  const { values, set, fieldErrors, items, revision, submit } = useStepForm({
    initial: () => emptyAssessment(today),
    validate: (v) => validateAssessment(v, data, { today, receivedOn: data.received_date }),
    toBody: (v) => toAssessmentBody(v, data),
    mutation: assess,
    fields: ASSESSMENT_FIELDS,
    idFor,
    done: (_, updated) =>
      updated.assessment?.eligible === false
        ? 'Vurderingen er registreret. Betingelserne er ikke opfyldt; se vurderingen ovenfor.'
        : 'Vurderingen er registreret.',
    onDone,
  });
  const questions = questionsFor(data);
  const overridable = mayOverrideQuarantine(data);

  return (
    <>
      <ErrorSummary id="assessment-errors" items={items} revision={revision} title="Vurderingen blev ikke gemt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <TextField
          id={idFor('assessed_on')}
          name="assessed_on"
          type="date"
          label="Dato for samtale og undersøgelse"
          width="medium"
          max={today}
          value={values.assessed_on}
          onChange={set('assessed_on')}
          error={fieldErrors.assessed_on}
        />
        {questions.map((question) => (
          <RadioGroup
            key={question}
            id={idFor(question)}
            name={question}
            legend={QUESTION_TEXTS[question]}
            value={values[question]}
            onChange={(answer) => set(question)(answer as AssessmentFormValues[typeof question])}
            options={YES_NO_OPTIONS}
            error={fieldErrors[question]}
          />
        ))}
        {overridable ? (
          <fieldset className="subform">
            <legend className="subform__legend">Fornyet ansøgning</legend>
            <Checkbox
              id={idFor('override_quarantine')}
              name="override_quarantine"
              label="Fravig reglen om tidligst at søge igen 5 måneder efter sidste forløb"
              hint="Reglen gælder “som udgangspunkt”. Fravigelsen og begrundelsen gemmes på sagen."
              checked={values.override_quarantine}
              onChange={set('override_quarantine')}
            />
            {values.override_quarantine ? (
              <TextAreaField
                id={idFor('reason')}
                name="reason"
                label="Begrundelse for fravigelsen"
                value={values.reason}
                onChange={set('reason')}
                error={fieldErrors.reason}
              />
            ) : null}
          </fieldset>
        ) : null}
        <TextAreaField
          id={idFor('note')}
          name="note"
          label="Note"
          optional
          value={values.note}
          onChange={set('note')}
          error={fieldErrors.note}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={assess.isPending}>
            {assess.isPending ? 'Gemmer …' : 'Gem vurdering'}
          </button>
        </div>
      </form>
    </>
  );
}
