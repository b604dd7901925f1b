"""A case's own use cases: a referral opens it, it is read, a simple step is recorded, the
newest event is corrected."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from api.casework.case_details import case_out
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
    case_answer,
    check_day,
    event_row,
    lock_visible,
    step,
    undo_details,
)
from api.context import noted
from api.unit_of_work import UnitOfWork
from domain.calendar import WorkingDayCalendar
from domain.casework.case_lifecycle import CLOSED_STATES, DETAILED_EVENTS, RecordedEvent, replay
from domain.casework.deadlines import free_choice_date, referral_deadlines
from domain.casework.referral import ReferralKind, RehabPlanFacts, check_plan_dates, receipt_date
from domain.centre import LimitKind
from domain.citizens import is_other_municipality
from domain.errors import Conflict, NotFound, RuleViolation
from persistence.casework import case_events, cases
from persistence.casework.case_page import case_page
from persistence.casework.models import Case
from persistence.citizens import get_citizen

OTHER_MUNICIPALITY = "other_municipality"  # KL status reason "Anden kommune"


@dataclass(frozen=True, slots=True)
class Registered:
    """The case a referral opened, or the one its sender's reference had already opened."""

    case: CaseOut
    created: bool


async def register_referral(work: UnitOfWork, body: ReferralIn) -> CaseOut:
    """A hospital plan (§ 140) or an application (§ 86) opens a case with its deadlines."""
    return (await receive_referral(work, body)).case


async def receive_referral(work: UnitOfWork, body: ReferralIn) -> Registered:
    """A referral opens a case with its deadlines, once per sender's reference: a referral
    sent again with the same reference is answered with the case the first one opened. One
    without a reference, of a citizen who already has a case of the same legal basis
    received that day, is taken and flagged as a likely duplicate of it."""
    case_id, calendar = await open_referral(work, body)
    if calendar is None:
        # The sender's reference opened this case before: answered with it, as a reading.
        existing = await work.session.get(Case, case_id)
        assert existing is not None
        return Registered(await answer(work, existing, use="read"), created=False)
    return Registered(await case_answer(work, case_id, calendar), created=True)


