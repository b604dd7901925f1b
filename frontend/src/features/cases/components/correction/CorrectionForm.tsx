import { ErrorSummary } from '../../../../components/ErrorSummary';
import { TextAreaField } from '../../../../components/Field';
import { formatDateLong } from '../../../../lib/dates';
import { labelFor } from '../../../../lib/labels';
import { useCorrectEvent } from '../../api/correctEvent';
import type { CaseEventRecord } from '../../api/types';
import { CASE_EVENT_LABELS } from '../../labels';
import { fieldId } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import { CORRECTION_FIELDS, toCorrectionBody, validateCorrection } from './correctionForm';

const idFor = fieldId('correction');

/** Undoes the newest event by a correcting event; the history keeps both and the reason. */
export function CorrectionForm({ data, labelledBy, onDone, event }: StepFormProps & { event: CaseEventRecord }) {
  const correct = useCorrectEvent(data.id);
  const name = labelFor(CASE_EVENT_LABELS, event.event);
  const { values, set, fieldErrors, items, revision, submit } = useStepForm({
    initial: { note: '' },
    validate: (v) => validateCorrection(v.note),
    toBody: (v) => toCorrectionBody(event.id, v.note),
    mutation: correct,
    fields: CORRECTION_FIELDS,
    idFor,
    done: `Hændelsen “${name}” er fortrudt.`,
    onDone,
  });

  return (
    <>
      <ErrorSummary id="correction-errors" items={items} revision={revision} title="Hændelsen blev ikke fortrudt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <p className="step-form__intro">
          Seneste hændelse: <strong>{name}</strong>, {formatDateLong(event.occurred_on)}. Den fortrydes med en
          rettelse; historikken beholder begge og begrundelsen, og det, hændelsen registrerede, gælder ikke
          længere.
        </p>
        <TextAreaField
          id={idFor('note')}
          name="note"
          label="Hvorfor fortrydes hændelsen?"
          value={values.note}
          onChange={set('note')}
          error={fieldErrors.note}
        />
        <div className="form__actions">
          <button type="submit" className="button button--danger" disabled={correct.isPending}>
            {correct.isPending ? 'Fortryder …' : 'Fortryd hændelsen'}
          </button>
        </div>
      </form>
    </>
  );
}
