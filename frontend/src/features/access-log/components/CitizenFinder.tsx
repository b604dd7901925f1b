import { useState, type FormEvent } from 'react';
import { TextField } from '../../../components/Field';
import { ErrorMessage } from '../../../components/QueryState';
import { formatDate } from '../../../lib/dates';
import { useFindCitizens, type AuditSearch } from '../api/findCitizens';

export interface ChosenCitizen {
  id: string;
  name: string;
}

const CPR = /^\d{6}-?\d{4}$/;

/** "0101701234", "010170-1234" → a CPR search; anything else of two letters or more → a name. */
export function auditSearchOf(text: string): AuditSearch | null {
  const value = text.trim();
  if (CPR.test(value)) return { cpr: value };
  if (/^\d[\d -]*$/.test(value)) return null;
  return value.length >= 2 ? { name: value } : null;
}

/** The auditor finds a citizen by CPR number or name, then reads their log or makes their report. */
export function CitizenFinder({
  onShowLog,
  onReport,
}: {
  onShowLog: (citizen: ChosenCitizen) => void;
  onReport: (citizen: ChosenCitizen) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const find = useFindCitizens();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const search = auditSearchOf(text);
    if (!search) {
      setError('Skriv et CPR-nummer (10 cifre) eller mindst to bogstaver af navnet.');
      find.reset();
      return;
    }
    setError(undefined);
    find.mutate(search);
  };

  return (
    <section className="section panel" aria-labelledby="finder-title">
      <h2 id="finder-title" className="panel__title">
        Find borger
      </h2>
      <form className="inline-fields" noValidate onSubmit={submit}>
        <TextField
          id="finder-text"
          name="citizen"
          label="CPR-nummer eller navn"
          hint="CPR-nummeret sendes ikke i adressen og skrives ikke i loggen."
          className="field--wide"
          value={text}
          onChange={setText}
          error={error}
        />
        <div className="filters__actions">
          <button type="submit" className="button" disabled={find.isPending}>
            {find.isPending ? 'Søger …' : 'Find'}
          </button>
        </div>
      </form>
      {find.isError ? <ErrorMessage error={find.error} /> : null}
      <div role="status">
        {find.data ? (
          find.data.length === 0 ? (
            <p className="empty">Ingen borger fundet.</p>
          ) : (
            <ul className="plain-list finder__results">
              {find.data.map((citizen) => (
                <li key={citizen.id} className="finder__result">
                  <span>
                    <strong>{citizen.name}</strong>
                    <span className="cell-sub">Født {formatDate(citizen.birth_date)}</span>
                  </span>
                  <span className="finder__actions">
                    <button type="button" className="button button--secondary" onClick={() => onShowLog(citizen)}>
                      Vis adgangslog
                      <span className="visually-hidden"> for {citizen.name}</span>
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => onReport(citizen)}>
                      Lav indsigtsrapport
                      <span className="visually-hidden"> for {citizen.name}</span>
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </section>
  );
}
