"""A course's pauses, its ending and its transport: stored as the domain decided them.

They live with attendance because they release or read the course's bookings (scheduling),
which training's own package cannot import.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attendance import Trip
from domain.errors import Conflict
from domain.training import Attendance, CourseClosure, Postponement
from persistence.attendance.models import (
    CourseEndingRow,
    CoursePostponement,
    TransportGrant,
    TripRow,
)
from persistence.scheduling import Appointment
from persistence.training import Course


async def booked_sessions(session: AsyncSession, course_id: uuid.UUID) -> list[Appointment]:
    rows = await session.scalars(
        select(Appointment)
        .where(Appointment.course_id == course_id, Appointment.status == Attendance.BOOKED.value)
        .order_by(Appointment.starts_at)
    )
    return list(rows)


async def add_postponement(
    session: AsyncSession,
    course: Course,
    postponement: Postponement,
    *,
    released: int,
    recorded_by: str,
) -> CoursePostponement:
    row = CoursePostponement(
        centre_id=course.centre_id, course_id=course.id, reason=postponement.reason,
        starts_on=postponement.starts_on, expected_resume_on=postponement.expected_resume_on,
        released=released, recorded_by=recorded_by,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    return row


async def running_postponement(
    session: AsyncSession, course_id: uuid.UUID
) -> CoursePostponement | None:
    found: CoursePostponement | None = await session.scalar(
        select(CoursePostponement).where(
            CoursePostponement.course_id == course_id, CoursePostponement.resumed_on.is_(None)
        )
    )
    return found


async def add_ending(
    session: AsyncSession,
    course: Course,
    closure: CourseClosure,
    *,
    follow_up_on: date | None,
    self_training_material: str | None,
    home_care_involved: bool,
    recorded_by: str,
) -> CourseEndingRow:
    row = CourseEndingRow(
        course_id=course.id, centre_id=course.centre_id, reason=closure.reason.value,
        note=closure.note, ended_on=closure.ending.ended_on, is_decision=closure.is_decision,
        final_status_expected=closure.final_status_expected, follow_up_on=follow_up_on,
        self_training_material=self_training_material, home_care_involved=home_care_involved,
        recorded_by=recorded_by,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    return row


async def ending_of(session: AsyncSession, course_id: uuid.UUID) -> CourseEndingRow | None:
    return await session.get(CourseEndingRow, course_id)


async def latest_ending_of_case(
    session: AsyncSession, centre_id: uuid.UUID, case_id: uuid.UUID
) -> tuple[Course, CourseEndingRow] | None:
    """The case's most recently ended course and its ending (a changed decision after a
    complaint may have opened a new course on the same case)."""
    found = (
        await session.execute(
            select(Course, CourseEndingRow)
            .join(CourseEndingRow, CourseEndingRow.course_id == Course.id)
            .where(Course.centre_id == centre_id, Course.case_id == case_id)
            .order_by(CourseEndingRow.recorded_at.desc())
            .limit(1)
        )
    ).first()
    return (found[0], found[1]) if found is not None else None


async def grant_transport(
    session: AsyncSession,
    course: Course,
    *,
    reason: str,
    from_address: str,
    to_address: str,
    needs: list[str],
    granted_by: str,
) -> TransportGrant:
    """Grant (or change) the course's free transport; the course then needs it."""
    row = await transport_of(session, course.id)
    if row is None:
        row = TransportGrant(centre_id=course.centre_id, course_id=course.id)
        session.add(row)
    row.reason, row.from_address, row.to_address = reason, from_address, to_address
    row.needs, row.granted_by = needs, granted_by
    course.transport_needed = True
    await session.flush()
    return row


async def transport_of(session: AsyncSession, course_id: uuid.UUID) -> TransportGrant | None:
    found: TransportGrant | None = await session.scalar(
        select(TransportGrant).where(TransportGrant.course_id == course_id)
    )
    return found


async def add_trip(
    session: AsyncSession, course: Course, appointment_id: uuid.UUID, trip: Trip, *, by: str
) -> TripRow:
    row = TripRow(
        centre_id=course.centre_id, course_id=course.id, appointment_id=appointment_id,
        agreed_pickup=trip.agreed_pickup, actual_pickup=trip.actual_pickup, arrival=trip.arrival,
        session_end=trip.session_end, departure=trip.departure, drop_off=trip.drop_off,
        recorded_by=by,
    )  # fmt: skip
    try:
        async with session.begin_nested():
            session.add(row)
            await session.flush()
    except IntegrityError as error:
        if "uq_trips_appointment_id" not in str(error.orig):
            raise
        raise Conflict(
            "Kørslen til tiden er allerede registreret.", field="appointment_id",
            rule="trip_once",
        ) from None  # fmt: skip
    return row


async def trips_of(session: AsyncSession, course_id: uuid.UUID) -> list[TripRow]:
    rows = await session.scalars(
        select(TripRow).where(TripRow.course_id == course_id).order_by(TripRow.agreed_pickup)
    )
    return list(rows)


def as_trip(row: TripRow) -> Trip:
    return Trip(
        row.agreed_pickup, row.actual_pickup, row.arrival, row.session_end, row.departure,
        row.drop_off,
    )  # fmt: skip


async def set_final_status_sent(
    session: AsyncSession,
    ending: CourseEndingRow,
    *,
    letter_id: uuid.UUID,
    channel: str,
    at: datetime,
) -> None:
    ending.final_status_letter_id = letter_id
    ending.final_status_channel = channel
    ending.final_status_sent_at = at
    await session.flush()
