"""Referrals open cases; a case shows its deadlines and how close each one is."""

from __future__ import annotations

import uuid
from datetime import date

from fastapi import APIRouter, Request, status

from api.casework.case_details import case_details
from api.casework.schemas import (
    ApplicationIn,
    ApplicationOut,
    CaseEventIn,
    CaseEventOut,
    CaseOut,
    CorrectionIn,
    DeadlineOut,
    ReferralIn,
    RehabPlanIn,
    RehabPlanOut,
)
from api.centre import SiteRef
from api.citizens import CitizenRef
from api.context import Caller, CallerDep, Session, audit, guard, note_attempt
from domain.access import Permission
from domain.calendar import WorkingDayCalendar
from domain.casework.case_lifecycle import (
    CLOSED_STATES,
    DETAILED_EVENTS,
    CaseEvent,
    CaseState,
    RecordedEvent,
    allowed_events,
    kl_status_reasons,
    meets,
    next_state,
    replay,
)
from domain.casework.deadlines import free_choice_date, progress, referral_deadlines
from domain.casework.decision import check_sent_on
from domain.casework.referral import ReferralKind, RehabPlanFacts, check_plan_dates, receipt_date
from domain.centre import LimitKind
from domain.citizens import is_other_municipality
from domain.errors import NotFound, RuleViolation
from persistence.casework import case_events, cases, visitation
from persistence.casework.models import Application, Case, CaseEventRow, RehabPlan
from persistence.centre import get_site, service_standard, working_day_calendar
from persistence.citizens import get_citizen
from persistence.training import cancel_courses_of_event

router = APIRouter(tags=["cases"])

OTHER_MUNICIPALITY = "other_municipality"  # KL status reason "Anden kommune"


@router.post(
    "/referrals",
    operation_id="cases-register_referral",
    status_code=status.HTTP_201_CREATED,
    **guard(Permission.CASES_WRITE, citizen_data="create"),
)
async def register_referral(body: ReferralIn, session: Session, caller: CallerDep) -> CaseOut:
    """Register a hospital plan (§ 140) or an application (§ 86); the case gets its deadlines."""
    legal_basis = await cases.get_legal_basis(session, body.legal_basis)
    citizen = await get_citizen(session, caller.centre_id, body.citizen_id, field="citizen_id")
    await get_site(session, caller.centre_id, body.site_id)
    if not caller.principal.may_see_case(body.site_id, assigned_to=None):
        raise NotFound(
            "Du kan kun registrere henvendelser på dine egne matrikler.", field="site_id"
        )
    received = receipt_date(body.received_at, now=caller.now())
    standard = await service_standard(session, caller.centre_id)
    limits = standard.in_force(legal_basis.code, received)
    calendar = await working_day_calendar(session, caller.centre_id)

    plan_facts: RehabPlanFacts | None = None
    plan_row: RehabPlan | None = None
    application_row: Application | None = None
    if isinstance(body, RehabPlanIn):
        plan_facts = RehabPlanFacts(body.plan_type, body.discharge_date, body.health_start_date)
        check_plan_dates(plan_facts)
        if LimitKind.FREE_CHOICE not in limits:
            raise RuleViolation("Kvalitetsstandarden mangler fristen for frit valg.")
        plan_row = RehabPlan(
            hospital=body.hospital,
            department=body.department,
            plan_type=body.plan_type.value,
            kl_codes=list(body.plan_type.kl_codes),
            discharge_date=body.discharge_date,
            health_start_date=body.health_start_date,
            free_choice_date=free_choice_date(plan_facts, limits[LimitKind.FREE_CHOICE]),
        )
    else:
        assert isinstance(body, ApplicationIn)
        application_row = Application(channel=body.channel.value, submitter=body.submitter.value)
    expected = ReferralKind.REHAB_PLAN if plan_row is not None else ReferralKind.APPLICATION
    if legal_basis.referral_kind is not expected:
        raise RuleViolation("Lovgrundlaget passer ikke til henvendelsen.", field="legal_basis")

    deadlines = referral_deadlines(
        legal_basis.referral_kind, received, limits, calendar, plan=plan_facts
    )
    flags = [OTHER_MUNICIPALITY] if is_other_municipality(citizen.municipality_code) else []
    case_id = await cases.add_case(
        session,
        case=Case(
            centre_id=caller.centre_id,
            citizen_id=citizen.id,
            site_id=body.site_id,
            legal_basis=legal_basis.code,
            referral_kind=legal_basis.referral_kind.value,
            received_at=body.received_at,
            received_date=received,
            condition=body.condition,
            flags=flags,
        ),
        rehab_plan=plan_row,
        application=application_row,
        deadlines=deadlines,
    )
    await audit(session, caller, use="create", citizen_ids=[citizen.id])
    record = await cases.get_case(session, caller.centre_id, case_id)
    return await case_out(session, record, caller, calendar)


