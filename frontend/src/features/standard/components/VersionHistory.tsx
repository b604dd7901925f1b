import { formatDate } from '../../../lib/dates';
import type { Limit } from '../api/getServiceStandard';
import { formatLimitValue, historyOf, LIMIT_STATUS_LABELS, limitLabel, type LegalBasisEntry, effectiveFromLabel } from './limits';

const STATUS_PILL = { current: 'pill pill--ok', upcoming: 'pill standard__pill--upcoming', replaced: 'pill pill--muted' } as const;

/** Every version of every limit, a collapsed list per legal basis, newest first. */
export function VersionHistory({
  limits,
  bases,
  today,
}: {
  limits: readonly Limit[];
  bases: readonly LegalBasisEntry[];
  today: string;
}) {
  return (
    <>
      {bases.map((basis) => {
        const rows = historyOf(limits, basis.code, today);
        const versions = new Set(rows.map((r) => r.limit.effective_from)).size;
        return (
          <details key={basis.code} className="standard__history" data-legal-basis={basis.code}>
            <summary className="standard__history-summary">
              {basis.name}
              <span className="standard__history-count">
                {' – '}
                {versions === 1 ? '1 version' : `${versions} versioner`}
              </span>
            </summary>
            {rows.length === 0 ? (
              <p className="empty">Ingen versioner.</p>
            ) : (
              <div className="table-wrap">
                <table className="table history">
                  <caption className="table__caption">
                    Alle versioner for {basis.name}, nyeste dato først.
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Gælder fra</th>
                      <th scope="col">Frist</th>
                      <th scope="col">Værdi</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ limit, status }) => (
                      <tr
                        key={`${limit.effective_from}-${limit.kind}`}
                        className={status === 'replaced' ? 'row--inactive' : undefined}
                      >
                        <td className="nowrap">
                          <time dateTime={limit.effective_from}>{effectiveFromLabel(limit.effective_from, formatDate)}</time>
                        </td>
                        <th scope="row">{limitLabel(limit.kind)}</th>
                        <td className="nowrap">{formatLimitValue(limit.value, limit.unit)}</td>
                        <td>
                          <span className={STATUS_PILL[status]}>{LIMIT_STATUS_LABELS[status]}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </details>
        );
      })}
    </>
  );
}
