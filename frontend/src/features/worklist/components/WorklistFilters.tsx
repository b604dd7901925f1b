import { SelectField, TextField } from '../../../components/Field';
import { legalBasisLabel, useLegalBases } from '../../../api/legalBases';
import { optionsOf, STATUS_LABELS } from '../../../lib/labels';
import { useSites } from '../../sites/api/getSites';
import { NAME_FILTER_MAX, NAME_FILTER_MIN, type WorklistFilters as Filters } from '../api/getWorklist';

interface Props {
  value: Filters;
  onApply: (filters: Filters) => void;
  nameFilter: string;
  onNameFilter: (name: string) => void;
}

const LIST_STATUS = { overdue: STATUS_LABELS.overdue!, due_soon: STATUS_LABELS.due_soon!, on_track: STATUS_LABELS.on_track! };

/** The worklist's filters, applied as they change; the name is searched for on the server. */
export function WorklistFilters({ value, onApply, nameFilter, onNameFilter }: Props) {
  const sites = useSites();
  const legalBases = useLegalBases();
  const active = Boolean(value.legal_basis || value.status);

  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        Filtre
      </h2>
      <TextField
        id="filter-name"
        name="name"
        label="Find borger i listen"
        hint={`Del af navnet, mindst ${NAME_FILTER_MIN} tegn.`}
        value={nameFilter}
        onChange={onNameFilter}
        maxLength={NAME_FILTER_MAX}
      />
      <SelectField
        id="filter-site"
        name="site_id"
        label="Matrikel"
        value={value.site_id ?? ''}
        onChange={(v) => onApply({ ...value, site_id: v || undefined })}
        placeholder={sites.isPending ? 'Henter …' : 'Alle matrikler'}
        options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
      />
      <SelectField
        id="filter-legal-basis"
        name="legal_basis"
        label="Lovgrundlag"
        value={value.legal_basis ?? ''}
        onChange={(v) => onApply({ ...value, legal_basis: v || undefined })}
        placeholder={legalBases.isPending ? 'Henter …' : 'Alle'}
        options={(legalBases.data ?? []).map((b) => ({ value: b.code, label: legalBasisLabel(b) }))}
      />
      <SelectField
        id="filter-status"
        name="status"
        label="Status"
        value={value.status ?? ''}
        onChange={(v) => onApply({ ...value, status: v || undefined })}
        placeholder="Alle"
        options={optionsOf(LIST_STATUS)}
      />
      {active ? (
        <div className="filters__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onApply({ site_id: value.site_id, mine: value.mine, sort: value.sort })}
          >
            Nulstil filtre
          </button>
        </div>
      ) : null}
    </form>
  );
}