@router.get(
    "/cases/{case_id}",
    operation_id="cases-get",
    **guard(Permission.CASES_READ, citizen_data="read"),
)
async def get_case(
    case_id: uuid.UUID, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """A case with its referral and every deadline, met or open."""
    record = await cases.get_case(session, caller.centre_id, case_id)
    if not caller.principal.may_see_case(record.case.site_id, record.case.assigned_to):
        # Another site's case: not found, so its existence does not leak; the attempt is logged.
        note_attempt(request, caller, use="read", citizen_ids=[record.case.citizen_id])
        raise NotFound("Sagen findes ikke.")
    calendar = await working_day_calendar(session, caller.centre_id)
    await audit(session, caller, use="read", citizen_ids=[record.case.citizen_id])
    return await case_out(session, record, caller, calendar)


@router.post(
    "/cases/{case_id}/events",
    operation_id="cases-record_event",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "The event is not allowed in the case's current state"}},
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def record_event(
    case_id: uuid.UUID, body: CaseEventIn, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """Take the case one simple step on (withdraw, decline, another municipality's, ...), dated.

    Steps with details of their own (invitation, assessment, decision, start, complaint) have
    their own operations."""
    case = await lock_visible(case_id, request, session, caller)
    if body.event in DETAILED_EVENTS:
        raise RuleViolation(
            "Denne handling registreres med sin egen formular.", field="event", rule="detailed"
        )
    occurred = body.occurred_on or caller.today()
    check_sent_on(occurred, received=case.received_date, today=caller.today(), field="occurred_on")
    await step(session, caller, case, body.event, occurred, note=body.note)
    return await answer(case, session, caller)


@router.post(
    "/cases/{case_id}/corrections",
    operation_id="cases-correct_event",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Only the newest event can be corrected"}},
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def correct_event(
    case_id: uuid.UUID, body: CorrectionIn, request: Request, session: Session, caller: CallerDep
) -> CaseOut:
    """Undo the newest event by a correcting event; the history keeps both, and what the
    event recorded (a booking, a decision, a course) no longer counts."""
    case = await lock_visible(case_id, request, session, caller)
    rows = await case_events.history(session, case.id)
    recorded = case_events.as_recorded(rows)
    correction = _row(case, caller, event=None, occurred_on=caller.today(), note=body.note,
                      corrects=body.event_id)  # fmt: skip
    state = replay(ReferralKind(case.referral_kind), [
        *recorded, RecordedEvent(uuid.uuid4(), None, caller.now(), caller.actor, body.event_id)
    ])  # fmt: skip
    undone = next(row for row in rows if row.id == body.event_id)
    await case_events.add_event(session, correction, rows)
    await undo_details(session, case, undone, state)
    await case_events.set_state(
        session, case, state.value, closed=state in CLOSED_STATES, now=caller.now()
    )
    return await answer(case, session, caller)


async def undo_details(
    session: Session, case: Case, undone: CaseEventRow, state: CaseState
) -> None:
    """What an undone event changed beyond the history: deadlines met, courses, a complaint."""
    assert undone.event is not None  # replay refused corrections of corrections
    event = CaseEvent(undone.event)
    deadline = meets(state, event)
    if deadline is not None:
        await case_events.set_deadline_met(session, case.id, deadline, None)
    if event in (CaseEvent.GRANT, CaseEvent.START):
        await cancel_courses_of_event(session, undone.id)
    if event is CaseEvent.START:
        await visitation.undo_start_as_offer(session, case.id, undone.occurred_on)
    await visitation.undo_complaint_step(session, case.id, event)


def check_step(case: Case, event: CaseEvent) -> CaseState:
    """The state the event leads to, or a Conflict naming the current state."""
    return next_state(ReferralKind(case.referral_kind), CaseState(case.status), event)


async def step(
    session: Session,
    caller: Caller,
    case: Case,
    event: CaseEvent,
    occurred_on: date,
    *,
    note: str | None = None,
) -> CaseEventRow:
    """Take the case one step: the dated event, the deadline it meets, the new state."""
    before = CaseState(case.status)
    target = check_step(case, event)
    row = _row(case, caller, event=event.value, occurred_on=occurred_on, note=note)
    await case_events.add_event(session, row, await case_events.history(session, case.id))
    deadline = meets(before, event)
    if deadline is not None:
        await case_events.set_deadline_met(session, case.id, deadline, occurred_on)
    await case_events.set_state(
        session, case, target.value, closed=target in CLOSED_STATES, now=caller.now()
    )
    return row


async def lock_visible(
    case_id: uuid.UUID, request: Request, session: Session, caller: Caller, *, use: str = "change"
) -> Case:
    """The case, locked for this transaction, if the caller may see it; else a 404 that is
    logged. A later failure of the request is logged as a refused attempt on its citizen."""
    case = await case_events.lock_case(session, caller.centre_id, case_id, seen_by=caller.principal)
    if case is None:
        # Missing or another site's: the same 404, so existence does not leak. The refused
        # attempt is logged under the case's citizen, found from the path.
        note_attempt(request, caller, use=use)
        raise NotFound("Sagen findes ikke.")
    note_attempt(request, caller, use=use, citizen_ids=[case.citizen_id])
    return case


def _row(case: Case, caller: Caller, **values: object) -> CaseEventRow:
    return CaseEventRow(
        centre_id=case.centre_id,
        case_id=case.id,
        actor=caller.actor,
        user_id=caller.principal.user_id,
        recorded_at=caller.now(),
        **values,
    )


async def answer(case: Case, session: Session, caller: Caller, *, use: str = "change") -> CaseOut:
    """The case after a step, its use of the citizen's data logged in the same transaction."""
    await audit(session, caller, use=use, citizen_ids=[case.citizen_id])
    record = await cases.get_case(session, caller.centre_id, case.id)
    calendar = await working_day_calendar(session, caller.centre_id)
    return await case_out(session, record, caller, calendar)


async def case_out(
    session: Session, record: cases.CaseRecord, caller: Caller, calendar: WorkingDayCalendar
) -> CaseOut:
    today = caller.today()
    case = record.case
    deadlines = []
    for deadline in record.deadlines:
        # A met deadline is judged on the day it was met: early (on track) or late (overdue).
        state = progress(deadline.due_date, deadline.met_on or today, calendar)
        deadlines.append(
            DeadlineOut(
                kind=LimitKind(deadline.kind),
                due_date=deadline.due_date,
                working_days_left=state.working_days_left,
                status=state.status,
                met_on=deadline.met_on,
            )
        )
    plan = record.rehab_plan
    found = await visitation.details(session, case.id)
    standard = await service_standard(session, caller.centre_id)
    complaint_limit = standard.in_force(case.legal_basis, case.received_date).get(
        LimitKind.COMPLAINT
    )
    details = case_details(found, plan, calendar, complaint_limit)
    corrected = {row.corrects for row in record.events if row.corrects is not None}
    live = [CaseEvent(row.event) for row in record.events if row.event and row.id not in corrected]
    reasons = kl_status_reasons(CaseState(case.status), live)
    free_choice = details["free_choice"]
    if free_choice is not None and free_choice.kl_status_reason not in (None, *reasons):
        reasons.append(free_choice.kl_status_reason)
    return CaseOut(
        id=case.id,
        citizen=CitizenRef(id=case.citizen_id, name=record.citizen_name),
        legal_basis=case.legal_basis,
        site=SiteRef(id=record.site.id, code=record.site.code, name=record.site.name),
        received_at=case.received_at,
        received_date=case.received_date,
        condition=case.condition,
        status=CaseState(case.status),
        allowed_events=allowed_events(ReferralKind(case.referral_kind), CaseState(case.status)),
        events=[CaseEventOut.model_validate(row, from_attributes=True) for row in record.events],
        flags=list(case.flags),
        rehab_plan=RehabPlanOut.model_validate(plan, from_attributes=True) if plan else None,
        application=(
            ApplicationOut.model_validate(record.application, from_attributes=True)
            if record.application
            else None
        ),
        deadlines=deadlines,
        kl_status_reasons=reasons,
        **details,
    )
