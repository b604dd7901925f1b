import { ErrorSummary } from '../../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../../components/Field';
import { copenhagenToday, formatDateLong } from '../../../../lib/dates';
import { useRegisterComplaint } from '../../api/registerComplaint';
import { fieldId } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import { COMPLAINT_FIELDS, toComplaintBody, validateComplaint } from './complaintForms';

const idFor = fieldId('complaint');

/** The citizen's written complaint about the decision; a late one is accepted and flagged. */
export function ComplaintForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const register = useRegisterComplaint(data.id);
  const { values, set, fieldErrors, items, revision, submit } = useStepForm({
    initial: { received_on: today, summary: '' },
    validate: (v) => validateComplaint(v, today),
    toBody: toComplaintBody,
    mutation: register,
    fields: COMPLAINT_FIELDS,
    idFor,
    done: (_, updated) =>
      updated.complaints[updated.complaints.length - 1]?.late
        ? 'Klagen er registreret. Den er modtaget efter klagefristen og er markeret som for sen.'
        : 'Klagen er registreret, og fristen for revurdering er beregnet.',
    onDone,
  });
  const decision = data.decisions.length > 0 ? data.decisions[data.decisions.length - 1]! : null;

  return (
    <>
      <ErrorSummary id="complaint-errors" items={items} revision={revision} title="Klagen blev ikke gemt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <p className="step-form__intro">
          {decision?.complaint_window_ends
            ? `Klagefristen udløber ${formatDateLong(decision.complaint_window_ends)}. `
            : 'Klagefristen kendes først, når det er registreret, hvornår borgeren modtog afgørelsen. '}
          En klage efter fristen registreres også, men markeres som for sen.
        </p>
        <TextField
          id={idFor('received_on')}
          name="received_on"
          type="date"
          label="Klagen blev modtaget"
          width="medium"
          max={today}
          value={values.received_on}
          onChange={set('received_on')}
          error={fieldErrors.received_on}
        />
        <TextAreaField
          id={idFor('summary')}
          name="summary"
          label="Hvad klager borgeren over?"
          rows={4}
          value={values.summary}
          onChange={set('summary')}
          error={fieldErrors.summary}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={register.isPending}>
            {register.isPending ? 'Gemmer …' : 'Gem klage'}
          </button>
        </div>
      </form>
    </>
  );
}
