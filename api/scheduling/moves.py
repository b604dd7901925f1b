"""Moving an appointment (the calendars' drag and drop): the same checks as a booking."""

from __future__ import annotations

import uuid

from api.context import audit
from api.scheduling.schemas import AppointmentOut
from api.scheduling.team_schemas import MoveIn
from api.training import visible_course
from api.unit_of_work import UnitOfWork
from domain.errors import NotFound
from persistence import scheduling


async def move_appointment(
    work: UnitOfWork, appointment_id: uuid.UUID, body: MoveIn
) -> AppointmentOut:
    """New times for a booked appointment, seen through its course (or, for a conversation,
    by its own therapist or a caller reaching every case)."""
    session, caller = work.session, work.caller
    found = await scheduling.get_appointment(session, caller.centre_id, appointment_id)
    if found.course_id is not None:
        await visible_course(work, found.course_id, use="change")
    else:
        work.attempt(use="change", citizen_ids=[found.citizen_id])
        reach = caller.principal.case_reach()
        if reach is not None and caller.principal.user_id != found.staff_id:
            raise NotFound("Tiden findes ikke.")
    moved = await scheduling.move_appointment(
        session, caller.centre_id, appointment_id, starts_at=body.starts_at,
        ends_at=body.ends_at, moved_by=caller.actor, now=caller.now(),
    )  # fmt: skip
    await audit(session, caller, use="change", citizen_ids=[found.citizen_id])
    return AppointmentOut.model_validate(moved, from_attributes=True)
