import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Case } from '../../../../api/types';
import { AssessmentForm } from '../assessment/AssessmentForm';
import { AppealsBoardForm } from '../complaint/AppealsBoardForm';
import { ComplaintForm } from '../complaint/ComplaintForm';
import { ReassessmentForm } from '../complaint/ReassessmentForm';
import { CorrectionForm } from '../correction/CorrectionForm';
import { TrainingStartForm } from '../course/TrainingStartForm';
import { DecisionForm } from '../decision/DecisionForm';
import { DecisionReceiptForm } from '../decision/DecisionReceiptForm';
import { FreeChoiceForm } from '../free-choice/FreeChoiceForm';
import { InvitationForm } from '../invitation/InvitationForm';
import type { StepFormProps } from '../shared/stepFormProps';
import { SimpleStepForm } from '../simple-step/SimpleStepForm';
import { actionKey, actionTitle, caseActions, type CaseAction } from './caseActions';

function formFor(action: CaseAction, props: StepFormProps): ReactNode {
  switch (action.kind) {
    case 'invitation':
      return <InvitationForm {...props} />;
    case 'assessment':
      return <AssessmentForm {...props} />;
    case 'decision':
      return <DecisionForm {...props} outcomes={action.outcomes} />;
    case 'training_start':
      return <TrainingStartForm {...props} />;
    case 'complaint':
      return <ComplaintForm {...props} />;
    case 'reassessment':
      return <ReassessmentForm {...props} />;
    case 'appeals_board':
      return <AppealsBoardForm {...props} />;
    case 'simple':
      return <SimpleStepForm {...props} event={action.event} />;
    case 'free_choice':
      return <FreeChoiceForm {...props} />;
    case 'decision_receipt':
      return <DecisionReceiptForm {...props} />;
    case 'correction':
      return <CorrectionForm {...props} event={action.event} />;
  }
}

interface Notice {
  message: string;
  n: number;
}

/**
 * "Handlinger": one form for each step the case's state allows now, each behind its own heading
 * button (opened and closed in place). A saved step closes the forms and says what happened.
 */
export function CaseActions({ data }: { data: Case }) {
  const actions = caseActions(data);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const toggle = (key: string) => {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };

  const done = (message: string) => {
    setOpen(new Set());
    setNotice((n) => ({ message, n: (n?.n ?? 0) + 1 }));
  };

  return (
    <section className="panel no-print" aria-labelledby="case-actions">
      <h2 id="case-actions" className="panel__title">
        Handlinger
      </h2>
      <div role="status">
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className="notice notice--success" key={notice.n}>
            {notice.message}
          </p>
        ) : null}
      </div>
      {actions.length === 0 ? (
        <p className="empty">Sagen er afsluttet. Der er ingen handlinger.</p>
      ) : (
        <ul className="actions">
          {actions.map((action) => {
            const key = actionKey(action);
            const isOpen = open.has(key);
            const toggleId = `action-${key}-toggle`;
            const panelId = `action-${key}-panel`;
            return (
              <li key={key} className={`action${isOpen ? ' action--open' : ''}`}>
                <h3 className="action__heading">
                  <button
                    type="button"
                    id={toggleId}
                    className="action__toggle"
                    aria-expanded={isOpen}
                    aria-controls={panelId}
                    onClick={() => toggle(key)}
                  >
                    <svg className="action__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                      <path d={isOpen ? 'M3 7h10v2H3z' : 'M7 3h2v4h4v2H9v4H7V9H3V7h4z'} fill="currentColor" />
                    </svg>
                    {actionTitle(action, data.status)}
                  </button>
                </h3>
                <div id={panelId} className="action__panel" hidden={!isOpen}>
                  {isOpen ? formFor(action, { data, labelledBy: toggleId, onDone: done }) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
