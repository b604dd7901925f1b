import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../../api/problem';
import type { CitizenMatch } from '../../../api/types';
import { formatDate } from '../../../lib/dates';
import { useSearchCitizens } from '../api/searchCitizens';
import { classifySearch, type SearchKind } from './searchQuery';

interface Outcome {
  kind: SearchKind;
  cpr: string | null;
  items: CitizenMatch[];
}

/**
 * The top bar's citizen search: one field for a name, a CPR number or a phone number. The query
 * goes in a POST body, never in the address; the hits link to the citizen's page. When a CPR
 * number finds nobody, "Opret borger" takes the number along (in the page's state, not the URL).
 */
export function TopBarSearch({ mayCreate }: { mayCreate: boolean }) {
  const search = useSearchCitizens();
  const { pathname } = useLocation();
  const inputId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The page the results were found on: a new page closes them.
  const [foundOn, setFoundOn] = useState(pathname);
  const shown = foundOn === pathname;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOutcome(null);
    const query = classifySearch(text);
    if ('error' in query) {
      setError(query.error);
      return;
    }
    setError(null);
    setFoundOn(pathname);
    search.mutate(query.body, {
      onSuccess: (items) => setOutcome({ kind: query.kind, cpr: query.body.cpr ?? null, items }),
      onError: (failure) => {
        const problem = failure instanceof ApiError ? failure.problem : null;
        setError(
          problem?.errors?.[0]?.message ?? problem?.detail ?? 'Der er ingen forbindelse til serveren. Prøv igen.',
        );
      },
    });
  };

  // Escape in the search field closes the results.
  const close = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && (outcome || error)) {
      setOutcome(null);
      setError(null);
    }
  };

  const errorId = `${inputId}-error`;
  return (
    <div className="top-search">
      <form role="search" aria-label="Søg borger" className="top-search__form" noValidate onSubmit={submit}>
        <label htmlFor={inputId} className="top-search__label">
          Søg borger
        </label>
        <input
          id={inputId}
          name="q"
          type="search"
          className="top-search__input"
          autoComplete="off"
          placeholder="Navn, CPR-nummer eller telefon"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={close}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" className="button top-search__button" disabled={search.isPending}>
          Søg
        </button>
      </form>
      <div className="top-search__results" aria-live="polite">
        {error && shown ? (
          <p id={errorId} className="top-search__error">
            <span className="visually-hidden">Fejl: </span>
            {error}
          </p>
        ) : null}
        {outcome && shown ? <Results outcome={outcome} mayCreate={mayCreate} /> : null}
      </div>
    </div>
  );
}

function Results({ outcome, mayCreate }: { outcome: Outcome; mayCreate: boolean }) {
  const { items } = outcome;
  if (items.length === 0) {
    return (
      <div className="top-search__panel">
        <p>Ingen borgere fundet.</p>
        {mayCreate ? (
          <p>
            <Link to="/borgere/ny" state={outcome.cpr ? { cpr: outcome.cpr } : undefined}>
              Opret borger{outcome.cpr ? ' med dette CPR-nummer' : ''}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="top-search__panel">
      <p>{items.length === 1 ? '1 borger fundet' : `${items.length} borgere fundet`}</p>
      <ul className="top-search__list">
        {items.map((match) => (
          <li key={match.id}>
            {match.record ? (
              <Link to={`/borgere/${match.id}`}>
                {match.name}
                <span className="top-search__sub">
                  {' '}
                  – født {formatDate(match.record.birth_date)}
                  {match.record.phone ? `, tlf. ${match.record.phone}` : ''}
                </span>
              </Link>
            ) : (
              <span>
                {match.name} <span className="top-search__sub">– ingen sag på dine matrikler</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
