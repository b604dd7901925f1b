import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Checkbox, CheckboxGroup, RadioGroup, TextAreaField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { copenhagenToday, formatDateLong } from '../../../lib/dates';
import {
  COURSE_FORM_LABELS,
  DECISION_OUTCOME_LABELS,
  DISCIPLINE_LABELS,
  labelFor,
  optionsOf,
  SENDING_CHANNEL_LABELS,
} from '../../../lib/labels';
import { useDecide } from '../api/decide';
import { usePreviewDecision } from '../api/previewDecision';
import type { DecisionOutcome } from './caseActions';
import {
  DECISION_FIELDS,
  emptyDecision,
  toDecisionBody,
  validateDecision,
  type DecisionFormValues,
} from './decisionForm';
import { LetterPreviewFrame } from './LetterPreviewFrame';
import { fieldId, showRequestError } from './stepForm';
import type { StepFormProps } from './stepFormProps';

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
  const [values, setValues] = useState<DecisionFormValues>(() => emptyDecision(today, outcomes, data.assessment));
  const [letter, setLetter] = useState<string | null>(null);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const bounds = { today, receivedOn: data.received_date };

  const set = <K extends keyof DecisionFormValues>(field: K) => (value: DecisionFormValues[K]) => {
    setLetter(null);
    setValues((v) => ({ ...v, [field]: value }));
  };

  const checked = () => {
    const errors = validateDecision(values, bounds);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return false;
    }
    clearErrors();
    return true;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!checked()) return;
    decide.mutate(toDecisionBody(values), {
      onSuccess: () =>
        onDone(
          values.outcome === 'grant'
            ? 'Bevillingen er registreret, forløbet er oprettet, og brevet er gemt på sagen.'
            : 'Afslaget er registreret, og brevet er gemt på sagen.',
        ),
      onError: (error) => showRequestError(error, DECISION_FIELDS, showErrors),
    });
  };

  const showLetter = () => {
    if (!checked()) return;
    preview.mutate(toDecisionBody(values), {
      onSuccess: (answer) => setLetter(answer.html),
      onError: (error) => showRequestError(error, DECISION_FIELDS, showErrors),
    });
  };

  const items = summaryItems(fieldErrors, general, DECISION_FIELDS, idFor);
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
            <CheckboxGroup
              id={idFor('disciplines')}
              name="disciplines"
              legend="Faggrupper"
              value={values.disciplines}
              onChange={set('disciplines')}
              options={optionsOf(DISCIPLINE_LABELS)}
              error={fieldErrors.disciplines}
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
            <Checkbox
              id={idFor('transport_needed')}
              name="transport_needed"
              label="Borgeren har brug for kørsel"
              checked={values.transport_needed}
              onChange={set('transport_needed')}
            />
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
