import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroup, TextAreaField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { copenhagenToday } from '../../../lib/dates';
import { optionsOf, SENDING_CHANNEL_LABELS } from '../../../lib/labels';
import { useUphold } from '../api/uphold';
import {
  REASSESSMENT_FIELDS,
  toReassessmentBody,
  validateReassessment,
  type ReassessmentFormValues,
} from './smallForms';
import { fieldId, showRequestError } from './stepForm';
import type { StepFormProps } from './stepFormProps';

const idFor = fieldId('reassessment');

const WRITTEN_CHANNELS = optionsOf(SENDING_CHANNEL_LABELS).filter((o) => o.value !== 'phone');

/** The reassessment upholds the decision; the complaint then goes to Ankestyrelsen. */
export function ReassessmentForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const uphold = useUphold(data.id);
  const [values, setValues] = useState<ReassessmentFormValues>({
    reassessed_on: today,
    channel: 'digital_post',
    note: '',
  });
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();

  const set = (field: keyof ReassessmentFormValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateReassessment(values, { today, receivedOn: data.received_date });
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return;
    }
    clearErrors();
    uphold.mutate(toReassessmentBody(values), {
      onSuccess: () => onDone('Afgørelsen er fastholdt, og brevet til borgeren er gemt på sagen.'),
      onError: (error) => showRequestError(error, REASSESSMENT_FIELDS, showErrors),
    });
  };

  const items = summaryItems(fieldErrors, general, REASSESSMENT_FIELDS, idFor);

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
