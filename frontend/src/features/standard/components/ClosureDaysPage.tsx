import { useState, type FormEvent } from 'react';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { copenhagenToday, formatDateLong } from '../../../lib/dates';
import { useAddClosureDay, useClosureDays, useRemoveClosureDay } from '../api/closureDays';

const FIELDS = ['day', 'reason'] as const;
const idFor = (field: string) => `closure-${field}`;

/** The team leader's closure days: days the centre is closed beyond holidays; no deadline falls on one. */
export function ClosureDaysPage() {
  const days = useClosureDays();
  const add = useAddClosureDay();
  const remove = useRemoveClosureDay();
  const today = copenhagenToday();
  const [day, setDay] = useState('');
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const errors: Record<string, string> = {};
    if (!day) errors.day = 'Vælg dagen.';
    else if (day < today) errors.day = 'En lukkedag kan ikke ligge i fortiden.';
    else if ((days.data ?? []).some((d) => d.day === day)) errors.day = 'Dagen er allerede lukkedag.';
    if (!reason.trim()) errors.reason = 'Skriv hvorfor centret er lukket.';
    if (Object.keys(errors).length > 0) {
      showErrors(errors, []);
      return;
    }
    clearErrors();
    add.mutate(
      { day, reason: reason.trim() },
      {
        onSuccess: (row) => {
          setSaved(`${formatDateLong(row.day)} er nu lukkedag.`);
          setDay('');
          setReason('');
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) {
            showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
            return;
          }
          const mapped = problemToFormErrors(error.problem, FIELDS);
          showErrors(mapped.fields, mapped.general);
        },
      },
    );
  };

  const upcoming = (days.data ?? []).filter((d) => d.day >= today).sort((a, b) => a.day.localeCompare(b.day));
  const past = (days.data ?? []).filter((d) => d.day < today).length;

  return (
    <>
      <PageTitle>Lukkedage</PageTitle>
      <p className="lead">
        Dage hvor træningscentret holder lukket ud over helligdage. Svarfrister tælles uden om lukkedage; frister
        der allerede er sat, beholder deres dato.
      </p>

      <section className="section panel" aria-labelledby="closure-new-title">
        <h2 id="closure-new-title" className="panel__title">
          Ny lukkedag
        </h2>
        <ErrorSummary id="closure-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
        <form className="inline-fields" noValidate onSubmit={submit}>
          <TextField
            id={idFor('day')}
            name="day"
            type="date"
            label="Dag"
            value={day}
            onChange={setDay}
            error={fieldErrors.day}
          />
          <TextField
            id={idFor('reason')}
            name="reason"
            label="Årsag"
            className="field--wide"
            value={reason}
            onChange={setReason}
            error={fieldErrors.reason}
          />
          <div className="filters__actions">
            <button type="submit" className="button" disabled={add.isPending}>
              {add.isPending ? 'Gemmer …' : 'Tilføj lukkedag'}
            </button>
          </div>
        </form>
        <p role="status">{saved}</p>
      </section>

      <section className="section" aria-labelledby="closure-list-title">
        <h2 id="closure-list-title">Kommende lukkedage</h2>
        {days.isPending ? (
          <Loading label="Henter lukkedage …" />
        ) : days.isError ? (
          <ErrorMessage error={days.error} onRetry={() => void days.refetch()} />
        ) : upcoming.length === 0 ? (
          <p className="empty">Ingen kommende lukkedage.</p>
        ) : (
          <ul className="plain-list closure-days">
            {upcoming.map((d) => (
              <li key={d.id} className="finder__result">
                <span>
                  <strong>{formatDateLong(d.day)}</strong>
                  <span className="cell-sub">{d.reason}</span>
                </span>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(d.id)}
                >
                  Fjern<span className="visually-hidden"> lukkedagen {formatDateLong(d.day)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {remove.isError ? <ErrorMessage error={remove.error} /> : null}
        {past > 0 ? <p className="cell-sub">{past} tidligere lukkedage er ikke vist.</p> : null}
      </section>
    </>
  );
}
