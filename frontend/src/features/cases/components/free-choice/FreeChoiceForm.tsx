import { ErrorSummary } from '../../../../components/ErrorSummary';
import { RadioGroup, TextField } from '../../../../components/Field';
import { copenhagenToday, formatDateLong } from '../../../../lib/dates';
import { useRecordFreeChoice } from '../../api/recordFreeChoice';
import { fieldId, YES_NO_OPTIONS, type YesNo } from '../shared/stepForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { useStepForm } from '../shared/useStepForm';
import { emptyFreeChoice, FREE_CHOICE_FIELDS, toFreeChoiceBody, validateFreeChoice } from './freeChoiceForm';

const idFor = fieldId('free-choice');

const CHOICE_OPTIONS = [
  { value: 'municipal', label: 'Kommunens tilbud' },
  { value: 'private', label: 'Privat leverandør (sagen afsluttes som frit valg)' },
  { value: '', label: 'Borgeren har ikke valgt endnu' },
];

/** Sundhedsloven § 140, stk. 4: the start offered, or free choice offered and what the citizen chose. */
export function FreeChoiceForm({ data, labelledBy, onDone }: StepFormProps) {
  const today = copenhagenToday();
  const record = useRecordFreeChoice(data.id);
  const { values, set, fieldErrors, items, revision, submit } = useStepForm({
    initial: () => emptyFreeChoice(today),
    validate: (v) => validateFreeChoice(v, { today, receivedOn: data.received_date }),
    toBody: toFreeChoiceBody,
    mutation: record,
    fields: FREE_CHOICE_FIELDS,
    idFor,
    done: (v) =>
      v.free_choice_offered === 'yes' && v.citizen_choice === 'private'
        ? 'Borgerens frie valg er registreret, og sagen er afsluttet.'
        : 'Tilbuddet er registreret.',
    onDone,
  });
  const limit = data.free_choice?.free_choice_date;

  return (
    <>
      <ErrorSummary id="free-choice-errors" items={items} revision={revision} title="Frit valg blev ikke gemt" />
      <form className="form step-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        {limit ? (
          <p className="step-form__intro">
            Kan almen genoptræning ikke starte senest {formatDateLong(limit)}, skal borgeren tilbydes frit valg af
            en privat leverandør.
          </p>
        ) : null}
        <TextField
          id={idFor('offered_on')}
          name="offered_on"
          type="date"
          label="Tilbuddet blev givet"
          width="medium"
          max={today}
          value={values.offered_on}
          onChange={set('offered_on')}
          error={fieldErrors.offered_on}
        />
        <TextField
          id={idFor('first_start_offered')}
          name="first_start_offered"
          type="date"
          label="Første tilbudte træningsdag"
          width="medium"
          optional
          value={values.first_start_offered}
          onChange={set('first_start_offered')}
          error={fieldErrors.first_start_offered}
        />
        <RadioGroup
          id={idFor('free_choice_offered')}
          name="free_choice_offered"
          legend="Er borgeren tilbudt frit valg?"
          value={values.free_choice_offered}
          onChange={(answer) => set('free_choice_offered')(answer as YesNo)}
          options={YES_NO_OPTIONS}
          error={fieldErrors.free_choice_offered}
        />
        {values.free_choice_offered === 'yes' ? (
          <RadioGroup
            id={idFor('citizen_choice')}
            name="citizen_choice"
            legend="Borgerens valg"
            value={values.citizen_choice}
            onChange={set('citizen_choice')}
            options={CHOICE_OPTIONS}
            error={fieldErrors.citizen_choice}
          />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={record.isPending}>
            {record.isPending ? 'Gemmer …' : 'Gem frit valg'}
          </button>
        </div>
      </form>
    </>
  );
}
