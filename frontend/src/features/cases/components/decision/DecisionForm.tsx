import { ErrorSummary } from '../../../../components/ErrorSummary';
import { RadioGroup, TextAreaField, TextField } from '../../../../components/Field';
import { copenhagenToday, formatDateLong } from '../../../../lib/dates';
import { labelFor, optionsOf } from '../../../../lib/labels';
import { useDecide } from '../../api/decide';
import { usePreviewDecision } from '../../api/previewDecision';
import { DECISION_OUTCOME_LABELS, SENDING_CHANNEL_LABELS } from '../../labels';
import { CourseFields } from '../course/CourseFields';
import { LetterPreviewFrame } from '../shared/LetterPreviewFrame';
import { fieldId } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import {
  DECISION_FIELDS,
  emptyDecision,
  toDecisionBody,
  validateDecision,
  type DecisionFormValues,
  type DecisionOutcome,
} from './decisionForm';

const idFor = fieldId('decision');

/** A decision is in writing: a letter or Digital Post, never a call. */
const WRITTEN_CHANNELS = optionsOf(SENDING_CHANNEL_LABELS).filter((o) => o.value !== 'phone');

/**
 * The decision on an application: a grant with the course, or a refusal with reasons (prefilled
 * from the findings that were not met). After a complaint it is the changed decision.
 */
export function DecisionForm({ data, labelledBy, onDone, outcomes }: StepFormProps & { outcomes: DecisionOutcome[] }) {
  const today = copenhagenToday();
  const decide = useDecide(data.id);
  const preview = usePreviewDecision(data.id);
  const { values, set, fieldErrors, items, revision, submit, showLetter, letter } = useStepForm({
    initial: () => emptyDecision(today, outcomes, data.assessment),
    validate: (v) => validateDecision(v, { today, receivedOn: data.received_date }),
    toBody: toDecisionBody,
    mutation: decide,
    preview,
    fields: DECISION_FIELDS,
    idFor,
    done: (v) =>
      v.outcome === 'grant'
        ? 'Bevillingen er registreret, forløbet er oprettet, og brevet er gemt på sagen.'
        : 'Afslaget er registreret, og brevet er gemt på sagen.',
    onDone,
  });
  const notMet = data.assessment?.eligible === false;

  return (
    <>
      <ErrorSummary id="decision-errors" items={items} revision={revision} title="Afgørelsen blev ikke gemt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        {data.status === 'complained' ? (
          <p className="step-form__intro">
            Ændrer revurderingen afgørelsen, registreres den nye afgørelse her. Fastholdes afgørelsen, bruges
            “Fasthold afgørelsen”.
          </p>
        ) : null}
        {notMet ? (
          <p className="step-form__intro">
            Vurderingen fandt, at betingelserne ikke er opfyldt. Begrundelsen er udfyldt med vurderingens tekst;
            ret den til, før afgørelsen sendes.
          </p>
        ) : null}
        <RadioGroup
          id={idFor('outcome')}
          name="outcome"
          legend="Afgørelse"
          value={values.outcome}
          onChange={(outcome) => set('outcome')(outcome as DecisionFormValues['outcome'])}
          options={outcomes.map((o) => ({ value: o, label: labelFor(DECISION_OUTCOME_LABELS, o) }))}
          error={fieldErrors.outcome}
        />
        <TextField
          id={idFor('sent_on')}
          name="sent_on"
          type="date"
          label="Afgørelsen blev sendt"
          hint="Fristen for afgørelsen er overholdt denne dag."
          width="medium"
          max={today}
          value={values.sent_on}
          onChange={set('sent_on')}
          error={fieldErrors.sent_on}
        />
        <RadioGroup
          id={idFor('channel')}
          name="channel"
          legend="Sendt som"
          hint="En afgørelse sendes skriftligt. Digital Post regnes for modtaget samme dag."
          value={values.channel}
          onChange={set('channel')}
          options={WRITTEN_CHANNELS}
          error={fieldErrors.channel}
        />
        {values.channel === 'letter' ? (
          <TextField
            id={idFor('received_on')}
            name="received_on"
            type="date"
            label="Borgeren modtog afgørelsen"
            hint="Klagefristen regnes herfra. Kendes dagen ikke endnu, kan den registreres senere."
            width="medium"
            optional
            max={today}
            value={values.received_on}
            onChange={set('received_on')}
            error={fieldErrors.received_on}
          />
        ) : null}
        {values.outcome === 'grant' ? (
          <fieldset className="subform">
            <legend className="subform__legend">Forløbet</legend>
            <CourseFields idFor={idFor} values={values} set={set} fieldErrors={fieldErrors} />
            <TextField
              id={idFor('course_start')}
              name="course_start"
              type="date"
              label="Forløbets første dag"
              hint="Tom: dagen, afgørelsen blev sendt."
              width="medium"
              optional
              value={values.course_start}
              onChange={set('course_start')}
              error={fieldErrors.course_start}
            />
            <TextAreaField
              id={idFor('reasons')}
              name="reasons"
              label="Tekst til brevet"
              optional
              rows={4}
              value={values.grant_reasons}
              onChange={set('grant_reasons')}
              error={fieldErrors.reasons}
            />
          </fieldset>
        ) : null}
        {values.outcome === 'refuse' ? (
          <TextAreaField
            id={idFor('reasons')}
            name="reasons"
            label="Begrundelse for afslaget"
            hint="Står i brevet. Udfyldt med de betingelser, vurderingen fandt ikke opfyldt; ret teksten til."
            rows={6}
            value={values.refusal_reasons}
            onChange={set('refusal_reasons')}
            error={fieldErrors.reasons}
          />
        ) : null}
        {data.decisions.length > 0 ? (
          <p className="field__hint">
            Seneste afgørelse blev sendt {formatDateLong(data.decisions[data.decisions.length - 1]!.sent_on)}.
          </p>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={decide.isPending}>
            {decide.isPending ? 'Gemmer …' : 'Gem afgørelse'}
          </button>
          <button type="button" className="button button--secondary" onClick={showLetter} disabled={preview.isPending}>
            {preview.isPending ? 'Henter brevet …' : 'Vis brev'}
          </button>
        </div>
      </form>
      <LetterPreviewFrame html={letter} title="Forhåndsvisning af afgørelsesbrevet" />
    </>
  );
}
