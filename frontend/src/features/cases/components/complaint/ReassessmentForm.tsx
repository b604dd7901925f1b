import { ErrorSummary } from '../../../../components/ErrorSummary';
import { RadioGroup, TextAreaField, TextField } from '../../../../components/Field';
import { copenhagenToday } from '../../../../lib/dates';
import { optionsOf } from '../../../../lib/labels';
import { useUphold } from '../../api/uphold';
import { SENDING_CHANNEL_LABELS } from '../../labels';
import { fieldId } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import { REASSESSMENT_FIELDS, toReassessmentBody, validateReassessment } from './complaintForms';

const idFor = fieldId('reassessment');

const WRITTEN_CHANNELS = optionsOf(SENDING_CHANNEL_LABELS).filter((o) => o.value !== 'phone');

/** The reassessment upholds the decision; the complaint then goes to Ankestyrelsen. */
export function ReassessmentForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const uphold = useUphold(data.id);
  const { values, set, fieldErrors, items, revision, submit } = useStepForm({
    initial: { reassessed_on: today, channel: 'digital_post', note: '' },
    validate: (v) => validateReassessment(v, { today, receivedOn: data.received_date }),
    toBody: toReassessmentBody,
    mutation: uphold,
    fields: REASSESSMENT_FIELDS,
    idFor,
    done: 'Afgørelsen er fastholdt, og brevet til borgeren er gemt på sagen.',
    onDone,
  });

  return (
    <>
      <ErrorSummary id="reassessment-errors" items={items} revision={revision} title="Revurderingen blev ikke gemt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <p className="step-form__intro">
          Ændrer revurderingen afgørelsen, bruges i stedet “Ny afgørelse efter klage”.
        </p>
        <TextField
          id={idFor('reassessed_on')}
          name="reassessed_on"
          type="date"
          label="Revurderingens dato"
          width="medium"
          max={today}
          value={values.reassessed_on}
          onChange={set('reassessed_on')}
          error={fieldErrors.reassessed_on}
        />
        <RadioGroup
          id={idFor('channel')}
          name="channel"
          legend="Borgeren får besked som"
          value={values.channel}
          onChange={set('channel')}
          options={WRITTEN_CHANNELS}
          error={fieldErrors.channel}
        />
        <TextAreaField
          id={idFor('note')}
          name="note"
          label="Begrundelse for at fastholde afgørelsen"
          rows={4}
          value={values.note}
          onChange={set('note')}
          error={fieldErrors.note}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={uphold.isPending}>
            {uphold.isPending ? 'Gemmer …' : 'Fasthold afgørelsen'}
          </button>
        </div>
      </form>
    </>
  );
}
