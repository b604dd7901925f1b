"""The day's transport at a site, for the municipal transport service: the active courses
with free transport and their sessions there that day (individual appointments not cancelled,
and the held occurrences of the teams they have a seat on, unless the seat's registration in
force for that occurrence is a cancellation), with the pick-up agreed where a trip is
recorded."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.attendance import TripListLine
from domain.scheduling import OccurrenceStatus
from domain.training import Attendance, CourseStatus
from persistence.attendance.models import AttendanceEventRow, TransportGrant, TripRow
from persistence.citizens import Citizen
from persistence.scheduling import Appointment, Team, TeamOccurrence, TeamSeat
from persistence.training import Course

INDIVIDUAL = "Individuel træning"


@dataclass(frozen=True, slots=True)
class DailyTrip:
    """A line of the list with the course and citizen it is about (for need to know and the
    access log)."""

    course: Course
    line: TripListLine


def _line(
    grant: TransportGrant, name: str, starts: datetime, ends: datetime,
    pickup: datetime | None, training: str,
) -> TripListLine:  # fmt: skip
    return TripListLine(
        session_starts=starts, session_ends=ends, agreed_pickup=pickup, citizen_name=name,
        from_address=grant.from_address, to_address=grant.to_address,
        needs=tuple(grant.needs or ()), training=training,
    )  # fmt: skip


def _seat_cancelled() -> ColumnElement[bool]:
    """The seat's registration in force for the occurrence (its newest version: a correction
    back to booked is a newer version) is a cancellation."""
    newer = aliased(AttendanceEventRow)
    return exists().where(
        AttendanceEventRow.seat_id == TeamSeat.id,
        AttendanceEventRow.occurrence_id == TeamOccurrence.id,
        AttendanceEventRow.attendance == Attendance.CANCELLED.value,
        ~exists().where(
            newer.seat_id == AttendanceEventRow.seat_id,
            newer.occurrence_id == AttendanceEventRow.occurrence_id,
            newer.version > AttendanceEventRow.version,
        ),
    )


async def daily_trips(
    session: AsyncSession,
    centre_id: uuid.UUID,
    site_id: uuid.UUID,
    day: date,
    start: datetime,
    end: datetime,
) -> list[DailyTrip]:
    """The transport to the site's sessions between `start` and `end` (the day `day`)."""
    active = (Course.status == CourseStatus.ACTIVE.value, Course.centre_id == centre_id)
    individual = await session.execute(
        select(Appointment, Course, TransportGrant, Citizen.name, TripRow.agreed_pickup)
        .join(Course, Course.id == Appointment.course_id)
        .join(TransportGrant, TransportGrant.course_id == Course.id)
        .join(Citizen, Citizen.id == Course.citizen_id)
        .outerjoin(TripRow, TripRow.appointment_id == Appointment.id)
        .where(
            *active,
            Appointment.centre_id == centre_id,
            Appointment.site_id == site_id,
            Appointment.starts_at >= start,
            Appointment.starts_at < end,
            Appointment.status != Attendance.CANCELLED.value,
        )
    )
    trips = [
        DailyTrip(
            course,
            _line(grant, name, appointment.starts_at, appointment.ends_at, pickup, INDIVIDUAL),
        )
        for appointment, course, grant, name, pickup in individual.all()
    ]
    teams = await session.execute(
        select(TeamOccurrence, Team.name, Course, TransportGrant, Citizen.name)
        .join(Team, Team.id == TeamOccurrence.team_id)
        .join(TeamSeat, TeamSeat.team_id == Team.id)
        .join(Course, Course.id == TeamSeat.course_id)
        .join(TransportGrant, TransportGrant.course_id == Course.id)
        .join(Citizen, Citizen.id == Course.citizen_id)
        .where(
            *active,
            Team.centre_id == centre_id,
            Team.site_id == site_id,
            TeamOccurrence.planned_on == day,
            TeamOccurrence.status == OccurrenceStatus.PLANNED.value,
            TeamSeat.from_day <= day,
            or_(TeamSeat.released_on.is_(None), TeamSeat.released_on > day),
            ~_seat_cancelled(),
        )
    )
    trips.extend(
        DailyTrip(
            course,
            _line(grant, name, occurrence.starts_at, occurrence.ends_at, None, team_name),
        )
        for occurrence, team_name, course, grant, name in teams.all()
    )
    return trips
