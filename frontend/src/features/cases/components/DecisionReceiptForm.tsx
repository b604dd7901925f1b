import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { copenhagenToday, formatDateLong } from '../../../lib/dates';
import { useRecordDecisionReceipt } from '../api/recordDecisionReceipt';
import { DECISION_RECEIPT_FIELDS, toDecisionReceiptBody, validateDecisionReceipt } from './smallForms';
import { fieldId, showRequestError } from './stepForm';
import type { StepFormProps } from './stepFormProps';

const idFor = fieldId('decision-receipt');

/** The day the citizen received a decision sent by letter: the complaint window counts from it. */
export function DecisionReceiptForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const record = useRecordDecisionReceipt(data.id);
  const [receivedOn, setReceivedOn] = useState(today);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const decision = data.decisions[data.decisions.length - 1];
  const sentOn = decision?.sent_on ?? data.received_date;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateDecisionReceipt(receivedOn, sentOn, today);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return;
    }
    clearErrors();
    record.mutate(toDecisionReceiptBody(receivedOn), {
      onSuccess: () => onDone('Modtagelsen er registreret, og klagefristen er beregnet.'),
      onError: (error) => showRequestError(error, DECISION_RECEIPT_FIELDS, showErrors),
    });
  };

  const items = summaryItems(fieldErrors, general, DECISION_RECEIPT_FIELDS, idFor);

  return (
    <>
      <ErrorSummary id="decision-receipt-errors" items={items} revision={revision} title="Modtagelsen blev ikke gemt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <p className="step-form__intro">Afgørelsen blev sendt som brev {formatDateLong(sentOn)}.</p>
        <TextField
          id={idFor('received_on')}
          name="received_on"
          type="date"
          label="Borgeren modtog afgørelsen"
          hint="Klagefristen på 28 dage regnes fra denne dag."
          width="medium"
          max={today}
          value={receivedOn}
          onChange={setReceivedOn}
          error={fieldErrors.received_on}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={record.isPending}>
            {record.isPending ? 'Gemmer …' : 'Gem modtagelse'}
          </button>
        </div>
      </form>
    </>
  );
}
