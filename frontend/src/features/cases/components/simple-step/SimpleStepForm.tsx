import { ErrorSummary } from '../../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../../components/Field';
import { copenhagenToday } from '../../../../lib/dates';
import { labelFor } from '../../../../lib/labels';
import { useRecordEvent } from '../../api/recordEvent';
import { CASE_EVENT_LABELS } from '../../labels';
import { fieldId } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import { EVENT_FIELDS, toEventBody, validateEvent, type SimpleEvent } from './simpleStepForm';

/** What each simple step does to the case, said before it is saved. */
const CONSEQUENCES: Record<SimpleEvent, string> = {
  withdraw: 'Borgeren trækker ansøgningen tilbage. Sagen afsluttes.',
  decline: 'Borgeren takker nej til genoptræningen. Sagen afsluttes.',
  take_free_choice: 'Borgeren træner hos en privat leverandør (frit valg). Sagen afsluttes.',
  mark_other_municipality: 'Borgeren hører til en anden kommune. Sagen afsluttes.',
  mark_sent_by_mistake: 'Genoptræningsplanen er sendt hertil ved en fejl. Sagen afsluttes.',
  mark_specialised: 'Genoptræningen er på specialiseret niveau og gives af hospitalet. Sagen afsluttes.',
  postpone:
    'Borgeren har ikke overskud til at træne nu, så opstarten venter. Sagen forbliver åben og får KL’s statusårsag “Udskudt”.',
};

/** A step with only a date and a note (withdrawn, declined, another municipality's, ...). */
export function SimpleStepForm({ data, labelledBy, onDone, event }: StepFormProps & { event: SimpleEvent }) {
  const today = copenhagenToday();
  const idFor = fieldId(`event-${event.replace(/_/g, '-')}`);
  const record = useRecordEvent(data.id);
  const { values, set, fieldErrors, items, revision, submit } = useStepForm({
    initial: { occurred_on: today, note: '' },
    validate: (v) => validateEvent(v, { today, receivedOn: data.received_date }),
    toBody: (v) => toEventBody(event, v),
    mutation: record,
    fields: EVENT_FIELDS,
    idFor,
    done: `Registreret: ${labelFor(CASE_EVENT_LABELS, event)}.`,
    onDone,
  });

  return (
    <>
      <ErrorSummary id={idFor('errors')} items={items} revision={revision} />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <p className="step-form__intro">{CONSEQUENCES[event]}</p>
        <TextField
          id={idFor('occurred_on')}
          name="occurred_on"
          type="date"
          label="Dato"
          width="medium"
          max={today}
          value={values.occurred_on}
          onChange={set('occurred_on')}
          error={fieldErrors.occurred_on}
        />
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
          <button type="submit" className="button" disabled={record.isPending}>
            {record.isPending ? 'Gemmer …' : 'Registrér'}
          </button>
        </div>
      </form>
    </>
  );
}
