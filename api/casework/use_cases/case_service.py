"""The case as the use cases share it: found and locked for the caller, taken one step,
an undone step taken back, and the case page that answers every step."""

from __future__ import annotations

import uuid
from datetime import date

from api.casework.case_details import case_out
from api.casework.schemas import CaseOut
from api.context import Caller, audit
from api.unit_of_work import UnitOfWork
from domain.calendar import WorkingDayCalendar
from domain.casework.case_lifecycle import (
    CLOSED_STATES,
    CaseEvent,
    CaseState,
    meets,
    next_state,
)
from domain.casework.decision import check_sent_on
from domain.casework.referral import ReferralKind
from domain.errors import NotFound
from persistence.casework import case_events, visitation
from persistence.casework.case_page import case_page
from persistence.casework.models import Case, CaseEventRow
from persistence.centre import working_day_calendar
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
    calendar = await working_day_calendar(session, caller.centre_id)
    return await case_answer(work, case.id, calendar)


async def case_answer(
    work: UnitOfWork, case_id: uuid.UUID, calendar: WorkingDayCalendar
) -> CaseOut:
    """The case page read inside the work's transaction, after its writes (the work logs its
    own use of the citizen's data)."""
    await work.session.flush()
    found = await case_page(work.session, work.caller.centre_id, case_id, reach=None, entry=None)
    if found is None:
        raise NotFound("Sagen findes ikke.")
    return case_out(found[1], calendar, work.caller.today())
