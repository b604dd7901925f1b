import { ErrorSummary } from '../../../../components/ErrorSummary';
import { TextField } from '../../../../components/Field';
import { copenhagenToday, formatDateLong } from '../../../../lib/dates';
import { useRecordDecisionReceipt } from '../../api/recordDecisionReceipt';
import { fieldId } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import { DECISION_RECEIPT_FIELDS, toDecisionReceiptBody, validateDecisionReceipt } from './decisionReceiptForm';

const idFor = fieldId('decision-receipt');

/** The day the citizen received a decision sent by letter: the complaint window counts from it. */
export function DecisionReceiptForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const record = useRecordDecisionReceipt(data.id);
  const decision = data.decisions[data.decisions.length - 1];
  const sentOn = decision?.sent_on ?? data.received_date;
  const { values, set, fieldErrors, items, revision, submit } = useStepForm({
    initial: { received_on: today },
    validate: (v) => validateDecisionReceipt(v.received_on, sentOn, today),
    toBody: (v) => toDecisionReceiptBody(v.received_on),
    mutation: record,
    fields: DECISION_RECEIPT_FIELDS,
    idFor,
    done: 'Modtagelsen er registreret, og klagefristen er beregnet.',
    onDone,
  });

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
          value={values.received_on}
          onChange={set('received_on')}
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
