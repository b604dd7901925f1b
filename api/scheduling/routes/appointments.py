"""Individual appointments: booking, cancelling, attendance, a member of staff's week and
the caller's own day."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from pydantic_core import to_json

from api.context import guard
from api.fields import CalendarDate
from api.scheduling import use_cases
from api.scheduling.schemas import AppointmentOut, BookingIn, CancelIn, MyDayItem, WeekItem
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["scheduling"])
CHANGE = guard(Permission.COURSES_WRITE, citizen_data="change")
READ = guard(Permission.COURSES_READ, citizen_data="read")


@router.post(
    "/appointments",
    operation_id="scheduling-book",
    status_code=status.HTTP_201_CREATED,
    response_model=AppointmentOut,
    responses={
        409: {"description": "A clash: `rule` names it, `clashing_appointment_id` the booking"}
    },
    **CHANGE,
)
async def book(body: BookingIn, work: Work) -> Response:
    """Book an individual appointment of a course. Refused with the rule named: an overlap
    of the provider, the citizen or a full room (409 naming the booking met), a day outside
    the course or a closure day, outside working hours or during an absence without a
    reason, beyond the week's frequency limit without an exception (`limit`, `iso_week`)."""
    booked = await use_cases.book(work, body)
    # The booking's own fields as AppointmentOut's JSON (the lean way, without a model).
    answer = {name: getattr(booked, name) for name in AppointmentOut.model_fields}
    return Response(to_json(answer), status_code=status.HTTP_201_CREATED,
                    media_type="application/json")  # fmt: skip


@router.post("/appointments/{appointment_id}/cancel", operation_id="scheduling-cancel", **CHANGE)
async def cancel(
    appointment_id: uuid.UUID, work: Work, body: CancelIn | None = None
) -> AppointmentOut:
    """Afbud: the booking is kept, cancelled, and its time is free again. A course's session
    is registered through attendance as an event (as `attendance-register` does), so the
    body must say why and who cancelled (`cancellation_details` otherwise); a case's
    conversation needs no body."""
    appointment = await use_cases.cancel(work, appointment_id, body)
    return AppointmentOut.model_validate(appointment, from_attributes=True)


@router.post(
    "/appointments/{appointment_id}/attended",
    operation_id="scheduling-mark_attended",
    **CHANGE,
)
async def mark_attended(appointment_id: uuid.UUID, work: Work) -> AppointmentOut:
    """The citizen came to a session that has begun. A course's session is registered
    through attendance as an event (as `attendance-register` does)."""
    appointment = await use_cases.mark_attended(work, appointment_id)
    return AppointmentOut.model_validate(appointment, from_attributes=True)


# The week and "Min dag" are answered as their rows' JSON (the lean way,
# persistence/access/reads.py); `response_model` documents them.
@router.get(
    "/staff/{staff_id}/appointments",
    operation_id="scheduling-staff_appointments",
    response_model=list[WeekItem],
    **READ,
)
async def staff_appointments(
    staff_id: uuid.UUID,
    first: Annotated[CalendarDate, Query(description="The first day.")],
    last: Annotated[CalendarDate, Query(description="The last day; at most six weeks on.")],
    work: Work,
) -> Response:
    """The member of staff's bookings between two days (their week); the citizen is named
    only where the caller may see the course."""
    return Response(to_json(await use_cases.staff_week(work, staff_id, first, last)),
                    media_type="application/json")  # fmt: skip


@router.get("/my-day", operation_id="scheduling-my_day", response_model=list[MyDayItem], **READ)
async def my_day(work: Work) -> Response:
    """Min dag: the caller's appointments today, with the citizen's name and phone, and the
    address for a visit at home or nearby."""
    return Response(to_json(await use_cases.my_day(work)), media_type="application/json")
