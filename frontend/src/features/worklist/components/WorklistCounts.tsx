import { useWorklistCounts, type WorklistFilters } from '../api/getWorklist';

/** The morning's numbers: how many cases need action first. */
export function WorklistCounts({ filters }: { filters: WorklistFilters }) {
  const counts = useWorklistCounts(filters);
  const data = counts.data;
  const tiles = [
    { key: 'overdue', label: 'Overskredne frister', value: data?.overdue, tone: 'urgent' },
    { key: 'due_today', label: 'Frist i dag', value: data?.due_today, tone: 'urgent' },
    { key: 'due_soon', label: 'Frist inden for 3 hverdage', value: data?.due_soon, tone: 'soon' },
  ] as const;
  return (
    <section className="counts" aria-labelledby="counts-title">
      <h2 id="counts-title" className="visually-hidden">
        Overblik
      </h2>
      <dl className="counts__list">
        {tiles.map((tile) => (
          <div key={tile.key} className={`counts__tile${tile.value ? ` counts__tile--${tile.tone}` : ''}`}>
            <dt>{tile.label}</dt>
            <dd data-testid={`count-${tile.key}`}>{tile.value ?? '–'}</dd>
          </div>
        ))}
      </dl>
      {counts.isError ? <p className="cell-sub">Tallene kunne ikke hentes.</p> : null}
    </section>
  );
}
