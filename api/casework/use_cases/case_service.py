"""The case as the use cases share it: found and locked for the caller, taken one step,
an undone step taken back, and the case page that answers every step."""

from __future__ import annotations

import uuid
from datetime import date

from api.casework.case_details import case_details
from api.casework.schemas import ApplicationOut, CaseEventOut, CaseOut, DeadlineOut, RehabPlanOut
from api.centre import LegalBasisNames, SiteRef
from api.citizens import CitizenRef
from api.context import Caller, audit
from api.unit_of_work import UnitOfWork
from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.casework.case_lifecycle import (
    CLOSED_STATES,
    CaseEvent,
    CaseState,
    allowed_events,
    corrections,
    kl_status_reasons,
    meets,
    next_state,
)
from domain.casework.deadlines import case_deadline_status
from domain.casework.decision import check_sent_on
from domain.casework.referral import ReferralKind
from domain.centre import LimitKind
from domain.errors import NotFound
from persistence.casework import case_events, cases, visitation
from persistence.casework.models import Case, CaseEventRow
from persistence.centre import get_legal_basis, service_standard, working_day_calendar
from persistence.scheduling import cancel_conversation_of_event
from persistence.training import cancel_courses_of_event


async def lock_visible(work: UnitOfWork, case_id: uuid.UUID, *, use: str = "change") -> Case:
    """The case, locked for this transaction, if the caller may see it; else a 404 that is
    logged. A later failure of the work is logged as a refused attempt on its citizen."""
    caller = work.caller
    case = await case_events.lock_case(
        work.session, caller.centre_id, case_id, seen_by=caller.principal
    )
    if case is None:
        # Missing or another site's: the same 404, so existence does not leak. The refused
        # attempt is logged under the case's citizen, found from the path.
        work.attempt(use=use)
        raise NotFound("Sagen findes ikke.")
    work.attempt(use=use, citizen_ids=[case.citizen_id])
    return case


def check_day(work: UnitOfWork, day: date, case: Case, field: str) -> None:
    """A step's date: not before the case was received, not in the future."""
    check_sent_on(day, received=case.received_date, today=work.caller.today(), field=field)


def check_step(case: Case, event: CaseEvent) -> CaseState:
    """The state the event leads to, or a Conflict naming the current state."""
    return next_state(ReferralKind(case.referral_kind), CaseState(case.status), event)


def event_row(case: Case, caller: Caller, **values: object) -> CaseEventRow:
    return CaseEventRow(
        centre_id=case.centre_id,
        case_id=case.id,
        actor=caller.actor,
        user_id=caller.principal.user_id,
        recorded_at=caller.now(),
        **values,
    )


async def step(
    work: UnitOfWork,
    case: Case,
    event: CaseEvent,
    occurred_on: date,
    *,
    note: str | None = None,
) -> CaseEventRow:
    """Take the case one step: the dated event, the deadline it meets, the new state."""
    session, caller = work.session, work.caller
    before = CaseState(case.status)
    target = check_step(case, event)
    row = event_row(case, caller, event=event.value, occurred_on=occurred_on, note=note)
    await case_events.add_event(session, row, await case_events.history(session, case.id))
    deadline = meets(before, event)
    if deadline is not None:
        await case_events.set_deadline_met(session, case.id, deadline, occurred_on)
    await case_events.set_state(
        session, case, target.value, closed=target in CLOSED_STATES, now=caller.now()
    )
    return row


async def undo_details(
    work: UnitOfWork, case: Case, undone: CaseEventRow, state: CaseState
) -> None:
    """What an undone event changed beyond the history: deadlines met, courses, a complaint."""
    session = work.session
    assert undone.event is not None  # replay refused corrections of corrections
    event = CaseEvent(undone.event)
    deadline = meets(state, event)
    if deadline is not None:
        await case_events.set_deadline_met(session, case.id, deadline, None)
    if event in (CaseEvent.GRANT, CaseEvent.START):
        await cancel_courses_of_event(session, undone.id)
    if event is CaseEvent.INVITE:
        await cancel_conversation_of_event(session, undone.id, now=work.caller.now())
    if event is CaseEvent.START:
        await visitation.undo_start_as_offer(session, case.id, undone.occurred_on)
    await visitation.undo_complaint_step(session, case.id, event)


async def answer(work: UnitOfWork, case: Case, *, use: str = "change") -> CaseOut:
    """The case after a step, its use of the citizen's data logged in the same transaction."""
    session, caller = work.session, work.caller
    await audit(session, caller, use=use, citizen_ids=[case.citizen_id])
    record = await cases.get_case(session, caller.centre_id, case.id)
    calendar = await working_day_calendar(session, caller.centre_id)
    return await case_out(work, record, calendar)


async def case_out(
    work: UnitOfWork, record: cases.CaseRecord, calendar: WorkingDayCalendar
) -> CaseOut:
    session, caller = work.session, work.caller
    today = caller.today()
    case = record.case
    closed_on = case.closed_at.astimezone(COPENHAGEN).date() if case.closed_at else None
    deadlines = []
    for deadline in record.deadlines:
        left, status = case_deadline_status(
            deadline.due_date,
            met_on=deadline.met_on,
            closed_on=closed_on,
            today=today,
            calendar=calendar,
        )
        deadlines.append(
            DeadlineOut(
                kind=LimitKind(deadline.kind),
                due_date=deadline.due_date,
                working_days_left=left,
                status=status,
                met_on=deadline.met_on,
            )
        )
    plan = record.rehab_plan
    basis = await get_legal_basis(session, case.legal_basis)
    found = await visitation.details(session, case.id)
    standard = await service_standard(session, caller.centre_id)
    complaint_limit = standard.in_force(case.legal_basis, case.received_date).get(
        LimitKind.COMPLAINT
    )
    details = case_details(found, plan, calendar, complaint_limit)
    history = corrections(case_events.as_recorded(record.events))
    live = [CaseEvent(row.event) for row in record.events if row.event and history.is_live(row.id)]
    reasons = kl_status_reasons(CaseState(case.status), live)
    free_choice = details["free_choice"]
    if free_choice is not None and free_choice.kl_status_reason not in (None, *reasons):
        reasons.append(free_choice.kl_status_reason)
    return CaseOut(
        id=case.id,
        citizen=CitizenRef(id=case.citizen_id, name=record.citizen_name),
        legal_basis=case.legal_basis,
        legal_basis_names=LegalBasisNames.of(basis),
        need_test=basis.need_test,
        quarantine_applies=basis.quarantine_applies,
        site=SiteRef(id=record.site.id, code=record.site.code, name=record.site.name),
        received_at=case.received_at,
        received_date=case.received_date,
        condition=case.condition,
        status=CaseState(case.status),
        allowed_events=allowed_events(ReferralKind(case.referral_kind), CaseState(case.status)),
        events=[
            CaseEventOut(
                id=row.id,
                event=CaseEvent(row.event) if row.event else None,
                occurred_on=row.occurred_on,
                recorded_at=row.recorded_at,
                actor=row.actor,
                corrects=row.corrects,
                note=row.note,
                undone_by=history.undone_by.get(row.id),
            )
            for row in record.events
        ],
        correctable_event_id=history.correctable,
        flags=list(case.flags),
        sender_system=case.sender_system,
        sender_reference=case.sender_reference,
        possible_duplicate_of=case.possible_duplicate_of,
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
