import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { copenhagenToday, formatDateLong } from '../../../lib/dates';
import { useRegisterComplaint } from '../api/registerComplaint';
import { COMPLAINT_FIELDS, toComplaintBody, validateComplaint, type ComplaintFormValues } from './smallForms';
import { fieldId, showRequestError } from './stepForm';
import type { StepFormProps } from './stepFormProps';

const idFor = fieldId('complaint');

/** The citizen's written complaint about the decision; a late one is accepted and flagged. */
export function ComplaintForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const register = useRegisterComplaint(data.id);
  const [values, setValues] = useState<ComplaintFormValues>({ received_on: today, summary: '' });
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const decision = data.decisions.length > 0 ? data.decisions[data.decisions.length - 1]! : null;

  const set = (field: keyof ComplaintFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateComplaint(values, today);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return;
    }
    clearErrors();
    register.mutate(toComplaintBody(values), {
      onSuccess: (updated) => {
        const late = updated.complaints[updated.complaints.length - 1]?.late;
        onDone(
          late
            ? 'Klagen er registreret. Den er modtaget efter klagefristen og er markeret som for sen.'
            : 'Klagen er registreret, og fristen for revurdering er beregnet.',
        );
      },
      onError: (error) => showRequestError(error, COMPLAINT_FIELDS, showErrors),
    });
  };

  const items = summaryItems(fieldErrors, general, COMPLAINT_FIELDS, idFor);

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
