import { formatDateLong } from '../../../../lib/dates';
import type { Assessment } from '../../api/types';
import { FindingsList } from './FindingsList';

/** The initial assessment: the findings of the eligibility rules with the facts behind them. */
export function AssessmentSection({ assessment }: { assessment: Assessment }) {
  return (
    <section className="panel" aria-labelledby="case-assessment">
      <h2 id="case-assessment" className="panel__title">
        Vurdering
      </h2>
      <p>
        Indledende samtale og undersøgelse <time dateTime={assessment.assessed_on}>{formatDateLong(assessment.assessed_on)}</time>.{' '}
        {assessment.eligible ? (
          <strong className="verdict verdict--ok">Betingelserne er opfyldt.</strong>
        ) : (
          <strong className="verdict verdict--error">Betingelserne er ikke opfyldt.</strong>
        )}
      </p>
      {assessment.override_reason ? (
        <p className="notice notice--warning">
          <strong>Reglen er fraveget.</strong> Begrundelse: {assessment.override_reason}
        </p>
      ) : null}
      <FindingsList findings={assessment.findings} />
    </section>
  );
}
