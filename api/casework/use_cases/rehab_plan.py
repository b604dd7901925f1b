"""Hospital plans (§ 140): training started, and the free choice of Sundhedsloven § 140,
stk. 4."""

from __future__ import annotations

import uuid

from api.casework.schemas import CaseOut, FreeChoiceIn, HealthStartIn
from api.casework.use_cases.case_service import answer, check_day, check_step, lock_visible, step
from api.training import TrainingStartIn
from api.unit_of_work import UnitOfWork
from domain.access import CLINICAL_ROLES
from domain.casework.case_lifecycle import CaseEvent, CaseState
from domain.casework.deadlines import free_choice_date, referral_deadlines
from domain.casework.referral import (
    PlanType,
    ReferralKind,
    RehabPlanFacts,
    check_plan_dates,
    check_training_start,
)
from domain.centre import LimitKind
from domain.errors import Conflict, RuleViolation
from domain.training import check_disciplines, ended_by_new_course, open_from_training_start
from persistence.access import get_user
from persistence.casework import case_events, visitation
from persistence.casework.models import RehabPlan
from persistence.centre import service_standard, working_day_calendar
from persistence.training import active_course, end_course, open_course


async def _responsible_therapists(work: UnitOfWork, body: TrainingStartIn) -> list[uuid.UUID]:
    """The course's responsible therapists: active members of staff who meet citizens."""
    chosen = list(dict.fromkeys(body.therapist_ids))
    for index, therapist_id in enumerate(chosen):
        field = f"therapist_ids.{index}"
        user = await get_user(work.session, work.caller.centre_id, therapist_id, field=field)
        if not user.active or not CLINICAL_ROLES & set(user.roles):
            raise RuleViolation(
                "Vælg en aktiv terapeut, visitator eller teamleder.", field=field,
                rule="responsible_therapist",
            )  # fmt: skip
    return chosen


async def start_training(work: UnitOfWork, case_id: uuid.UUID, body: TrainingStartIn) -> CaseOut:
    """Training started, which meets the start deadline. A citizen with an active course
    either continues it under the new plan or ends it and starts anew."""
    session, caller = work.session, work.caller
    case = await lock_visible(work, case_id)
    check_step(case, CaseEvent.START)
    check_day(work, body.started_on, case, "started_on")
    check_disciplines(body.disciplines)
    therapists = await _responsible_therapists(work, body)
    plan = await session.get(RehabPlan, case.id)
    if plan is not None:
        facts = RehabPlanFacts(
            PlanType(plan.plan_type), plan.discharge_date, plan.health_start_date
        )
        check_training_start(facts, body.started_on, body.early_start_reason)
    active = await active_course(session, caller.centre_id, case.citizen_id)
    if active is not None and body.active_course is None:
        raise Conflict(
            "Borgeren har allerede et aktivt forløb: vælg, om det fortsætter efter den nye "
            "plan, eller om det afsluttes og et nyt startes.",
            field="active_course",
            rule="one_offer_at_a_time",
        )
    # An earlier start than the hospital's date keeps its reason in the case's history.
    event = await step(work, case, CaseEvent.START, body.started_on, note=body.early_start_reason)
    await visitation.record_start_as_offer(session, case.id, body.started_on)
    if active is not None and body.active_course == "continue":
        active.case_id = case.id  # the course goes on under the new plan
        if therapists:  # a change of the plan, dated like one
            active.therapist_ids = therapists
            active.plan_changed_at = caller.now()
        await session.flush()
        return await answer(work, case)
    if active is not None:
        await end_course(session, active, ended_by_new_course(active.started_on, body.started_on))
    opening = open_from_training_start(
        case.legal_basis,
        started_on=body.started_on,
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
        event_id=event.id,
        site_id=case.site_id,
        therapist_ids=therapists,
    )
    return await answer(work, case)


async def record_free_choice(work: UnitOfWork, case_id: uuid.UUID, body: FreeChoiceIn) -> CaseOut:
    """The start offered within the free-choice date, or the free choice offered and what
    the citizen chose (a private provider ends the case)."""
    session = work.session
    case = await lock_visible(work, case_id)
    plan = await session.get(RehabPlan, case.id)
    if plan is None:
        raise Conflict("Frit valg gælder kun genoptræningsplaner.", rule="rehab_plan_only")
    if case.closed_at is not None:
        raise Conflict("Sagen er afsluttet.", rule=f"state:{case.status}")
    check_day(work, body.offered_on, case, "offered_on")
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
        await step(work, case, CaseEvent.TAKE_FREE_CHOICE, body.offered_on)
    await session.flush()
    return await answer(work, case)


# Before training started: the start date still moves the targets that count from it.
_BEFORE_START = frozenset({CaseState.RECEIVED, CaseState.INVITED, CaseState.ASSESSED})


async def set_health_start_date(
    work: UnitOfWork, case_id: uuid.UUID, body: HealthStartIn
) -> CaseOut:
    """Staff set the hospital's later start date (given as free text in the plan): the start
    target and the free-choice date follow it, counted as on receipt."""
    session = work.session
    case = await lock_visible(work, case_id)
    plan = await session.get(RehabPlan, case.id)
    if plan is None:
        raise Conflict("Kun genoptræningsplaner har sygehusets startdato.", rule="rehab_plan_only")
    if case.closed_at is not None or CaseState(case.status) not in _BEFORE_START:
        raise Conflict(
            "Startdatoen kan kun sættes, før træningen er startet.", rule=f"state:{case.status}"
        )
    if plan.start_offered_on is not None:
        raise Conflict(
            "Frit valg er allerede registreret; startdatoen kan ikke ændres.",
            field="health_start_date",
            rule="free_choice_recorded",
        )
    facts = RehabPlanFacts(PlanType(plan.plan_type), plan.discharge_date, body.health_start_date)
    check_plan_dates(facts)
    standard = await service_standard(session, case.centre_id)
    limits = standard.in_force(case.legal_basis, case.received_date)
    calendar = await working_day_calendar(session, case.centre_id)
    deadlines = referral_deadlines(
        ReferralKind.REHAB_PLAN, case.received_date, limits, calendar, plan=facts
    )
    plan.health_start_date = body.health_start_date
    if LimitKind.FREE_CHOICE in limits:
        plan.free_choice_date = free_choice_date(facts, limits[LimitKind.FREE_CHOICE])
    for deadline in deadlines:
        if deadline.kind in (LimitKind.TRAINING_START, LimitKind.FREE_CHOICE):
            await case_events.set_deadline(session, case, deadline.kind.value, deadline.due_date)
    await session.flush()
    return await answer(work, case)
