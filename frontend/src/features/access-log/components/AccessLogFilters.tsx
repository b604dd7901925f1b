import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { summaryItems } from '../../../components/formErrors';
import type { AccessLogFilters as Filters } from '../api/getAccessLog';
import { cleanFilters, FILTER_FIELDS, validateFilters } from './accessLogForm';

const idFor = (field: string) => `log-filter-${field.replace(/_/g, '-')}`;

interface Props {
  value: Filters;
  onApply: (filters: Filters) => void;
}

/** The period (the citizen and the member of staff are chosen by finding them or from the table). They apply on "Søg", so the table does not move while typing. */
export function AccessLogFilters({ value, onApply }: Props) {
  const [draft, setDraft] = useState<Filters>(value);
  const [applied, setApplied] = useState<Filters>(value);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [revision, setRevision] = useState(0);
  // Follow the address when it changes from outside (a link in the table, back button, "Nulstil").
  if (applied !== value) {
    setApplied(value);
    setDraft(value);
    setErrors({});
  }

  const set = (field: keyof Filters) => (v: string) => setDraft((d) => ({ ...d, [field]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = cleanFilters(draft);
    const found = validateFilters(clean);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setRevision((r) => r + 1);
      return;
    }
    onApply(clean);
  };

  const active = Object.keys(value).length > 0;
  const items = summaryItems(errors, [], FILTER_FIELDS, idFor);

  return (
    <>
      <ErrorSummary id="log-filter-errors" items={items} revision={revision} title="Søgningen blev ikke udført" />
      <form className="filters" noValidate onSubmit={submit} aria-labelledby="log-filters-title">
        <h2 id="log-filters-title" className="visually-hidden">
          Filtre
        </h2>
        <TextField
          id={idFor('from')}
          name="from"
          type="date"
          label="Fra dato"
          optional
          value={draft.from ?? ''}
          onChange={set('from')}
          error={errors.from}
        />
        <TextField
          id={idFor('to')}
          name="to"
          type="date"
          label="Til dato"
          optional
          value={draft.to ?? ''}
          onChange={set('to')}
          error={errors.to}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            Søg
          </button>
          {active ? (
            <button type="button" className="button button--secondary" onClick={() => onApply({})}>
              Nulstil filtre
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