async def open_referral(
    work: UnitOfWork, body: ReferralIn, *, municipality_code: str | None = None
) -> tuple[uuid.UUID, WorkingDayCalendar | None]:
    """The writes of `receive_referral`, for callers that answer with less than the case
    (intake's receipt): the case's id, and the calendar its deadlines were counted in; no
    calendar when the sender's reference had already opened the case (the caller may see
    it, else a conflict that names no case).

    `municipality_code`: the citizen's, when the caller found or added the citizen in this
    transaction (intake, by CPR number); else the citizen is looked up by id.

    Few round trips: the reference data (legal basis, sites, service standard, calendar)
    comes from the process's caches, the earlier cases (by the sender's reference, a likely
    duplicate) in one statement, and the case with its referral and deadlines in another.
    """
    session, caller = work.session, work.caller
    sender = _sender(work, body)
    received = receipt_date(body.received_at, now=caller.now())
    earlier = await cases.earlier_cases(
        session, caller.centre_id, sender=sender, citizen_id=body.citizen_id,
        legal_basis=body.legal_basis, received_date=received,
    )  # fmt: skip
    if earlier.registered is not None:
        return _already_registered(work, *earlier.registered)
    legal_basis = await work.legal_basis(body.legal_basis)
    if municipality_code is None:
        citizen = await get_citizen(session, caller.centre_id, body.citizen_id, field="citizen_id")
        municipality_code = citizen.municipality_code
    await work.check_site(body.site_id)
    if not caller.principal.may_see_case(body.site_id, assigned_to=None):
        raise NotFound(
            "Du kan kun registrere henvendelser på dine egne matrikler.", field="site_id"
        )
    limits = (await work.service_standard()).in_force(legal_basis.code, received)
    calendar = await work.calendar()

    plan_facts: RehabPlanFacts | None = None
    plan_row: dict[str, Any] | None = None
    application_row: dict[str, Any] | None = None
    if isinstance(body, RehabPlanIn):
        plan_facts = RehabPlanFacts(body.plan_type, body.discharge_date, body.health_start_date)
        check_plan_dates(plan_facts)
        if LimitKind.FREE_CHOICE not in limits:
            raise RuleViolation("Kvalitetsstandarden mangler fristen for frit valg.")
        plan_row = {
            "hospital": body.hospital,
            "department": body.department,
            "plan_type": body.plan_type.value,
            "kl_codes": list(body.plan_type.kl_codes),
            "discharge_date": body.discharge_date,
            "health_start_date": body.health_start_date,
            "free_choice_date": free_choice_date(plan_facts, limits[LimitKind.FREE_CHOICE]),
        }
    else:
        assert isinstance(body, ApplicationIn)
        application_row = {"channel": body.channel.value, "submitter": body.submitter.value}
    expected = ReferralKind.REHAB_PLAN if plan_row is not None else ReferralKind.APPLICATION
    if legal_basis.referral_kind is not expected:
        raise RuleViolation("Lovgrundlaget passer ikke til henvendelsen.", field="legal_basis")

    deadlines = referral_deadlines(
        legal_basis.referral_kind, received, limits, calendar, plan=plan_facts
    )
    case_id = await cases.add_referred_case(
        session,
        case={
            "centre_id": caller.centre_id,
            "citizen_id": body.citizen_id,
            "site_id": body.site_id,
            "legal_basis": legal_basis.code,
            "referral_kind": legal_basis.referral_kind.value,
            "received_at": body.received_at,
            "received_date": received,
            "condition": body.condition,
            "flags": [OTHER_MUNICIPALITY] if is_other_municipality(municipality_code) else [],
            "sender_system": sender[0] if sender else None,
            "sender_reference": sender[1] if sender else None,
            "possible_duplicate_of": earlier.duplicate_of,
        },
        rehab_plan=plan_row,
        application=application_row,
        deadlines=deadlines,
        entry=caller.entry(use="create"),  # logged in the same statement
    )
    if case_id is None:
        # The same reference, registered by another request a moment ago.
        assert sender is not None
        existing = await cases.case_by_sender_reference(session, caller.centre_id, *sender)
        assert existing is not None
        return _already_registered(work, existing.id, existing.site_id, existing.assigned_to)
    noted(session, [body.citizen_id])
    return case_id, calendar


def _sender(work: UnitOfWork, body: ReferralIn) -> tuple[str, str] | None:
    """The sender's system and reference, when the referral carries a reference."""
    if body.sender_reference is None:
        if body.sender_system is not None:
            raise RuleViolation(
                "Afsendersystemet angives kun sammen med afsenderens reference.",
                field="sender_system",
            )
        return None
    return body.sender_system or work.caller.principal.name, body.sender_reference


def _already_registered(
    work: UnitOfWork, case_id: uuid.UUID, site_id: uuid.UUID, assigned_to: uuid.UUID | None
) -> tuple[uuid.UUID, None]:
    """The case the sender's reference opened, if the caller may see it; else a conflict
    that names no case."""
    if not work.caller.principal.may_see_case(site_id, assigned_to):
        raise Conflict(
            "Henvendelsen med denne reference er allerede registreret.",
            field="sender_reference",
            rule="sender_reference_registered",
        )
    return case_id, None


async def show_case(work: UnitOfWork, case_id: uuid.UUID) -> CaseOut:
    """A case with its referral and every deadline, met or open: one statement that reads
    the page and logs the reading (persistence.casework.case_page)."""
    caller = work.caller
    found = await case_page(
        work.session,
        caller.centre_id,
        case_id,
        reach=caller.principal.case_reach(),
        entry=caller.entry(use="read"),
    )
    if found is None:
        raise NotFound("Sagen findes ikke.")
    visible, page = found
    if not visible:
        # Another site's case: not found, so its existence does not leak; the attempt is logged.
        work.attempt(use="read", citizen_ids=[uuid.UUID(page["citizen_id"])])
        raise NotFound("Sagen findes ikke.")
    return case_out(page, await work.calendar(), caller.today())


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
