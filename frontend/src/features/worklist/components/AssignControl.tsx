import { useId } from 'react';
import type { WorklistItem } from '../../../api/types';
import { describeError } from '../../../api/problem';
import { useTherapists } from '../../cases/api/getTherapists';
import { useAssignCase } from '../api/assignCase';

/** Who has the case: the staff with a clinical role at the case's site, or nobody. */
export function AssignControl({ item }: { item: WorklistItem }) {
  const id = useId();
  const therapists = useTherapists();
  const assign = useAssignCase();
  const atSite = (therapists.data ?? []).filter((t) => t.site_ids.includes(item.site.id));
  const current = item.assignee?.id ?? '';
  // The current assignee stays listed even if they have since left the site.
  const options = item.assignee && !atSite.some((t) => t.id === current) ? [item.assignee, ...atSite] : atSite;
  const errorId = `${id}-error`;
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        Tildel sagen for {item.citizen_name}
      </label>
      <select
        id={id}
        className="input select select--compact"
        value={current}
        disabled={assign.isPending}
        aria-describedby={assign.isError ? errorId : undefined}
        aria-invalid={assign.isError || undefined}
        onChange={(e) => assign.mutate({ caseId: item.case_id, userId: e.target.value || null })}
      >
        <option value="">Ingen</option>
        {options.map((t) => (
          <option key={t.id} value={t.id}>
            {t.display_name}
          </option>
        ))}
      </select>
      {assign.isError ? (
        <span id={errorId} className="field__error" role="alert">
          {describeError(assign.error)}
        </span>
      ) : null}
    </>
  );
}
