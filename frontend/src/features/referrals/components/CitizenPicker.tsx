import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/problem';
import type { Citizen, CitizenMatch } from '../../../api/types';
import { FieldError, TextField } from '../../../components/Field';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { cprShapeError, normaliseCpr } from '../../../lib/cpr';
import { formatDate } from '../../../lib/dates';
import { citizenQueryOptions, useCitizen } from '../../citizens/api/getCitizen';
import { useSearchCitizens } from '../../citizens/api/searchCitizens';

interface Props {
  citizenId: string | null;
  onSelect: (citizenId: string | null) => void;
  /** An error about the citizen from the referral form (none chosen, or the server's). */
  error?: string | undefined;
}

export const CPR_INPUT_ID = 'referral-cpr';
export const CHANGE_CITIZEN_ID = 'referral-change-citizen';

function CitizenCard({ citizen }: { citizen: Citizen }) {
  return (
    <dl className="details details--compact">
      <div>
        <dt>Navn</dt>
        <dd>{citizen.name}</dd>
      </div>
      <div>
        <dt>Født</dt>
        <dd>{formatDate(citizen.birth_date)}</dd>
      </div>
      <div>
        <dt>Adresse</dt>
        <dd>{citizen.address}</dd>
      </div>
      <div>
        <dt>Kommune</dt>
        <dd>
          {citizen.municipality_name ?? citizen.municipality_code}
          {citizen.other_municipality ? <span className="tag tag--warning">Anden kommune</span> : null}
        </dd>
      </div>
    </dl>
  );
}

/**
 * A citizen without a case at the user's sites (or assigned to them): the CPR look-up gives the
 * name only, and the server does not show the rest (need to know). The referral needs only the id.
 */
function CitizenNameOnly({ name }: { name: string | null }) {
  return (
    <>
      {name ? (
        <dl className="details details--compact">
          <div>
            <dt>Navn</dt>
            <dd>{name}</dd>
          </div>
        </dl>
      ) : null}
      <p className="notice">
        Borgeren har ingen sag på dine matrikler, så borgerens øvrige oplysninger vises ikke. Du kan
        registrere henvendelsen.
      </p>
    </>
  );
}

/**
 * Finds the citizen by CPR number (sent in a POST body, never in the address) and shows the chosen
 * one. Only the citizen's id goes into the address.
 */
export function CitizenPicker({ citizenId, onSelect, error }: Props) {
  const queryClient = useQueryClient();
  const search = useSearchCitizens();
  const [cpr, setCpr] = useState('');
  const [cprError, setCprError] = useState<string | undefined>();
  const [results, setResults] = useState<CitizenMatch[] | null>(null);
  // The hit chosen from the look-up: its record, or its name only when the record is not ours to see.
  const [found, setFound] = useState<CitizenMatch | null>(null);
  const nameOnly = found !== null && found.id === citizenId && found.record === null ? found : null;
  // Not asked for when the look-up said the record is not ours to see: that would be a refused read.
  const citizen = useCitizen(nameOnly ? null : citizenId);

  const choose = (match: CitizenMatch) => {
    setFound(match);
    if (match.record) queryClient.setQueryData(citizenQueryOptions(match.id).queryKey, match.record);
    onSelect(match.id);
  };

  const find = (e: FormEvent) => {
    e.preventDefault();
    const shape = cprShapeError(cpr);
    setCprError(shape ?? undefined);
    setResults(null);
    if (shape) return;
    search.mutate(
      { cpr: normaliseCpr(cpr) },
      {
        onSuccess: (items) => {
          if (items.length === 1) {
            choose(items[0]!);
            setCpr('');
          } else {
            setResults(items);
          }
        },
      },
    );
  };

  if (citizenId) {
    return (
      <div className="citizen-picked">
        {nameOnly ? (
          <CitizenNameOnly name={nameOnly.name} />
        ) : citizen.isPending ? (
          <Loading label="Henter borgeren …" />
        ) : citizen.isError ? (
          citizen.error instanceof ApiError && citizen.error.status === 404 ? (
            <CitizenNameOnly name={null} />
          ) : (
            <ErrorMessage error={citizen.error} />
          )
        ) : (
          <CitizenCard citizen={citizen.data} />
        )}
        {error ? <FieldError id="referral-citizen-error" message={error} /> : null}
        <button
          type="button"
          id={CHANGE_CITIZEN_ID}
          className="button button--secondary"
          onClick={() => onSelect(null)}
          aria-describedby={error ? 'referral-citizen-error' : undefined}
        >
          Vælg en anden borger
        </button>
      </div>
    );
  }

  return (
    <form className="citizen-search" noValidate onSubmit={find} role="search" aria-label="Find borger">
      <div className="inline-fields">
        <TextField
          id={CPR_INPUT_ID}
          name="cpr"
          label="Borgerens CPR-nummer"
          hint="10 cifre, fx 010170-1234."
          inputMode="numeric"
          maxLength={11}
          width="short"
          value={cpr}
          onChange={setCpr}
          error={cprError ?? error}
        />
        <button type="submit" className="button" disabled={search.isPending}>
          {search.isPending ? 'Søger …' : 'Find borger'}
        </button>
      </div>
      {search.isError ? <ErrorMessage error={search.error} /> : null}
      <div role="status" className="search-result">
        {results !== null && results.length === 0 ? (
          <p>
            Der findes ingen borger med dette CPR-nummer. <Link to="/borgere/ny">Opret borgeren</Link>
            {' '}og kom tilbage hertil.
          </p>
        ) : null}
        {results !== null && results.length > 1 ? (
          <ul className="result-list">
            {results.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.record ? `, født ${formatDate(c.record.birth_date)}` : null}{' '}
                <button type="button" className="button button--secondary" onClick={() => choose(c)}>
                  Vælg {c.name}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
