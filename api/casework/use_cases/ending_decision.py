"""The decision to end a § 86 course other than at the citizen's wish: a reasoned letter with
the complaint guidance, recorded as the case's decision in force, so the complaint, the
reassessment and Ankestyrelsen follow as for a grant or a refusal."""

from __future__ import annotations

import uuid

from api.casework.schemas import CaseOut, EndingDecisionIn
from api.casework.use_cases.case_service import answer, check_day, check_step, lock_visible, step
from api.context import audit
from api.letters import COURSE_ENDING, EndingInfo, LetterWorkers, Parts, issue, preview
from api.unit_of_work import UnitOfWork
from domain.casework.case_lifecycle import CaseEvent
from domain.casework.decision import SendingChannel, decision_received_on
from domain.errors import RuleViolation
from domain.training import END_REASON_DANISH, EndReason, check_ending_decision
from persistence.attendance import latest_ending_of_case
from persistence.casework.models import Case, Decision


async def _decision(
    work: UnitOfWork, case: Case, body: EndingDecisionIn
) -> tuple[Decision, EndingInfo]:
    """The decision row and what the letter says of the ending, checked; shared by the
    decision and its preview."""
    check_day(work, body.sent_on, case, "sent_on")
    received_on = decision_received_on(SendingChannel(body.channel), body.sent_on, body.received_on)
    if received_on is not None and received_on > work.caller.today():
        raise RuleViolation("Datoen ligger i fremtiden.", field="received_on")
    found = await latest_ending_of_case(work.session, work.caller.centre_id, case.id)
    reasons = check_ending_decision(
        ended_on=found[1].ended_on if found is not None else None,
        is_decision=found is not None and found[1].is_decision,
        reasons=body.reasons,
    )
    assert found is not None  # checked: the course has ended
    course, ending = found
    decision = Decision(
        centre_id=case.centre_id, case_id=case.id, outcome="end", sent_on=body.sent_on,
        channel=body.channel, received_on=received_on, reasons=reasons, disciplines=[],
        findings=[], transport_needed=False, after_complaint=False,
    )  # fmt: skip
    info = EndingInfo(
        started_on=course.started_on, ended_on=ending.ended_on,
        reason=END_REASON_DANISH[EndReason(ending.reason)],
    )  # fmt: skip
    return decision, info


async def decide_ending(
    work: UnitOfWork, case_id: uuid.UUID, body: EndingDecisionIn, *, workers: LetterWorkers
) -> CaseOut:
    """Send the decision to end the case's course: the letter kept with the case, the
    complaint window counted from the day the citizen received it."""
    session, caller = work.session, work.caller
    case = await lock_visible(work, case_id)
    decision, info = await _decision(work, case, body)
    event = await step(work, case, CaseEvent.END_COURSE, body.sent_on)
    decision.event_id = event.id
    session.add(decision)
    await session.flush()
    letter = await issue(
        session, caller, case, COURSE_ENDING, Parts(decision=decision, ending=info),
        workers=workers,
    )  # fmt: skip
    decision.letter_id = letter.id
    await session.flush()
    return await answer(work, case)


async def preview_ending_decision(
    work: UnitOfWork, case_id: uuid.UUID, body: EndingDecisionIn, *, workers: LetterWorkers
) -> str:
    """The letter as it would be sent, complaint guidance included; nothing is saved."""
    case = await lock_visible(work, case_id, use="read")
    decision, info = await _decision(work, case, body)
    check_step(case, CaseEvent.END_COURSE)
    html = await preview(
        work.session, work.caller, case, COURSE_ENDING, Parts(decision=decision, ending=info),
        workers=workers,
    )  # fmt: skip
    await audit(work.session, work.caller, use="read", citizen_ids=[case.citizen_id])
    return html
