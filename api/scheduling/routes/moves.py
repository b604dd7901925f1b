"""Moving an appointment to new times (drag and drop in the calendars)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from api.context import guard
from api.scheduling import moves
from api.scheduling.schemas import AppointmentOut
from api.scheduling.team_schemas import MoveIn
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["scheduling"])


@router.post(
    "/appointments/{appointment_id}/move",
    operation_id="scheduling-move",
    responses={409: {"description": "A clash at the new time, naming the booking met"}},
    **guard(Permission.COURSES_WRITE, citizen_data="change"),
)
async def move(appointment_id: uuid.UUID, body: MoveIn, work: Work) -> AppointmentOut:
    """New times for a booked appointment, after every rule of a booking (a clash is a 409
    naming the booking met, a closure day or a full week a 422); refused, nothing changes."""
    return await moves.move_appointment(work, appointment_id, body)
