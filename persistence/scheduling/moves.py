"""Moving a booked appointment to new times (the calendars' drag), with the same checks as a
new booking.

The appointment is set aside (its time freed, so it does not clash with itself), a booking of
the same session at the new times goes through `book_appointment` with every rule and the
database's overlap constraints, and then the trial row is dropped and the appointment itself
takes the new times: its id, journal notes and history stay. All in the caller's transaction,
so a refusal leaves the appointment as it was.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.errors import NotFound, RuleViolation
from domain.scheduling import Place, PlaceKind, ProviderKind
from domain.training import Attendance, Discipline, SessionForm, SessionPurpose
from persistence.scheduling.appointments import Booking, book_appointment
from persistence.scheduling.models import Appointment


async def move_appointment(
    session: AsyncSession,
    centre_id: uuid.UUID,
    appointment_id: uuid.UUID,
    *,
    starts_at: datetime,
    ends_at: datetime,
    moved_by: str,
    now: datetime,
) -> Appointment:
    appointment = await session.scalar(
        select(Appointment)
        .where(Appointment.centre_id == centre_id, Appointment.id == appointment_id)
        .with_for_update()
    )
    if appointment is None:
        raise NotFound("Tiden findes ikke.")
    if appointment.status != Attendance.BOOKED.value:
        raise RuleViolation(
            "Kun en booket tid kan flyttes.", field="status", rule="move_booked_only"
        )
    appointment.status = Attendance.CANCELLED.value
    await session.flush()
    trial = await book_appointment(
        session,
        Booking(
            centre_id=centre_id, citizen_id=appointment.citizen_id,
            purpose=SessionPurpose(appointment.purpose),
            provider=ProviderKind(appointment.provider),
            place=Place(PlaceKind(appointment.place), appointment.site_id, appointment.room_id),
            starts_at=starts_at, ends_at=ends_at, booked_by=moved_by,
            course_id=appointment.course_id,
            case_id=None if appointment.course_id else appointment.case_id,
            form=SessionForm(appointment.form),
            discipline=Discipline(appointment.discipline) if appointment.discipline else None,
            staff_id=appointment.staff_id, home_helper_id=appointment.home_helper_id,
            supervisor_id=appointment.supervisor_id,
            outside_hours_reason=appointment.outside_hours_reason,
        ),
    )  # fmt: skip
    await session.delete(trial)
    await session.flush()
    # Stored instants read back in UTC; the answer gives them the same way.
    appointment.starts_at, appointment.ends_at = starts_at.astimezone(UTC), ends_at.astimezone(UTC)
    appointment.status = Attendance.BOOKED.value
    appointment.changed_at = now
    await session.flush()
    return appointment
