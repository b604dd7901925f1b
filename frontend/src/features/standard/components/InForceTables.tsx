import { formatDate } from '../../../lib/dates';
import type { Limit } from '../api/getServiceStandard';
import { formatLimitValue, inForce, limitLabel, type LegalBasisEntry, effectiveFromLabel } from './limits';

/** The limits in force today, a table per legal basis. */
export function InForceTables({
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
        const current = inForce(limits, basis.code, today);
        const titleId = `in-force-${basis.code}`;
        return (
          <div key={basis.code} className="standard__basis">
            <h3 id={titleId} className="standard__basis-title">
              {basis.name}
            </h3>
            {current.length === 0 ? (
              <p className="empty">Der er ingen frister i kraft for dette lovgrundlag.</p>
            ) : (
              <div className="table-wrap">
                <table className="table in-force" aria-labelledby={titleId}>
                  <thead>
                    <tr>
                      <th scope="col">Frist</th>
                      <th scope="col">Værdi</th>
                      <th scope="col">Gælder fra</th>
                    </tr>
                  </thead>
                  <tbody>
                    {current.map((limit) => (
                      <tr key={limit.kind}>
                        <th scope="row">{limitLabel(limit.kind)}</th>
                        <td className="nowrap">{formatLimitValue(limit.value, limit.unit)}</td>
                        <td className="nowrap">
                          <time dateTime={limit.effective_from}>{effectiveFromLabel(limit.effective_from, formatDate)}</time>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        );
      })}
    </>
  );
}
