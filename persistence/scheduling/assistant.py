"""What the booking assistant reads for a course, over a window of days, in a fixed number
of queries whatever the number of staff, rooms or teams: the course's sessions, limits and
exceptions, the citizen's other bookings, the site's clinical staff with their hours,
absences and bookings, the site's rooms with what holds them, and the site's teams.

Each clinical member of staff at the course's site gives the discipline recorded for them
(fysioterapeut or ergoterapeut), so "any therapist" of the course is one of its disciplines;
one with none recorded (an account made before disciplines were) is taken to give the
course's first discipline.
A team occurrence holds its whole room, so it counts once for every place the room has.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import CLINICAL_ROLES
from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.scheduling import (
    Absence,
    AbsenceKind,
    AssistedCourse,
    Room,
    Slot,
    TeamFacts,
    Therapist,
    WorkingHours,
)
from domain.training import Attendance, CourseStatus, Discipline, FrequencyLimits
from persistence.access import StaffUser
from persistence.centre import service_standard, working_day_calendar
from persistence.scheduling.models import Appointment, StaffAbsence, StaffWorkingHours
from persistence.scheduling.models import Room as RoomRow
from persistence.scheduling.team_models import Team, TeamOccurrence, TeamSeat, WaitingListEntry
from persistence.scheduling.teams import (
    course_sessions,
    occurrence_facts,
    team_facts,
    weekly_times_of,
)
from persistence.training import Course, frequency_exceptions_of

CANCELLED = Attendance.CANCELLED.value
HELD = "planned"


@dataclass(frozen=True, slots=True)
class AssistantFacts:
    course: AssistedCourse
    therapists: list[Therapist]
    rooms: list[Room]
    teams: list[TeamFacts]
    team_names: dict[uuid.UUID, str]
    calendar: WorkingDayCalendar


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    start = datetime.combine(first, time(), tzinfo=COPENHAGEN)
    return start, datetime.combine(last + timedelta(days=1), time(), tzinfo=COPENHAGEN)


async def _citizen_bookings(
    session: AsyncSession, citizen_id: uuid.UUID, start: datetime, end: datetime
) -> list[Slot]:
    booked = await session.execute(
        select(Appointment.id, Appointment.starts_at, Appointment.ends_at).where(
            Appointment.citizen_id == citizen_id, Appointment.status != CANCELLED,
            Appointment.starts_at >= start, Appointment.starts_at < end,
        )
    )  # fmt: skip
    seated = await session.execute(
        select(TeamOccurrence.id, TeamOccurrence.starts_at, TeamOccurrence.ends_at)
        .join(TeamSeat, TeamSeat.team_id == TeamOccurrence.team_id)
        .where(TeamSeat.citizen_id == citizen_id, TeamSeat.released_on.is_(None),
               TeamOccurrence.status == HELD, TeamOccurrence.starts_at >= start,
               TeamOccurrence.starts_at < end)
    )  # fmt: skip
    return [Slot(i, s, e) for i, s, e in [*booked.all(), *seated.all()]]


async def _therapists(
    session: AsyncSession, course: Course, discipline: Discipline, first: date, last: date
) -> list[Therapist]:
    start, end = _bounds(first, last)
    staff = [
        row
        for row in await session.scalars(
            select(StaffUser).where(
                StaffUser.centre_id == course.centre_id, StaffUser.active,
                StaffUser.site_ids.contains([course.site_id]),
            ).order_by(StaffUser.username)
        )
        if CLINICAL_ROLES & set(row.roles)
    ]  # fmt: skip
    ids = [row.id for row in staff]
    if not ids:
        return []
    hours: dict[uuid.UUID, list[WorkingHours]] = {}
    for staff_id, weekday, starts, ends in (
        await session.execute(
            select(StaffWorkingHours.staff_id, StaffWorkingHours.weekday,
                   StaffWorkingHours.starts, StaffWorkingHours.ends)
            .where(StaffWorkingHours.staff_id.in_(ids))
        )
    ).all():  # fmt: skip
        hours.setdefault(staff_id, []).append(WorkingHours(weekday, starts, ends))
    absences: dict[uuid.UUID, list[Absence]] = {}
    for staff_id, kind, first_day, last_day in (
        await session.execute(
            select(StaffAbsence.staff_id, StaffAbsence.kind, StaffAbsence.first_day,
                   StaffAbsence.last_day)
            .where(StaffAbsence.staff_id.in_(ids), StaffAbsence.first_day <= last,
                   StaffAbsence.last_day >= first)
        )
    ).all():  # fmt: skip
        absences.setdefault(staff_id, []).append(Absence(AbsenceKind(kind), first_day, last_day))
    bookings: dict[uuid.UUID, list[Slot]] = {}
    for booked_by, id_, starts_at, ends_at in (
        await session.execute(
            select(Appointment.staff_id, Appointment.id, Appointment.starts_at,
                   Appointment.ends_at)
            .where(Appointment.staff_id.in_(ids), Appointment.status != CANCELLED,
                   Appointment.starts_at >= start, Appointment.starts_at < end)
        )
    ).all():  # fmt: skip
        if booked_by is not None:
            bookings.setdefault(booked_by, []).append(Slot(id_, starts_at, ends_at))
    for therapist_ids, id_, starts_at, ends_at in (
        await session.execute(
            select(Team.therapist_ids, TeamOccurrence.id, TeamOccurrence.starts_at,
                   TeamOccurrence.ends_at)
            .join(Team, Team.id == TeamOccurrence.team_id)
            .where(Team.therapist_ids.overlap(ids), TeamOccurrence.status == HELD,
                   TeamOccurrence.starts_at >= start, TeamOccurrence.starts_at < end)
        )
    ).all():  # fmt: skip
        for staff_id in therapist_ids:
            bookings.setdefault(staff_id, []).append(Slot(id_, starts_at, ends_at))
    return [
        Therapist(
            row.id,
            Discipline(row.discipline) if row.discipline else discipline,
            frozenset(row.site_ids),
            tuple(hours.get(row.id, ())),
            tuple(absences.get(row.id, ())),
            tuple(bookings.get(row.id, ())),
        )
        for row in staff
    ]


async def _rooms(session: AsyncSession, course: Course, first: date, last: date) -> list[Room]:
    start, end = _bounds(first, last)
    rows = list(
        await session.scalars(
            select(RoomRow).where(
                RoomRow.centre_id == course.centre_id, RoomRow.site_id == course.site_id,
                RoomRow.active,
            )
        )
    )  # fmt: skip
    ids = [row.id for row in rows]
    held: dict[uuid.UUID, list[Slot]] = {}
    if ids:
        for room_id, id_, starts_at, ends_at in (
            await session.execute(
                select(Appointment.room_id, Appointment.id, Appointment.starts_at,
                       Appointment.ends_at)
                .where(Appointment.room_id.in_(ids), Appointment.status != CANCELLED,
                       Appointment.starts_at >= start, Appointment.starts_at < end)
            )
        ).all():  # fmt: skip
            if room_id is not None:
                held.setdefault(room_id, []).append(Slot(id_, starts_at, ends_at))
        capacity = {row.id: row.capacity for row in rows}
        for room_id, id_, starts_at, ends_at in (
            await session.execute(
                select(TeamOccurrence.room_id, TeamOccurrence.id, TeamOccurrence.starts_at,
                       TeamOccurrence.ends_at)
                .where(TeamOccurrence.room_id.in_(ids), TeamOccurrence.status == HELD,
                       TeamOccurrence.starts_at >= start, TeamOccurrence.starts_at < end)
            )
        ).all():  # fmt: skip
            held.setdefault(room_id, []).extend([Slot(id_, starts_at, ends_at)] * capacity[room_id])
    return [Room(row.id, row.site_id, row.capacity, tuple(held.get(row.id, ()))) for row in rows]


async def _teams(
    session: AsyncSession, course: Course
) -> tuple[list[TeamFacts], dict[uuid.UUID, str]]:
    rows = list(
        await session.scalars(
            select(Team).where(Team.centre_id == course.centre_id, Team.site_id == course.site_id)
        )
    )
    if not rows:
        return [], {}
    ids = [row.id for row in rows]
    weekly = await weekly_times_of(session, ids)
    occurrences: dict[uuid.UUID, list[TeamOccurrence]] = {}
    for occurrence in await session.scalars(
        select(TeamOccurrence).where(TeamOccurrence.team_id.in_(ids)).order_by(
            TeamOccurrence.planned_on)
    ):  # fmt: skip
        occurrences.setdefault(occurrence.team_id, []).append(occurrence)
    taken: dict[uuid.UUID, int] = {}
    for team_id, count in (
        await session.execute(
            select(TeamSeat.team_id, func.count())
            .where(TeamSeat.team_id.in_(ids), TeamSeat.released_on.is_(None))
            .group_by(TeamSeat.team_id)
        )
    ).all():
        taken[team_id] = int(count)
    for team_id, count in (
        await session.execute(
            select(WaitingListEntry.team_id, func.count())
            .where(WaitingListEntry.team_id.in_(ids), WaitingListEntry.offered_at.is_not(None),
                   WaitingListEntry.course_id != course.id)
            .group_by(WaitingListEntry.team_id)
        )
    ).all():  # fmt: skip
        taken[team_id] = taken.get(team_id, 0) + int(count)
    facts = [
        TeamFacts(
            team_facts(row, weekly.get(row.id, [])),
            tuple(occurrence_facts(o) for o in occurrences.get(row.id, [])),
            taken.get(row.id, 0),
        )
        for row in rows
    ]
    return facts, {row.id: row.name for row in rows}


async def assistant_facts(
    session: AsyncSession, course: Course, *, first: date, last: date
) -> AssistantFacts:
    """Everything the assistant judges a course's times and seats by, from `first` to `last`."""
    disciplines = tuple(Discipline(d) for d in course.disciplines)
    standard = await service_standard(session, course.centre_id)
    start, end = _bounds(first, last)
    assisted = AssistedCourse(
        course.id, CourseStatus(course.status), course.site_id, disciplines,
        course.started_on, course.ended_on or course.planned_end_on,
        FrequencyLimits.from_standard(standard.in_force(course.legal_basis, first)),
        tuple(await course_sessions(session, course.id)),
        tuple(await frequency_exceptions_of(session, course.id)),
        tuple(await _citizen_bookings(session, course.citizen_id, start, end)),
    )  # fmt: skip
    therapists = (
        await _therapists(session, course, disciplines[0], first, last)
        if disciplines and course.site_id is not None
        else []
    )
    teams, names = await _teams(session, course)
    return AssistantFacts(
        assisted, therapists, await _rooms(session, course, first, last), teams, names,
        await working_day_calendar(session, course.centre_id),
    )  # fmt: skip
