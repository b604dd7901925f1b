import { useState, type FormEvent } from 'react';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { useFormErrors } from '../../../components/formErrors';
import { useSetWorkingHours, useWorkingHours } from '../api/staffTime';
import { WEEKDAY_LABELS } from '../labels';
import { hoursRows, rowField, toWorkingHours, type HoursRow } from './workingHoursForm';

const WEEKDAYS = Object.entries(WEEKDAY_LABELS).map(([value, label]) => ({ value, label }));

export function WorkingHoursForm({ staffId, staffName }: { staffId: string; staffName: string }) {
  const hours = useWorkingHours(staffId);
  if (hours.isPending) return <Loading />;
  if (hours.isError) return <ErrorMessage error={hours.error} />;
  return <HoursEditor staffId={staffId} staffName={staffName} initial={hoursRows(hours.data)} />;
}

function HoursEditor({ staffId, staffName, initial }: { staffId: string; staffName: string; initial: HoursRow[] }) {
  const save = useSetWorkingHours(staffId);
  const [rows, setRows] = useState<HoursRow[]>(initial);
  const [saved, setSaved] = useState(false);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const id = (index: number, name: string) => `hours-${index}-${name}`;
  const setRow = (index: number, name: keyof HoursRow) => (value: string) =>
    setRows((rs) => rs.map((r, i) => (i === index ? { ...r, [name]: value } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    clearErrors();
    setSaved(false);
    save.mutate(toWorkingHours(rows), {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        if (!(error instanceof ApiError)) return showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
        const fields: Record<string, string> = {};
        const rest: string[] = [];
        for (const { field, message } of error.problem.errors ?? []) {
          const at = rowField(field);
          if (at) fields[id(at.index, at.name)] = message;
          else rest.push(message);
        }
        const general = Object.keys(fields).length > 0 ? rest : problemToFormErrors(error.problem, []).general;
        showErrors(fields, general);
      },
    });
  };

  const items = [
    ...Object.entries(fieldErrors).map(([targetId, message]) => ({ targetId, message })),
    ...general.map((message) => ({ message })),
  ];
  return (
    <form className="subform" noValidate onSubmit={submit} aria-labelledby="hours-title">
      <h3 id="hours-title" className="subform__legend">
        Arbejdstid for {staffName}
      </h3>
      <ErrorSummary id="hours-errors" items={items} revision={revision} />
      {saved ? (
        <p className="notice notice--success" role="status">
          Arbejdstiden er gemt.
        </p>
      ) : null}
      {rows.length === 0 ? <p className="empty">Der er ingen arbejdstid registreret.</p> : null}
      {rows.map((row, index) => (
        <fieldset key={index} className="inline-fields staff-hours__row">
          <legend className="visually-hidden">Periode {index + 1}</legend>
          <SelectField
            id={id(index, 'weekday')}
            name={`weekday-${index}`}
            label="Ugedag"
            options={WEEKDAYS}
            value={row.weekday}
            onChange={setRow(index, 'weekday')}
            error={fieldErrors[id(index, 'weekday')]}
          />
          <TextField
            id={id(index, 'starts')}
            name={`starts-${index}`}
            label="Fra kl."
            width="short"
            inputMode="numeric"
            value={row.starts}
            onChange={setRow(index, 'starts')}
            error={fieldErrors[id(index, 'starts')]}
          />
          <TextField
            id={id(index, 'ends')}
            name={`ends-${index}`}
            label="Til kl."
            width="short"
            inputMode="numeric"
            value={row.ends}
            onChange={setRow(index, 'ends')}
            error={fieldErrors[id(index, 'ends')]}
          />
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => setRows((rs) => rs.filter((_, i) => i !== index))}
          >
            Fjern<span className="visually-hidden"> periode {index + 1}</span>
          </button>
        </fieldset>
      ))}
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setRows((rs) => [...rs, { weekday: '1', starts: '08:00', ends: '15:30' }])}
        >
          Tilføj periode
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Gemmer …' : 'Gem arbejdstid'}
        </button>
      </div>
    </form>
  );
}
