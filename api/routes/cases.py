"""Referrals open cases; a case shows its deadlines and how close each one is."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, status

from api.context import Caller, CallerDep, Session, audit, guard, refused
from api.schemas import (
    ApplicationIn,
    ApplicationOut,
    CaseOut,
    CitizenRef,
    DeadlineOut,
    ReferralIn,
    RehabPlanIn,
    RehabPlanOut,
    SiteRef,
)
from domain.access import Permission
from domain.deadlines import free_choice_date, progress, referral_deadlines
from domain.errors import NotFound, RuleViolation
from domain.municipality import is_other_municipality
from domain.referral import ReferralKind, RehabPlanFacts, check_plan_dates, receipt_date
from domain.service_standard import LimitKind
from domain.working_days import WorkingDayCalendar
from persistence import cases, centres, citizens
from persistence.models import Application, Case, RehabPlan

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
    citizen = await citizens.get_citizen(
        session, caller.centre_id, body.citizen_id, field="citizen_id"
    )
    await centres.get_site(session, caller.centre_id, body.site_id)
    if not caller.principal.may_see_case(body.site_id, assigned_to=None):
        raise NotFound(
            "Du kan kun registrere henvendelser på dine egne matrikler.", field="site_id"
        )
    received = receipt_date(body.received_at, now=caller.now())
    standard = await centres.service_standard(session, caller.centre_id)
    limits = standard.in_force(legal_basis.code, received)
    calendar = await centres.working_day_calendar(session, caller.centre_id)

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
    return case_out(record, caller, calendar)


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
        await refused(request, caller, use="read", citizen_ids=[record.case.citizen_id])
        raise NotFound("Sagen findes ikke.")
    calendar = await centres.working_day_calendar(session, caller.centre_id)
    await audit(session, caller, use="read", citizen_ids=[record.case.citizen_id])
    return case_out(record, caller, calendar)


def case_out(record: cases.CaseRecord, caller: Caller, calendar: WorkingDayCalendar) -> CaseOut:
    today = caller.today()
    case = record.case
    deadlines = []
    for deadline in record.deadlines:
        state = progress(deadline.due_date, today, calendar)
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
    return CaseOut(
        id=case.id,
        citizen=CitizenRef(id=case.citizen_id, name=record.citizen_name),
        legal_basis=case.legal_basis,
        site=SiteRef(id=record.site.id, code=record.site.code, name=record.site.name),
        received_at=case.received_at,
        received_date=case.received_date,
        condition=case.condition,
        status=case.status,
        flags=list(case.flags),
        rehab_plan=RehabPlanOut.model_validate(plan, from_attributes=True) if plan else None,
        application=(
            ApplicationOut.model_validate(record.application, from_attributes=True)
            if record.application
            else None
        ),
        deadlines=deadlines,
    )
