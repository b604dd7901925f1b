import { labelFor } from '../../../../lib/labels';
import type { Finding } from '../../api/types';
import { FINDING_OUTCOME_LABELS, FINDING_RULE_LABELS } from '../../labels';
import { factItems } from './facts';

const OUTCOME_CLASS: Record<string, string> = {
  met: 'pill--ok',
  not_met: 'pill--error',
  flag: 'pill--warning',
  overridden: 'pill--muted',
};

// A symbol beside the words, so the outcome does not rest on colour.
const OUTCOME_SYMBOL: Record<string, string> = { met: '✓', not_met: '✗', flag: '!', overridden: '↷' };

export function OutcomeBadge({ outcome }: { outcome: string }) {
  return (
    <span className={`pill ${OUTCOME_CLASS[outcome] ?? 'pill--muted'}`}>
      <span aria-hidden="true">{OUTCOME_SYMBOL[outcome] ?? '•'} </span>
      {labelFor(FINDING_OUTCOME_LABELS, outcome)}
    </span>
  );
}

/** The eligibility findings: each rule, its outcome, its Danish text and the facts it used. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p className="empty">Ingen fund.</p>;
  return (
    <ul className="findings">
      {findings.map((f) => (
        <li key={f.rule} className="finding">
          <p className="finding__head">
            <span className="finding__rule">{labelFor(FINDING_RULE_LABELS, f.rule)}</span> <OutcomeBadge outcome={f.outcome} />
          </p>
          <p className="finding__text">{f.text}</p>
          {Object.keys(f.facts).length > 0 ? (
            <dl className="facts" aria-label={`Oplysninger bag: ${labelFor(FINDING_RULE_LABELS, f.rule)}`}>
              {factItems(f.facts).map((fact) => (
                <div key={fact.key} className="facts__item">
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
