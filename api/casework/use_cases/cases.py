"""A case's own use cases: a referral opens it, it is read, a simple step is recorded, the
newest event is corrected."""

from __future__ import annotations

import uuid

from api.casework.schemas import (
    ApplicationIn,
    CaseEventIn,
    CaseOut,
    CorrectionIn,
    ReferralIn,
    RehabPlanIn,
)
from api.casework.use_cases.case_service import (
    answer,
    case_out,
    check_day,
    event_row,
    lock_visible,
    step,
    undo_details,
)
from api.context import audit
from api.unit_of_work import UnitOfWork
from domain.calendar import WorkingDayCalendar
from domain.casework.case_lifecycle import CLOSED_STATES, DETAILED_EVENTS, RecordedEvent, replay
from domain.casework.deadlines import free_choice_date, referral_deadlines
from domain.casework.referral import ReferralKind, RehabPlanFacts, check_plan_dates, receipt_date
from domain.centre import LimitKind
from domain.citizens import is_other_municipality
from domain.errors import NotFound, RuleViolation
from persistence.casework import case_events, cases
from persistence.casework.models import Application, Case, RehabPlan
from persistence.centre import get_legal_basis, get_site, service_standard, working_day_calendar
from persistence.citizens import get_citizen

OTHER_MUNICIPALITY = "other_municipality"  # KL status reason "Anden kommune"


async def register_referral(work: UnitOfWork, body: ReferralIn) -> CaseOut:
    """A hospital plan (§ 140) or an application (§ 86) opens a case with its deadlines."""
    case_id, calendar = await open_referral(work, body)
    record = await cases.get_case(work.session, work.caller.centre_id, case_id)
    return await case_out(work, record, calendar)


async def open_referral(work: UnitOfWork, body: ReferralIn) -> tuple[uuid.UUID, WorkingDayCalendar]:
    """The writes of `register_referral`, for callers that answer with less than the case
    (intake's receipt): the case's id, and the calendar its deadlines were counted in."""
    session, caller = work.session, work.caller
    legal_basis = await get_legal_basis(session, body.legal_basis)
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
    return case_id, calendar


async def show_case(work: UnitOfWork, case_id: uuid.UUID) -> CaseOut:
    """A case with its referral and every deadline, met or open."""
    session, caller = work.session, work.caller
    record = await cases.get_case(session, caller.centre_id, case_id)
    if not caller.principal.may_see_case(record.case.site_id, record.case.assigned_to):
        # Another site's case: not found, so its existence does not leak; the attempt is logged.
        work.attempt(use="read", citizen_ids=[record.case.citizen_id])
        raise NotFound("Sagen findes ikke.")
    calendar = await work.calendar()  # a read: the process's cached calendar
    await audit(session, caller, use="read", citizen_ids=[record.case.citizen_id])
    return await case_out(work, record, calendar)


async def record_event(work: UnitOfWork, case_id: uuid.UUID, body: CaseEventIn) -> CaseOut:
    """One simple, dated step (withdraw, decline, another municipality's, ...)."""
    case = await lock_visible(work, case_id)
    if body.event in DETAILED_EVENTS:
        raise RuleViolation(
            "Denne handling registreres med sin egen formular.", field="event", rule="detailed"
        )
    occurred = body.occurred_on or work.caller.today()
    check_day(work, occurred, case, "occurred_on")
    await step(work, case, body.event, occurred, note=body.note)
    return await answer(work, case)


async def correct_event(work: UnitOfWork, case_id: uuid.UUID, body: CorrectionIn) -> CaseOut:
    """Undo the newest event by a correcting event; what it recorded no longer counts."""
    session, caller = work.session, work.caller
    case = await lock_visible(work, case_id)
    rows = await case_events.history(session, case.id)
    recorded = case_events.as_recorded(rows)
    correction = event_row(case, caller, event=None, occurred_on=caller.today(), note=body.note,
                           corrects=body.event_id)  # fmt: skip
    state = replay(ReferralKind(case.referral_kind), [
        *recorded, RecordedEvent(uuid.uuid4(), None, caller.now(), caller.actor, body.event_id)
    ])  # fmt: skip
    undone = next(row for row in rows if row.id == body.event_id)
    await case_events.add_event(session, correction, rows)
    await undo_details(work, case, undone, state)
    await case_events.set_state(
        session, case, state.value, closed=state in CLOSED_STATES, now=caller.now()
    )
    return await answer(work, case)
