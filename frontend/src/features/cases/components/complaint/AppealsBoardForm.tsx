import { ErrorSummary } from '../../../../components/ErrorSummary';
import { TextField } from '../../../../components/Field';
import { copenhagenToday } from '../../../../lib/dates';
import { useForwardToAppealsBoard } from '../../api/forwardToAppealsBoard';
import { fieldId } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import { APPEALS_BOARD_FIELDS, toAppealsBoardBody, validateAppealsBoard } from './complaintForms';

const idFor = fieldId('appeals-board');

/** The upheld complaint goes to Ankestyrelsen; the bundle of the case's letters is kept with it. */
export function AppealsBoardForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const forward = useForwardToAppealsBoard(data.id);
  const { values, set, fieldErrors, items, revision, submit } = useStepForm({
    initial: { forwarded_on: today },
    validate: (v) => validateAppealsBoard(v.forwarded_on, { today, receivedOn: data.received_date }),
    toBody: (v) => toAppealsBoardBody(v.forwarded_on),
    mutation: forward,
    fields: APPEALS_BOARD_FIELDS,
    idFor,
    done: 'Klagen er sendt til Ankestyrelsen, og samlingen af sagens breve er gemt.',
    onDone,
  });

  return (
    <>
      <ErrorSummary id="appeals-board-errors" items={items} revision={revision} title="Klagen blev ikke sendt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <TextField
          id={idFor('forwarded_on')}
          name="forwarded_on"
          type="date"
          label="Sendt til Ankestyrelsen"
          width="medium"
          max={today}
          value={values.forwarded_on}
          onChange={set('forwarded_on')}
          error={fieldErrors.forwarded_on}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={forward.isPending}>
            {forward.isPending ? 'Gemmer …' : 'Registrér afsendelsen'}
          </button>
        </div>
      </form>
    </>
  );
}
