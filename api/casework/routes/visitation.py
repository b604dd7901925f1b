"""Visitation: invitation, assessment, decision, start, free choice, complaint, reassessment.

Each operation takes the case one step through the life-cycle table
(`domain.casework.case_lifecycle`) and records the step's details beside its event, in one
transaction under the case's lock.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Request, status

from api.casework.routes.cases import answer, check_step, lock_visible, step
from api.casework.schemas import (
    AssessmentIn,
    CaseOut,
    ComplaintIn,
    DecisionIn,
    DecisionReceiptIn,
    ForwardIn,
    FreeChoiceIn,
    GrantIn,
    InvitationIn,
    ReassessmentIn,
    RefusalIn,
)
from api.context import Caller, CallerDep, Session, audit, guard
from api.letters import (
    GRANT,
    INVITATION,
    REASSESSMENT_UPHELD,
    REFUSAL,
    LetterPreview,
    Parts,
    issue,
    issue_appeals_bundle,
    preview,
    workers_of,
)
from api.training import TrainingStartIn
from domain.access import CLINICAL_ROLES, Permission
from domain.casework.case_lifecycle import CaseEvent, CaseState
from domain.casework.complaint import complaint_timing
from domain.casework.decision import (
    MeetingPlace,
    SendingChannel,
    check_meeting,
    check_sent_on,
    decision_received_on,
)
from domain.casework.eligibility import (
    Finding,
    Outcome,
    Override,
    maintenance_need,
    one_offer_at_a_time,
    rehabilitation_need,
    renewed_application_quarantine,
)
from domain.casework.referral import ReferralKind
from domain.centre import LimitKind
from domain.errors import Conflict, RuleViolation
from persistence.access import get_user
from persistence.casework import case_events, visitation
from persistence.casework.models import Assessment, Case, Complaint, Decision, Invitation, RehabPlan
from persistence.centre import get_site, service_standard, working_day_calendar
from persistence.training import (
    Course,
    active_course,
    add_course,
    end_course,
    last_rehabilitation_end,
    rehabilitation_bases,
)

router = APIRouter(tags=["visitation"])

CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"description": "The step is not allowed in the case's current state"}
}
QUARANTINE = "renewed_application_quarantine"
MAINTENANCE = "SEL_86_2"
REHABILITATION_ON_APPLICATION = "SEL_86_1"
ONE_OFFER_FLAG = "one_offer_at_a_time"
LATE_COMPLAINT_FLAG = "late_complaint"


def _check_day(day: date, case: Case, caller: Caller, field: str) -> None:
    check_sent_on(day, received=case.received_date, today=caller.today(), field=field)


# --- invitation -------------------------------------------------------------------------------


async def _invitation(
    body: InvitationIn, case: Case, session: Session, caller: Caller
) -> Invitation:
    _check_day(body.sent_on, case, caller, "sent_on")
    check_meeting(body.meeting_at, sent_on=body.sent_on)
    if body.place is MeetingPlace.SITE:
        if body.site_id is None:
            raise RuleViolation("Vælg den matrikel, samtalen foregår på.", field="site_id")
        await get_site(session, caller.centre_id, body.site_id)
    therapist = await get_user(session, caller.centre_id, body.therapist_id, field="therapist_id")
    if not therapist.active or not CLINICAL_ROLES & set(therapist.roles):
        raise RuleViolation(
            "Vælg en aktiv terapeut, visitator eller teamleder.", field="therapist_id"
        )
    return Invitation(
        centre_id=case.centre_id,
        case_id=case.id,
        meeting_at=body.meeting_at,
        place=body.place.value,
        site_id=body.site_id if body.place is MeetingPlace.SITE else None,
        therapist_id=therapist.id,
        sent_on=body.sent_on,
        channel=body.channel.value,
    )


@router.post(
    "/cases/{case_id}/invitation",
    operation_id="visitation-invite",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def invite(
    case_id: uuid.UUID, body: InvitationIn, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """Book the initial conversation and examination; the invitation meets its deadline on
    the day it was sent. A letter or Digital Post gets the invitation letter."""
    case = await lock_visible(case_id, request, session, caller)
    check_step(case, CaseEvent.INVITE)
    invitation = await _invitation(body, case, session, caller)
    event = await step(session, caller, case, CaseEvent.INVITE, body.sent_on, note=body.note)
    invitation.event_id = event.id
    session.add(invitation)
    await session.flush()
    if body.channel is not SendingChannel.PHONE:
        letter = await issue(
            session,
            caller,
            case,
            INVITATION,
            Parts(invitation=invitation),
            workers=workers_of(request),
        )
        invitation.letter_id = letter.id
    return await answer(case, session, caller)


@router.post(
    "/cases/{case_id}/invitation/preview",
    operation_id="visitation-preview_invitation",
    **guard(Permission.CASES_READ, citizen_data="read"),
)
async def preview_invitation(
    case_id: uuid.UUID, body: InvitationIn, request: Request, session: Session, caller: CallerDep
) -> LetterPreview:
    """The invitation letter as it would be sent; nothing is saved."""
    case = await lock_visible(case_id, request, session, caller, use="read")
    invitation = await _invitation(body, case, session, caller)
    html = await preview(
        session,
        caller,
        case,
        INVITATION,
        Parts(invitation=invitation),
        workers=workers_of(request),
    )
    await audit(session, caller, use="read", citizen_ids=[case.citizen_id])
    return LetterPreview(html=html)


# --- assessment -------------------------------------------------------------------------------


def _required(value: bool | None, field: str) -> bool:
    if value is None:
        raise RuleViolation("Terapeutens vurdering skal udfyldes.", field=field)
    return value


async def _findings(
    body: AssessmentIn, case: Case, session: Session, caller: Caller
) -> list[Finding]:
    """The rules of the service standard for this case, from the therapist's facts and ours."""
    active = await active_course(session, caller.centre_id, case.citizen_id)
    own_course = active is not None and active.case_id == case.id
    findings = [
        one_offer_at_a_time(
            referral_kind=case.referral_kind,
            maintenance=case.legal_basis == MAINTENANCE,
            active_course_at_centre=active is not None and not own_course,
            therapy_elsewhere_same_condition=body.therapy_elsewhere_same_condition,
            trains_elsewhere=body.trains_elsewhere,
        )
    ]
    if case.referral_kind == ReferralKind.REHAB_PLAN.value:
        return findings  # a right: no need test, no quarantine
    if case.legal_basis == MAINTENANCE:
        findings.append(
            maintenance_need(
                has_physical_psychological_or_social_problems=_required(
                    body.has_physical_psychological_or_social_problems,
                    "has_physical_psychological_or_social_problems",
                ),
                cannot_keep_up_alone=_required(body.cannot_keep_up_alone, "cannot_keep_up_alone"),
                no_other_training_suffices=_required(
                    body.no_other_training_suffices, "no_other_training_suffices"
                ),
            )
        )
        return findings
    findings.append(
        rehabilitation_need(
            loss_without_hospital_contact=_required(
                body.loss_without_hospital_contact, "loss_without_hospital_contact"
            ),
            cannot_regain_by_own_effort=_required(
                body.cannot_regain_by_own_effort, "cannot_regain_by_own_effort"
            ),
        )
    )
    if case.legal_basis == REHABILITATION_ON_APPLICATION:
        standard = await service_standard(session, caller.centre_id)
        limits = standard.in_force(case.legal_basis, case.received_date)
        if LimitKind.QUARANTINE in limits:
            bases = await rehabilitation_bases(session)
            ended = await last_rehabilitation_end(session, caller.centre_id, case.citizen_id, bases)
            override = (
                Override(QUARANTINE, body.quarantine_override.reason)
                if body.quarantine_override
                else None
            )
            findings.append(
                renewed_application_quarantine(
                    received=case.received_date,
                    last_municipal_rehabilitation_ended=ended,
                    months=limits[LimitKind.QUARANTINE].value,
                    override=override,
                )
            )
    return findings


