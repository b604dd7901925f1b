import { useState, type FormEvent } from 'react';
import { SelectField } from '../../../components/Field';
import { legalBasisLabel, useLegalBases } from '../../../api/legalBases';
import { optionsOf, STATUS_LABELS } from '../../../lib/labels';
import { useSites } from '../../sites/api/getSites';
import type { WorklistFilters as Filters } from '../api/getWorklist';

interface Props {
  value: Filters;
  onApply: (filters: Filters) => void;
}

/** The worklist's filters. They apply on "Filtrér", so a change does not move the table under the user. */
export function WorklistFilters({ value, onApply }: Props) {
  const sites = useSites();
  const legalBases = useLegalBases();
  const [draft, setDraft] = useState<Filters>(value);
  const [applied, setApplied] = useState<Filters>(value);
  // Follow the URL when it changes from outside (back button, "Nulstil").
  if (applied !== value) {
    setApplied(value);
    setDraft(value);
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  const reset = () => onApply({});
  const active = Boolean(value.legal_basis || value.site_id || value.status);

  return (
    <form className="filters" onSubmit={submit} aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        Filtre
      </h2>
      <SelectField
        id="filter-legal-basis"
        name="legal_basis"
        label="Lovgrundlag"
        optional={false}
        value={draft.legal_basis ?? ''}
        onChange={(v) => setDraft({ ...draft, legal_basis: v || undefined })}
        placeholder={legalBases.isPending ? 'Henter …' : 'Alle'}
        options={(legalBases.data ?? []).map((b) => ({ value: b.code, label: legalBasisLabel(b) }))}
      />
      <SelectField
        id="filter-site"
        name="site_id"
        label="Matrikel"
        value={draft.site_id ?? ''}
        onChange={(v) => setDraft({ ...draft, site_id: v || undefined })}
        placeholder={sites.isPending ? 'Henter …' : 'Alle'}
        options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
      />
      <SelectField
        id="filter-status"
        name="status"
        label="Status"
        value={draft.status ?? ''}
        onChange={(v) => setDraft({ ...draft, status: v || undefined })}
        placeholder="Alle"
        options={optionsOf(STATUS_LABELS)}
      />
      <div className="filters__actions">
        <button type="submit" className="button">
          Filtrér
        </button>
        {active ? (
          <button type="button" className="button button--secondary" onClick={reset}>
            Nulstil filtre
          </button>
        ) : null}
      </div>
    </form>
  );
}
