import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { copenhagenToday } from '../../../lib/dates';
import { useForwardToAppealsBoard } from '../api/forwardToAppealsBoard';
import { APPEALS_BOARD_FIELDS, toAppealsBoardBody, validateAppealsBoard } from './smallForms';
import { fieldId, showRequestError } from './stepForm';
import type { StepFormProps } from './stepFormProps';

const idFor = fieldId('appeals-board');

/** The upheld complaint goes to Ankestyrelsen; the bundle of the case's letters is kept with it. */
export function AppealsBoardForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const forward = useForwardToAppealsBoard(data.id);
  const [forwardedOn, setForwardedOn] = useState(today);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateAppealsBoard(forwardedOn, { today, receivedOn: data.received_date });
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return;
    }
    clearErrors();
    forward.mutate(toAppealsBoardBody(forwardedOn), {
      onSuccess: () => onDone('Klagen er sendt til Ankestyrelsen, og samlingen af sagens breve er gemt.'),
      onError: (error) => showRequestError(error, APPEALS_BOARD_FIELDS, showErrors),
    });
  };

  const items = summaryItems(fieldErrors, general, APPEALS_BOARD_FIELDS, idFor);

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
          value={forwardedOn}
          onChange={setForwardedOn}
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
