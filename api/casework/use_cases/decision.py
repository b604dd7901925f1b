"""The decision: a grant opens the course, a refusal gives reasons; both get a letter with
complaint guidance. After a complaint this is the changed decision."""

from __future__ import annotations

import uuid

from api.casework.schemas import CaseOut, DecisionIn, DecisionReceiptIn, GrantIn, RefusalIn
from api.casework.use_cases.case_service import answer, check_day, check_step, lock_visible, step
from api.context import audit
from api.letters import GRANT, REFUSAL, LetterWorkers, Parts, issue, preview
from api.unit_of_work import UnitOfWork
from domain.casework.case_lifecycle import CaseEvent, CaseState
from domain.casework.decision import (
    SendingChannel,
    check_after_assessment,
    decision_received_on,
)
from domain.casework.eligibility import Outcome
from domain.errors import Conflict, RuleViolation
from domain.training import check_course_start, check_disciplines, ending, open_from_grant
from persistence.casework import visitation
from persistence.casework.models import Assessment, Case, Complaint, Decision
from persistence.training import active_course, end_course, one_offer_conflict, open_course


async def _decision(work: UnitOfWork, body: GrantIn | RefusalIn, case: Case) -> Decision:
    """The decision row, checked; shared by the decision and its preview."""
    check_day(work, body.sent_on, case, "sent_on")
    received_on = decision_received_on(SendingChannel(body.channel), body.sent_on, body.received_on)
    if received_on is not None and received_on > work.caller.today():
        raise RuleViolation("Datoen ligger i fremtiden.", field="received_on")
    assessment = await visitation.latest(work.session, Assessment, case.id)
    check_after_assessment(body.sent_on, assessment.assessed_on if assessment else None)
    findings = assessment.findings if assessment else []
    if isinstance(body, GrantIn):
        check_disciplines(body.disciplines)
        check_course_start(body.course_start, received=case.received_date)
        refusing = [f for f in findings if f.get("outcome") == Outcome.NOT_MET.value]
        if refusing:
            raise RuleViolation(
                "Vurderingen opfylder ikke betingelserne for at visitere: "
                + " ".join(str(f["text"]) for f in refusing),
                field="outcome",
                rule=str(refusing[0]["rule"]),
            )
    return Decision(
        centre_id=case.centre_id,
        case_id=case.id,
        outcome=body.outcome,
        sent_on=body.sent_on,
        channel=body.channel,
        received_on=received_on,
        disciplines=[d.value for d in body.disciplines] if isinstance(body, GrantIn) else [],
        form=body.form.value if isinstance(body, GrantIn) else None,
        transport_needed=body.transport_needed if isinstance(body, GrantIn) else False,
        reasons=body.reasons,
        findings=findings,
        after_complaint=case.status == CaseState.COMPLAINED.value,
    )


async def _grant_course(work: UnitOfWork, body: GrantIn, case: Case, event_id: uuid.UUID) -> None:
    """A grant creates the course; the database refuses a second active one for the citizen."""
    session = work.session
    active = await active_course(session, work.caller.centre_id, case.citizen_id)
    if active is not None and active.case_id == case.id:
        # A changed decision after a complaint keeps the course already running.
        active.disciplines = [d.value for d in body.disciplines]
        active.form = body.form.value
        active.transport_needed = body.transport_needed
        return
    if active is not None:
        raise one_offer_conflict()
    opening = open_from_grant(
        case.legal_basis,
        sent_on=body.sent_on,
        course_start=body.course_start,
        disciplines=body.disciplines,
        form=body.form,
        transport_needed=body.transport_needed,
    )
    await open_course(
        session,
        opening,
        centre_id=case.centre_id,
        citizen_id=case.citizen_id,
        case_id=case.id,
        event_id=event_id,
        site_id=case.site_id,
    )


async def decide(
    work: UnitOfWork, case_id: uuid.UUID, body: DecisionIn, *, workers: LetterWorkers
) -> CaseOut:
    """Grant a course or refuse with reasons (§ 86), with the letter; never refuse a plan."""
    session, caller = work.session, work.caller
    case = await lock_visible(work, case_id)
    event_kind = CaseEvent.GRANT if isinstance(body, GrantIn) else CaseEvent.REFUSE
    check_step(case, event_kind)
    decision = await _decision(work, body, case)
    complaint = None
    if case.status == CaseState.COMPLAINED.value:
        complaint = await visitation.latest(session, Complaint, case.id)
    event = await step(work, case, event_kind, body.sent_on)
    decision.event_id = event.id
    session.add(decision)
    await session.flush()
    if isinstance(body, GrantIn):
        await _grant_course(work, body, case, event.id)
    else:
        active = await active_course(session, caller.centre_id, case.citizen_id)
        if active is not None and active.case_id == case.id:
            # a grant changed to refusal
            await end_course(session, active, ending(active.started_on, body.sent_on))
    if complaint is not None:
        complaint.outcome = "changed"
        complaint.reassessed_on = body.sent_on
    kind = GRANT if isinstance(body, GrantIn) else REFUSAL
    letter = await issue(session, caller, case, kind, Parts(decision=decision), workers=workers)
    decision.letter_id = letter.id
    await session.flush()
    return await answer(work, case)


async def preview_decision(
    work: UnitOfWork, case_id: uuid.UUID, body: DecisionIn, *, workers: LetterWorkers
) -> str:
    """The decision letter as HTML, complaint guidance included; nothing is saved."""
    case = await lock_visible(work, case_id, use="read")
    decision = await _decision(work, body, case)
    kind = GRANT if isinstance(body, GrantIn) else REFUSAL
    html = await preview(
        work.session, work.caller, case, kind, Parts(decision=decision), workers=workers
    )
    await audit(work.session, work.caller, use="read", citizen_ids=[case.citizen_id])
    return html


async def record_decision_receipt(
    work: UnitOfWork, case_id: uuid.UUID, body: DecisionReceiptIn
) -> CaseOut:
    """The day the citizen received a decision sent by post; the complaint window counts
    from it."""
    case = await lock_visible(work, case_id)
    decision = await visitation.latest(work.session, Decision, case.id)
    if decision is None:
        raise Conflict("Sagen har ingen afgørelse.", rule="no_decision")
    decision_received_on(SendingChannel(decision.channel), decision.sent_on, body.received_on)
    if body.received_on > work.caller.today():
        raise RuleViolation("Datoen ligger i fremtiden.", field="received_on")
    decision.received_on = body.received_on
    await work.session.flush()
    return await answer(work, case)
