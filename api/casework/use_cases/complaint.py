"""Complaints: received (late ones flagged), upheld by the reassessment, forwarded to
Ankestyrelsen with their bundle."""

from __future__ import annotations

import uuid

from api.casework.schemas import CaseOut, ComplaintIn, ForwardIn, ReassessmentIn
from api.casework.use_cases.case_service import answer, check_day, check_step, lock_visible, step
from api.letters import REASSESSMENT_UPHELD, LetterWorkers, Parts, issue, issue_appeals_bundle
from api.unit_of_work import UnitOfWork
from domain.casework.case_lifecycle import CaseEvent
from domain.casework.complaint import complaint_timing
from domain.centre import LimitKind
from domain.errors import Conflict, RuleViolation
from persistence.casework import case_events, visitation
from persistence.casework.models import Case, Complaint, Decision
from persistence.centre import service_standard, working_day_calendar

LATE_COMPLAINT_FLAG = "late_complaint"


async def receive_complaint(work: UnitOfWork, case_id: uuid.UUID, body: ComplaintIn) -> CaseOut:
    """A complaint against the decision: accepted even when late (then flagged); the
    reassessment deadline goes on the worklist."""
    session, caller = work.session, work.caller
    case = await lock_visible(work, case_id)
    check_step(case, CaseEvent.RECEIVE_COMPLAINT)  # no decision, no complaint: names the state
    if body.received_on > caller.today():
        raise RuleViolation("Datoen ligger i fremtiden.", field="received_on")
    decision = await visitation.latest(session, Decision, case.id)
    if decision is None:
        raise Conflict("Sagen har ingen afgørelse at klage over.", rule="no_decision")
    standard = await service_standard(session, caller.centre_id)
    limits = standard.in_force(case.legal_basis, case.received_date)
    if LimitKind.COMPLAINT not in limits or LimitKind.REASSESSMENT not in limits:
        raise RuleViolation("Kvalitetsstandarden mangler fristerne for klager.")
    timing = complaint_timing(
        complaint_received_on=body.received_on,
        decision_sent_on=decision.sent_on,
        decision_received_on=decision.received_on,
        window=limits[LimitKind.COMPLAINT],
        reassessment=limits[LimitKind.REASSESSMENT],
        calendar=await working_day_calendar(session, caller.centre_id),
    )
    event = await step(work, case, CaseEvent.RECEIVE_COMPLAINT, body.received_on)
    session.add(
        Complaint(
            centre_id=case.centre_id,
            case_id=case.id,
            event_id=event.id,
            decision_id=decision.id,
            received_on=body.received_on,
            window_ends=timing.window_ends,
            late=timing.late,
            reassessment_due=timing.reassessment_due,
            summary=body.summary,
        )
    )
    await case_events.set_deadline(
        session, case, LimitKind.REASSESSMENT.value, timing.reassessment_due
    )
    if timing.late and LATE_COMPLAINT_FLAG not in case.flags:
        case.flags = [*case.flags, LATE_COMPLAINT_FLAG]
    await session.flush()
    return await answer(work, case)


async def _open_complaint(work: UnitOfWork, case: Case) -> Complaint:
    complaint = await visitation.latest(work.session, Complaint, case.id)
    if complaint is None:
        raise Conflict("Sagen har ingen klage.", rule=f"state:{case.status}")
    return complaint


async def uphold(
    work: UnitOfWork, case_id: uuid.UUID, body: ReassessmentIn, *, workers: LetterWorkers
) -> CaseOut:
    """The reassessment upholds the decision; the citizen is told by letter."""
    case = await lock_visible(work, case_id)
    check_step(case, CaseEvent.UPHOLD)
    check_day(work, body.reassessed_on, case, "reassessed_on")
    complaint = await _open_complaint(work, case)
    if body.reassessed_on < complaint.received_on:
        raise RuleViolation("Revurderingen ligger før klagen blev modtaget.", field="reassessed_on")
    await step(work, case, CaseEvent.UPHOLD, body.reassessed_on)
    complaint.outcome = "upheld"
    complaint.reassessed_on = body.reassessed_on
    complaint.reassessment_note = body.note
    await work.session.flush()
    await issue(
        work.session,
        work.caller,
        case,
        REASSESSMENT_UPHELD,
        Parts(complaint=complaint),
        workers=workers,
    )
    return await answer(work, case)


async def forward_to_appeals_board(
    work: UnitOfWork, case_id: uuid.UUID, body: ForwardIn, *, workers: LetterWorkers
) -> CaseOut:
    """The upheld complaint goes to Ankestyrelsen with its bundle, kept with the case."""
    session, caller = work.session, work.caller
    case = await lock_visible(work, case_id, use="export")
    check_step(case, CaseEvent.FORWARD)
    check_day(work, body.forwarded_on, case, "forwarded_on")
    complaint = await _open_complaint(work, case)
    if complaint.reassessed_on is not None and body.forwarded_on < complaint.reassessed_on:
        raise RuleViolation("Datoen ligger før revurderingen.", field="forwarded_on")
    await step(work, case, CaseEvent.FORWARD, body.forwarded_on)
    complaint.forwarded_on = body.forwarded_on
    decision = await visitation.get_decision(session, caller.centre_id, complaint.decision_id)
    bundle = await issue_appeals_bundle(session, caller, case, decision, complaint, workers=workers)
    complaint.bundle_letter_id = bundle.id
    await session.flush()
    return await answer(work, case, use="export")