def finding_json(finding: Finding) -> dict[str, object]:
    return {**asdict(finding), "outcome": finding.outcome.value, "facts": dict(finding.facts)}


@router.post(
    "/cases/{case_id}/assessment",
    operation_id="visitation-assess",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def assess(
    case_id: uuid.UUID, body: AssessmentIn, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """Record the initial assessment; the eligibility rules give their findings with the facts
    they used. A hospital plan is never refused: a clash is flagged for the therapist."""
    case = await lock_visible(case_id, request, session, caller)
    check_step(case, CaseEvent.ASSESS)
    _check_day(body.assessed_on, case, caller, "assessed_on")
    findings = await _findings(body, case, session, caller)
    event = await step(session, caller, case, CaseEvent.ASSESS, body.assessed_on, note=body.note)
    overridden = next((f for f in findings if f.outcome is Outcome.OVERRIDDEN), None)
    session.add(
        Assessment(
            centre_id=case.centre_id,
            case_id=case.id,
            event_id=event.id,
            assessed_on=body.assessed_on,
            findings=[finding_json(finding) for finding in findings],
            override_reason=body.quarantine_override.reason
            if overridden and body.quarantine_override
            else None,
        )
    )
    flagged = any(finding.outcome is Outcome.FLAG for finding in findings)
    if flagged and ONE_OFFER_FLAG not in case.flags:
        case.flags = [*case.flags, ONE_OFFER_FLAG]
    await session.flush()
    return await answer(case, session, caller)


# --- decision ---------------------------------------------------------------------------------


async def _decision(
    body: GrantIn | RefusalIn, case: Case, session: Session, caller: Caller
) -> Decision:
    """The decision row, checked; shared by the decision and its preview."""
    _check_day(body.sent_on, case, caller, "sent_on")
    received_on = decision_received_on(SendingChannel(body.channel), body.sent_on, body.received_on)
    if received_on is not None and received_on > caller.today():
        raise RuleViolation("Datoen ligger i fremtiden.", field="received_on")
    assessment = await visitation.latest(session, Assessment, case.id)
    findings = assessment.findings if assessment else []
    grant = isinstance(body, GrantIn)
    if grant:
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


async def _grant_course(
    body: GrantIn, case: Case, event_id: uuid.UUID, session: Session, caller: Caller
) -> None:
    """A grant creates the course; the database refuses a second active one for the citizen."""
    active = await active_course(session, caller.centre_id, case.citizen_id)
    if active is not None and active.case_id == case.id:
        # A changed decision after a complaint keeps the course already running.
        active.disciplines = [d.value for d in body.disciplines]
        active.form = body.form.value
        active.transport_needed = body.transport_needed
        return
    if active is not None:
        raise Conflict(
            "Borgeren har allerede et aktivt forløb; der kan kun være ét tilbud ad gangen.",
            rule="one_offer_at_a_time",
        )
    await add_course(
        session,
        Course(
            centre_id=case.centre_id,
            citizen_id=case.citizen_id,
            case_id=case.id,
            event_id=event_id,
            legal_basis=case.legal_basis,
            site_id=case.site_id,
            status="active",
            started_on=body.course_start or body.sent_on,
            disciplines=[d.value for d in body.disciplines],
            form=body.form.value,
            transport_needed=body.transport_needed,
        ),
    )


@router.post(
    "/cases/{case_id}/decision",
    operation_id="visitation-decide",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def decide(
    case_id: uuid.UUID, body: DecisionIn, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """Grant a course or refuse with reasons (§ 86), with its letter and complaint guidance.
    After a complaint this is the changed decision. A hospital plan is never refused."""
    case = await lock_visible(case_id, request, session, caller)
    event_kind = CaseEvent.GRANT if isinstance(body, GrantIn) else CaseEvent.REFUSE
    check_step(case, event_kind)
    decision = await _decision(body, case, session, caller)
    complaint = None
    if case.status == CaseState.COMPLAINED.value:
        complaint = await visitation.latest(session, Complaint, case.id)
    event = await step(session, caller, case, event_kind, body.sent_on)
    decision.event_id = event.id
    session.add(decision)
    await session.flush()
    if isinstance(body, GrantIn):
        await _grant_course(body, case, event.id, session, caller)
    else:
        active = await active_course(session, caller.centre_id, case.citizen_id)
        if active is not None and active.case_id == case.id:
            await end_course(session, active, body.sent_on)  # a grant changed to refusal
    if complaint is not None:
        complaint.outcome = "changed"
        complaint.reassessed_on = body.sent_on
    kind = GRANT if isinstance(body, GrantIn) else REFUSAL
    letter = await issue(
        session,
        caller,
        case,
        kind,
        Parts(decision=decision),
        workers=workers_of(request),
    )
    decision.letter_id = letter.id
    await session.flush()
    return await answer(case, session, caller)


@router.post(
    "/cases/{case_id}/decision/preview",
    operation_id="visitation-preview_decision",
    **guard(Permission.CASES_READ, citizen_data="read"),
)
async def preview_decision(
    case_id: uuid.UUID, body: DecisionIn, request: Request, session: Session, caller: CallerDep
) -> LetterPreview:
    """The decision letter as it would be sent, complaint guidance included; nothing saved."""
    case = await lock_visible(case_id, request, session, caller, use="read")
    decision = await _decision(body, case, session, caller)
    kind = GRANT if isinstance(body, GrantIn) else REFUSAL
    html = await preview(
        session,
        caller,
        case,
        kind,
        Parts(decision=decision),
        workers=workers_of(request),
    )
    await audit(session, caller, use="read", citizen_ids=[case.citizen_id])
    return LetterPreview(html=html)


@router.post(
    "/cases/{case_id}/decision/receipt",
    operation_id="visitation-record_decision_receipt",
    responses={409: {"description": "The case has no decision"}},
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def record_decision_receipt(
    case_id: uuid.UUID,
    body: DecisionReceiptIn,
    request: Request,
    session: Session,
    caller: CallerDep,
) -> CaseOut:
    """The day the citizen received a decision sent by post; the complaint window counts
    from it."""
    case = await lock_visible(case_id, request, session, caller)
    decision = await visitation.latest(session, Decision, case.id)
    if decision is None:
        raise Conflict("Sagen har ingen afgørelse.", rule="no_decision")
    decision_received_on(SendingChannel(decision.channel), decision.sent_on, body.received_on)
    if body.received_on > caller.today():
        raise RuleViolation("Datoen ligger i fremtiden.", field="received_on")
    decision.received_on = body.received_on
    await session.flush()
    return await answer(case, session, caller)


# --- hospital plans: start and free choice ------------------------------------------------------


@router.post(
    "/cases/{case_id}/training-start",
    operation_id="visitation-start_training",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def start_training(
    case_id: uuid.UUID,
    body: TrainingStartIn,
    request: Request,
    session: Session,
    caller: CallerDep,
) -> CaseOut:
    """§ 140: training started, which meets the start deadline. A citizen with an active
    course either continues it under the new plan or ends it and starts anew."""
    case = await lock_visible(case_id, request, session, caller)
    check_step(case, CaseEvent.START)
    _check_day(body.started_on, case, caller, "started_on")
    active = await active_course(session, caller.centre_id, case.citizen_id)
    if active is not None and body.active_course is None:
        raise Conflict(
            "Borgeren har allerede et aktivt forløb: vælg, om det fortsætter efter den nye "
            "plan, eller om det afsluttes og et nyt startes.",
            field="active_course",
            rule="one_offer_at_a_time",
        )
    event = await step(session, caller, case, CaseEvent.START, body.started_on)
    await visitation.record_start_as_offer(session, case.id, body.started_on)
    if active is not None and body.active_course == "continue":
        active.case_id = case.id  # the course goes on under the new plan
        await session.flush()
        return await answer(case, session, caller)
    if active is not None:
        await end_course(session, active, body.started_on - timedelta(days=1))
    await add_course(
        session,
        Course(
            centre_id=case.centre_id,
            citizen_id=case.citizen_id,
            case_id=case.id,
            event_id=event.id,
            legal_basis=case.legal_basis,
            site_id=case.site_id,
            status="active",
            started_on=body.started_on,
            disciplines=[d.value for d in body.disciplines],
            form=body.form.value,
            transport_needed=body.transport_needed,
        ),
    )
    return await answer(case, session, caller)


@router.post(
    "/cases/{case_id}/free-choice",
    operation_id="visitation-record_free_choice",
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def record_free_choice(
    case_id: uuid.UUID, body: FreeChoiceIn, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """Sundhedsloven § 140, stk. 4: record the start offered within the free-choice date, or
    the free choice offered and what the citizen chose (a private provider ends the case)."""
    case = await lock_visible(case_id, request, session, caller)
    plan = await session.get(RehabPlan, case.id)
    if plan is None:
        raise Conflict("Frit valg gælder kun genoptræningsplaner.", rule="rehab_plan_only")
    if case.closed_at is not None:
        raise Conflict("Sagen er afsluttet.", rule=f"state:{case.status}")
    _check_day(body.offered_on, case, caller, "offered_on")
    if body.first_start_offered is not None and body.first_start_offered < body.offered_on:
        raise RuleViolation(
            "Den tilbudte start kan ikke ligge før tilbuddet blev givet.",
            field="first_start_offered",
        )
    if not body.free_choice_offered and body.citizen_choice is not None:
        raise RuleViolation(
            "Borgerens valg kan kun registreres, når frit valg er tilbudt.",
            field="citizen_choice",
        )
    if body.first_start_offered is None and not body.free_choice_offered:
        raise RuleViolation(
            "Angiv den tilbudte start eller at frit valg er tilbudt.", field="first_start_offered"
        )
    plan.start_offered_on = body.offered_on
    plan.first_start_offered = body.first_start_offered
    plan.free_choice_offered = body.free_choice_offered
    plan.citizen_choice = body.citizen_choice
    await case_events.set_deadline_met(
        session, case.id, LimitKind.FREE_CHOICE.value, body.offered_on
    )
    if body.citizen_choice == "private":
        await step(session, caller, case, CaseEvent.TAKE_FREE_CHOICE, body.offered_on)
    await session.flush()
    return await answer(case, session, caller)


# --- complaints -------------------------------------------------------------------------------


@router.post(
    "/cases/{case_id}/complaints",
    operation_id="visitation-register_complaint",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def register_complaint(
    case_id: uuid.UUID, body: ComplaintIn, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """A complaint against the decision: accepted even when late (then flagged); the
    reassessment deadline, 28 days from receipt, goes on the worklist."""
    case = await lock_visible(case_id, request, session, caller)
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
    event = await step(session, caller, case, CaseEvent.RECEIVE_COMPLAINT, body.received_on)
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
    return await answer(case, session, caller)


async def _open_complaint(case: Case, session: Session) -> Complaint:
    complaint = await visitation.latest(session, Complaint, case.id)
    if complaint is None:
        raise Conflict("Sagen har ingen klage.", rule=f"state:{case.status}")
    return complaint


@router.post(
    "/cases/{case_id}/reassessment",
    operation_id="visitation-uphold",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def uphold(
    case_id: uuid.UUID, body: ReassessmentIn, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """The reassessment upholds the decision (a changed decision is a new decision instead);
    the citizen is told, and the complaint is then sent to Ankestyrelsen."""
    case = await lock_visible(case_id, request, session, caller)
    check_step(case, CaseEvent.UPHOLD)
    _check_day(body.reassessed_on, case, caller, "reassessed_on")
    complaint = await _open_complaint(case, session)
    if body.reassessed_on < complaint.received_on:
        raise RuleViolation("Revurderingen ligger før klagen blev modtaget.", field="reassessed_on")
    await step(session, caller, case, CaseEvent.UPHOLD, body.reassessed_on)
    complaint.outcome = "upheld"
    complaint.reassessed_on = body.reassessed_on
    complaint.reassessment_note = body.note
    await session.flush()
    await issue(
        session,
        caller,
        case,
        REASSESSMENT_UPHELD,
        Parts(complaint=complaint),
        workers=workers_of(request),
    )
    return await answer(case, session, caller)


@router.post(
    "/cases/{case_id}/appeals-board",
    operation_id="visitation-forward_to_appeals_board",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="export"),
)
async def forward_to_appeals_board(
    case_id: uuid.UUID, body: ForwardIn, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """Send the upheld complaint to Ankestyrelsen: the bundle (decision, complaint,
    reassessment) is made and kept with the case."""
    case = await lock_visible(case_id, request, session, caller, use="export")
    check_step(case, CaseEvent.FORWARD)
    _check_day(body.forwarded_on, case, caller, "forwarded_on")
    complaint = await _open_complaint(case, session)
    if complaint.reassessed_on is not None and body.forwarded_on < complaint.reassessed_on:
        raise RuleViolation("Datoen ligger før revurderingen.", field="forwarded_on")
    await step(session, caller, case, CaseEvent.FORWARD, body.forwarded_on)
    complaint.forwarded_on = body.forwarded_on
    decision = await visitation.get_decision(session, caller.centre_id, complaint.decision_id)
    bundle = await issue_appeals_bundle(
        session, caller, case, decision, complaint, workers=workers_of(request)
    )
    complaint.bundle_letter_id = bundle.id
    await session.flush()
    return await answer(case, session, caller, use="export")
