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
import { formatDateLong } from '../../../../lib/dates';
import { DEADLINE_KIND_LABELS, labelFor, workingDaysLabel } from '../../../../lib/labels';
import { actionKey, actionTitle, caseActions, nextStep, type CaseAction } from './caseActions';

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

/** Why the next step is next: the deadline it meets, in words. */
function deadlineWords(deadline: Case['deadlines'][number]): string {
  const left = workingDaysLabel(deadline.working_days_left);
  return `${labelFor(DEADLINE_KIND_LABELS, deadline.kind)}: frist ${formatDateLong(deadline.due_date)} (${left.charAt(0).toLowerCase()}${left.slice(1)}).`;
}

/** What the page says when no step can be taken: a running course is not a closed case. */
function noActionsText(data: Case): string {
  if (data.course?.status === 'active') return 'Træningsforløbet er i gang. Der er ingen skridt at tage i sagen nu.';
  if (data.open) return 'Der er ingen skridt at tage i sagen lige nu.';
  return 'Sagen er afsluttet. Der er ingen handlinger.';
}

/**
 * "Handlinger": one form for each step the case's state allows now, each behind its own heading
 * button (opened and closed in place). The step the nearest deadline asks for comes first, as
 * the primary action. A saved step closes the forms and says what happened; opening another
 * form clears that message, so it never stands beside a later step.
 */
export function CaseActions({ data }: { data: Case }) {
  const next = nextStep(data);
  const others = caseActions(data).filter((a) => !next || actionKey(a) !== actionKey(next.action));
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const toggle = (key: string) => {
    setNotice(null);
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

  const item = (action: CaseAction, primary: boolean) => {
    const key = actionKey(action);
    const isOpen = open.has(key);
    const toggleId = `action-${key}-toggle`;
    const panelId = `action-${key}-panel`;
    return (
      <li key={key} className={['action', isOpen ? 'action--open' : '', primary ? 'action--primary' : ''].filter(Boolean).join(' ')}>
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
  };

  return (
    <section className="panel no-print case-actions" aria-labelledby="case-actions">
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
      {!next && others.length === 0 ? <p className="empty">{noActionsText(data)}</p> : null}
      {next ? (
        <div className="next-step">
          <p className="next-step__label">Næste skridt</p>
          <p className="next-step__why">{deadlineWords(next.deadline)}</p>
          <ul className="actions">{item(next.action, true)}</ul>
        </div>
      ) : null}
      {others.length > 0 ? (
        <>
          {next ? <p className="actions__label">Andre handlinger</p> : null}
          <ul className="actions">{others.map((action) => item(action, false))}</ul>
        </>
      ) : null}
    </section>
  );
}
