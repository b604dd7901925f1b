import { formatDateLong, formatDateTime } from '../../../../lib/dates';
import { labelFor } from '../../../../lib/labels';
import type { CaseEventRecord } from '../../api/types';
import { CASE_EVENT_LABELS } from '../../labels';

/** The case's history, oldest first: receipt, every dated step, and corrections as such; the server
 * marks each event a correction undid (`undone_by`). */
export function CaseTimeline({ receivedAt, events }: { receivedAt: string; events: CaseEventRecord[] }) {
  const byId = new Map(events.map((e) => [e.id, e]));
  return (
    <ol className="timeline">
      <li className="timeline__item">
        <p className="timeline__title">Henvendelsen modtaget</p>
        <p className="timeline__meta">
          <time dateTime={receivedAt}>{formatDateTime(receivedAt)}</time>
        </p>
      </li>
      {events.map((e) => {
        const corrected = e.corrects ? byId.get(e.corrects) : undefined;
        const isUndone = e.undone_by !== null;
        return (
          <li
            key={e.id}
            className={['timeline__item', e.corrects ? 'timeline__item--correction' : '', isUndone ? 'timeline__item--undone' : '']
              .filter(Boolean)
              .join(' ')}
          >
            <p className="timeline__title">
              {e.corrects
                ? `Rettelse: “${labelFor(CASE_EVENT_LABELS, corrected?.event ?? null) || 'hændelse'}” er fortrudt`
                : labelFor(CASE_EVENT_LABELS, e.event)}
              {isUndone ? <span className="pill pill--muted timeline__pill">Fortrudt</span> : null}
            </p>
            <p className="timeline__meta">
              <time dateTime={e.occurred_on}>{formatDateLong(e.occurred_on)}</time>
              {' · '}registreret <time dateTime={e.recorded_at}>{formatDateTime(e.recorded_at)}</time> af {e.actor}
            </p>
            {e.note ? (
              <p className="timeline__note">
                {e.corrects ? 'Begrundelse: ' : 'Note: '}
                {e.note}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
