"""The team repository: a team and its occurrences, seats and waiting list.

Every edit of a team first takes a row lock on it (FOR NO KEY UPDATE, which foreign-key
checks do not wait for), so edits and seats of one team queue. A seat counts the seats taken
and the seats held by an outstanding offer under that lock: two citizens racing for the last
seat get one seat and one `TeamFull` (409, the waiting list offered). A team's occupation of
its room is checked against the room's appointments and other teams here, and held by the
exclusion constraints of its occurrences under concurrency.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, delete, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar import COPENHAGEN
from domain.errors import Conflict, NotFound, RuleViolation
from domain.scheduling import (
    OccurrenceClash,
    OccurrenceStatus,
    SeatCourse,
    SeriesChange,
    Slot,
    WaitingEntry,
    WeeklyTime,
    accept_offer,
    cancel_occurrence,
    change_rest_of_series,
    check_seat,
    check_seat_frequency,
    decline_offer,
    define_team,
    generate_occurrences,
    join_waiting_list,
    move_occurrence,
    offer_freed_seat,
    overlapping,
    seat_sessions,
)
from domain.scheduling import Team as TeamFacts
from domain.scheduling import TeamOccurrence as Occurrence
from domain.training import (
    Attendance,
    CourseStatus,
    Discipline,
    FrequencyLimits,
    Session,
    SessionForm,
    SessionPurpose,
)
from persistence.access import StaffUser
from persistence.centre import service_standard, working_day_calendar
from persistence.citizens import Citizen
from persistence.scheduling.models import Appointment, Room
from persistence.scheduling.team_models import (
    Team,
    TeamOccurrence,
    TeamSeat,
    TeamWeeklyTime,
    WaitingListEntry,
)
from persistence.training import Course, frequency_exceptions_of

EXCLUSION_VIOLATION = "23P01"
UNIQUE_VIOLATION = "23505"
ROOM_OVERLAP = "ex_team_occurrences_room_overlap"


@dataclass(frozen=True, slots=True)
class TeamRecord:
    """A team as the domain sees it, with its rows."""

    row: Team
    facts: TeamFacts
    occurrences: list[TeamOccurrence]


def _local_day(moment: datetime) -> date:
    return moment.astimezone(COPENHAGEN).date()


def _facts(row: Team, weekly: Iterable[TeamWeeklyTime]) -> TeamFacts:
    return TeamFacts(
        row.id, row.name, row.site_id, row.room_id, Discipline(row.discipline),
        tuple(WeeklyTime(w.weekday, w.starts, w.ends) for w in sorted(weekly, key=_weekday)),
        row.capacity, tuple(row.therapist_ids), row.starts_on, row.ends_on,
    )  # fmt: skip


team_facts = _facts


def occurrence_facts(row: TeamOccurrence) -> Occurrence:
    return _domain(row)


async def weekly_times_of(
    session: AsyncSession, team_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[TeamWeeklyTime]]:
    """The weekly times of each team (one query for a list)."""
    found: dict[uuid.UUID, list[TeamWeeklyTime]] = {}
    if team_ids:
        rows = await session.scalars(
            select(TeamWeeklyTime).where(TeamWeeklyTime.team_id.in_(list(team_ids)))
        )
        for row in rows:
            found.setdefault(row.team_id, []).append(row)
    return found


async def citizens_by_id(
    session: AsyncSession, citizen_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Citizen]:
    ids = set(citizen_ids)
    if not ids:
        return {}
    return {
        row.id: row for row in await session.scalars(select(Citizen).where(Citizen.id.in_(ids)))
    }


def _weekday(weekly: TeamWeeklyTime) -> int:
    return weekly.weekday


def _domain(row: TeamOccurrence) -> Occurrence:
    return Occurrence(
        row.team_id, row.planned_on, row.starts_at, row.ends_at,
        OccurrenceStatus(row.status), row.moved,
    )  # fmt: skip


def _held() -> ColumnElement[bool]:
    return TeamOccurrence.status == OccurrenceStatus.PLANNED.value


async def _room_bookings(
    session: AsyncSession,
    room_id: uuid.UUID,
    starts: datetime,
    ends: datetime,
    *,
    except_team: uuid.UUID | None,
) -> list[Slot]:
    """What else holds the room between two instants: its appointments and other teams."""
    during = func.tstzrange(starts, ends)
    booked = await session.execute(
        select(Appointment.id, Appointment.starts_at, Appointment.ends_at).where(
            Appointment.room_id == room_id, Appointment.status != Attendance.CANCELLED.value,
            Appointment.during.op("&&")(during),
        )
    )  # fmt: skip
    query = select(TeamOccurrence.id, TeamOccurrence.starts_at, TeamOccurrence.ends_at).where(
        TeamOccurrence.room_id == room_id, _held(), TeamOccurrence.during.op("&&")(during)
    )
    if except_team is not None:
        query = query.where(TeamOccurrence.team_id != except_team)
    teams = await session.execute(query)
    return [Slot(id_, s, e) for id_, s, e in [*booked.all(), *teams.all()]]


async def _lock_room(session: AsyncSession, centre_id: uuid.UUID, room_id: uuid.UUID) -> None:
    """The room's row lock an appointment's booking takes too (FOR NO KEY UPDATE): a team's
    edit and a booking of its room queue, and the second sees the first once committed."""
    await session.execute(
        select(Room.id)
        .where(Room.centre_id == centre_id, Room.id == room_id)
        .with_for_update(key_share=True)
    )


def _check_room(occurrences: Iterable[Occurrence], bookings: Sequence[Slot]) -> None:
    for occurrence in occurrences:
        if not occurrence.held:
            continue
        met = overlapping(occurrence.starts_at, occurrence.ends_at, bookings)
        if met:
            raise OccurrenceClash(
                f"Lokalet er optaget {_local_day(occurrence.starts_at):%d.%m.%Y}.",
                field="room_id", rule="room_double_booked", existing_id=str(met[0].id),
            )  # fmt: skip


def _span(occurrences: Sequence[Occurrence]) -> tuple[datetime, datetime] | None:
    held = [o for o in occurrences if o.held]
    if not held:
        return None
    return min(o.starts_at for o in held), max(o.ends_at for o in held)


async def _flush_occurrences(session: AsyncSession) -> None:
    """Flush, naming a refused overlap (a concurrent team took the room first)."""
    try:
        async with session.begin_nested():
            await session.flush()
            await session.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
    except IntegrityError as error:
        cause = getattr(error.orig, "__cause__", None)
        if getattr(cause, "sqlstate", None) != EXCLUSION_VIOLATION:
            raise
        room = getattr(cause, "constraint_name", "") == ROOM_OVERLAP
        raise OccurrenceClash(
            "Lokalet er optaget i tidsrummet." if room else "Holdgangene overlapper.",
            field="room_id" if room else "starts_at",
            rule="room_double_booked" if room else "team_occurrence_clash",
        ) from None


async def create_team(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    name: str,
    site_id: uuid.UUID,
    room_id: uuid.UUID,
    discipline: Discipline,
    weekly_times: Sequence[WeeklyTime],
    capacity: int,
    therapist_ids: Sequence[uuid.UUID],
    starts_on: date,
    ends_on: date,
    created_by: str,
) -> TeamRecord:
    """A team and its occurrences from the weekly pattern, less closure days and holidays;
    refused when its room is smaller than its capacity or taken at one of its times."""
    room = await session.scalar(
        select(Room)
        .where(Room.centre_id == centre_id, Room.id == room_id, Room.active)
        .with_for_update(key_share=True)
    )
    if room is None:
        raise NotFound("Lokalet findes ikke på centret.", field="room_id")
    known = set(
        await session.scalars(
            select(StaffUser.id).where(
                StaffUser.centre_id == centre_id, StaffUser.id.in_(list(therapist_ids)),
                StaffUser.active,
            )
        )
    )  # fmt: skip
    for index, therapist in enumerate(therapist_ids):
        if therapist not in known:
            raise NotFound("Terapeuten findes ikke.", field=f"therapist_ids.{index}")
    team_id = uuid.uuid4()
    facts = define_team(
        id=team_id, name=name, site_id=site_id, room_id=room.id, room_site_id=room.site_id,
        room_capacity=room.capacity, discipline=discipline, weekly_times=weekly_times,
        capacity=capacity, therapist_ids=therapist_ids, starts_on=starts_on, ends_on=ends_on,
    )  # fmt: skip
    planned = generate_occurrences(facts, await working_day_calendar(session, centre_id))
    span = _span(planned)
    if span is not None:
        bookings = await _room_bookings(session, room.id, *span, except_team=None)
        _check_room(planned, bookings)
    row = Team(
        id=team_id, centre_id=centre_id, site_id=site_id, room_id=room.id, name=facts.name,
        discipline=discipline.value, capacity=capacity, therapist_ids=list(facts.therapist_ids),
        starts_on=starts_on, ends_on=ends_on, created_by=created_by,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    session.add_all(
        TeamWeeklyTime(team_id=team_id, weekday=w.weekday, starts=w.starts, ends=w.ends)
        for w in facts.weekly_times
    )
    rows = [_new_row(row, occurrence) for occurrence in planned]
    session.add_all(rows)
    await _flush_occurrences(session)
    return TeamRecord(row, facts, rows)


def _new_row(team: Team, occurrence: Occurrence) -> TeamOccurrence:
    return TeamOccurrence(
        centre_id=team.centre_id, team_id=team.id, room_id=team.room_id,
        planned_on=occurrence.planned_on, starts_at=occurrence.starts_at.astimezone(UTC),
        ends_at=occurrence.ends_at.astimezone(UTC), status=occurrence.status.value,
        moved=occurrence.moved,
        sequence=0,
    )  # fmt: skip


async def get_team(
    session: AsyncSession, centre_id: uuid.UUID, team_id: uuid.UUID, *, lock: bool = False
) -> TeamRecord:
    """The team with its weekly times and occurrences; locked for an edit when asked."""
    query = select(Team).where(Team.centre_id == centre_id, Team.id == team_id)
    if lock:
        query = query.with_for_update(key_share=True)
    row = await session.scalar(query)
    if row is None:
        raise NotFound("Holdet findes ikke.")
    weekly = await session.scalars(select(TeamWeeklyTime).where(TeamWeeklyTime.team_id == row.id))
    occurrences = await session.scalars(
        select(TeamOccurrence)
        .where(TeamOccurrence.team_id == row.id)
        .order_by(TeamOccurrence.planned_on)
    )
    return TeamRecord(row, _facts(row, weekly), list(occurrences))


async def teams_of_centre(
    session: AsyncSession, centre_id: uuid.UUID, *, site_id: uuid.UUID | None = None
) -> list[Team]:
    query = select(Team).where(Team.centre_id == centre_id)
    if site_id is not None:
        query = query.where(Team.site_id == site_id)
    return list(await session.scalars(query.order_by(Team.starts_on, Team.name)))


async def seat_counts(session: AsyncSession, team_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The seats taken on each team (one query for a list)."""
    if not team_ids:
        return {}
    rows = await session.execute(
        select(TeamSeat.team_id, func.count())
        .where(TeamSeat.team_id.in_(list(team_ids)), TeamSeat.released_on.is_(None))
        .group_by(TeamSeat.team_id)
    )
    return {team_id: int(count) for team_id, count in rows.all()}


def _bump(row: TeamOccurrence, occurrence: Occurrence, now: datetime) -> None:
    changed = (
        row.starts_at != occurrence.starts_at
        or row.ends_at != occurrence.ends_at
        or row.status != occurrence.status.value
    )
    row.starts_at = occurrence.starts_at.astimezone(UTC)
    row.ends_at = occurrence.ends_at.astimezone(UTC)
    row.status, row.moved = occurrence.status.value, occurrence.moved
    if changed:
        row.sequence += 1
        row.changed_at = now


async def move_team_occurrence(
    session: AsyncSession,
    centre_id: uuid.UUID,
    team_id: uuid.UUID,
    planned_on: date,
    *,
    starts_at: datetime,
    ends_at: datetime,
    now: datetime,
) -> TeamOccurrence:
    """One occurrence gets new times; refused on a closure day or over the room's bookings."""
    record = await get_team(session, centre_id, team_id, lock=True)
    await _lock_room(session, centre_id, record.row.room_id)
    bookings = await _room_bookings(
        session, record.row.room_id, starts_at, ends_at, except_team=team_id
    )
    edited = move_occurrence(
        [_domain(row) for row in record.occurrences], planned_on,
        starts_at=starts_at, ends_at=ends_at,
        calendar=await working_day_calendar(session, centre_id), room_bookings=bookings,
    )  # fmt: skip
    row = next(row for row in record.occurrences if row.planned_on == planned_on)
    _bump(row, next(o for o in edited if o.planned_on == planned_on), now)
    await _flush_occurrences(session)
    return row


async def cancel_team_occurrence(
    session: AsyncSession, centre_id: uuid.UUID, team_id: uuid.UUID, planned_on: date, *,
    now: datetime,
) -> TeamOccurrence:  # fmt: skip
    """Aflyst: the row stays, cancelled, so the date is never planned again by accident."""
    record = await get_team(session, centre_id, team_id, lock=True)
    edited = cancel_occurrence([_domain(row) for row in record.occurrences], planned_on)
    row = next(row for row in record.occurrences if row.planned_on == planned_on)
    _bump(row, next(o for o in edited if o.planned_on == planned_on), now)
    await session.flush()
    return row


async def cancel_rest_of_series(
    session: AsyncSession, centre_id: uuid.UUID, team_id: uuid.UUID, from_day: date, *,
    now: datetime,
) -> list[TeamOccurrence]:  # fmt: skip
    """Every occurrence planned from `from_day` on is cancelled; the rows stay."""
    record = await get_team(session, centre_id, team_id, lock=True)
    if not record.row.starts_on <= from_day <= record.row.ends_on:
        raise RuleViolation(
            "Datoen skal ligge i holdets periode.", field="from_day", rule="team_period"
        )
    hit = [row for row in record.occurrences if row.planned_on >= from_day]
    for row in hit:
        _bump(row, Occurrence(team_id, row.planned_on, row.starts_at, row.ends_at,
                              OccurrenceStatus.CANCELLED, row.moved), now)  # fmt: skip
    await session.flush()
    return hit


HELD_ON_DAYS = text(
    """
    SELECT min(o.planned_on) FROM team_occurrences o
    JOIN attendance_events e ON e.occurrence_id = o.id
    WHERE o.team_id = :team AND o.planned_on = ANY(:days) AND e.kind = 'registration'
      AND e.attendance IN ('attended', 'no_show', 'sent_home')
      AND NOT EXISTS (SELECT FROM attendance_events n
                      WHERE n.seat_id = e.seat_id AND n.occurrence_id = e.occurrence_id
                        AND n.version > e.version)
    """
)


async def change_rest(
    session: AsyncSession,
    centre_id: uuid.UUID,
    team_id: uuid.UUID,
    *,
    from_day: date,
    weekly_times: Sequence[WeeklyTime],
    now: datetime,
) -> tuple[TeamRecord, SeriesChange]:
    """New weekly times from `from_day`: the rows of dates the new pattern keeps are updated,
    new dates inserted, dropped dates deleted (the change names them, to tell the seated)."""
    record = await get_team(session, centre_id, team_id, lock=True)
    calendar = await working_day_calendar(session, centre_id)
    current = [_domain(row) for row in record.occurrences]
    first = datetime.combine(from_day, time(), tzinfo=COPENHAGEN)
    last = datetime.combine(record.row.ends_on + timedelta(days=1), time(), tzinfo=COPENHAGEN)
    await _lock_room(session, centre_id, record.row.room_id)
    bookings = await _room_bookings(session, record.row.room_id, first, last, except_team=team_id)
    change = change_rest_of_series(
        record.facts, current, from_day=from_day, weekly_times=weekly_times,
        calendar=calendar, room_bookings=bookings,
    )  # fmt: skip
    await session.execute(text("SET CONSTRAINTS ex_team_occurrences_team_overlap DEFERRED"))
    rows = {row.planned_on: row for row in record.occurrences}
    removed = {occurrence.planned_on for occurrence in change.removed}
    if removed:
        # A dropped date is deleted, and the registrations on it go with it (the events'
        # foreign key cascades). That is kept only where nothing held is lost: a session the
        # citizen attended, missed or was sent home from is history, so a change dropping
        # it is refused. A cancellation on a dropped date goes (the session will not be
        # held, as when the centre cancels it), and the caller (api.scheduling) rewrites
        # the open flags of the courses it registered from their remaining events.
        held = await session.scalar(HELD_ON_DAYS, {"team": team_id, "days": sorted(removed)})
        if held is not None:
            raise Conflict(
                f"Holdgangen {held:%d.%m.%Y} har registreret fremmøde og kan ikke fjernes; "
                "vælg en senere dato.",
                field="from_day", rule="occurrence_has_attendance",
            )  # fmt: skip
        await session.execute(
            delete(TeamOccurrence).where(
                TeamOccurrence.team_id == team_id, TeamOccurrence.planned_on.in_(removed)
            )
        )
    kept: list[TeamOccurrence] = []
    for occurrence in change.occurrences:
        row = rows.get(occurrence.planned_on)
        if row is None:
            row = _new_row(record.row, occurrence)
            session.add(row)
        elif occurrence.planned_on >= from_day:
            _bump(row, occurrence, now)
        kept.append(row)
    await session.execute(delete(TeamWeeklyTime).where(TeamWeeklyTime.team_id == team_id))
    session.add_all(
        TeamWeeklyTime(team_id=team_id, weekday=w.weekday, starts=w.starts, ends=w.ends)
        for w in change.weekly_times
    )
    await _flush_occurrences(session)
    facts = _facts(record.row, await session.scalars(
        select(TeamWeeklyTime).where(TeamWeeklyTime.team_id == team_id)))  # fmt: skip
    return TeamRecord(record.row, facts, kept), change


async def occurrences_on(
    session: AsyncSession, centre_id: uuid.UUID, day: date
) -> list[TeamOccurrence]:
    """The held occurrences on a day: a closure day's hits."""
    start = datetime.combine(day, time(), tzinfo=COPENHAGEN)
    rows = await session.scalars(
        select(TeamOccurrence)
        .where(
            TeamOccurrence.centre_id == centre_id, _held(),
            TeamOccurrence.starts_at >= start,
            TeamOccurrence.starts_at < start + timedelta(days=1),
        )
        .order_by(TeamOccurrence.starts_at)
    )  # fmt: skip
    return list(rows)


# Seats and the waiting list.


async def _locked_course(
    session: AsyncSession, centre_id: uuid.UUID, course_id: uuid.UUID
) -> Course:
    course = await session.scalar(
        select(Course)
        .where(Course.centre_id == centre_id, Course.id == course_id)
        .with_for_update(key_share=True)
    )
    if course is None or course.earlier:
        raise NotFound("Forløbet findes ikke.", field="course_id")
    return course


def _seat_course(course: Course) -> SeatCourse:
    return SeatCourse(
        course.id, CourseStatus(course.status), course.site_id,
        tuple(Discipline(d) for d in course.disciplines),
        course.ended_on or course.planned_end_on,
    )  # fmt: skip


async def course_sessions(
    session: AsyncSession, course_id: uuid.UUID, *, except_team: uuid.UUID | None = None
) -> list[Session]:
    """The course's sessions as the frequency rule counts them: its appointments, and the
    held occurrences of its seats (other than on `except_team`)."""
    booked = await session.execute(
        select(Appointment.starts_at, Appointment.form, Appointment.purpose, Appointment.status)
        .where(Appointment.course_id == course_id)
    )  # fmt: skip
    sessions = [
        Session(_local_day(at), SessionForm(form), SessionPurpose(purpose), Attendance(status))
        for at, form, purpose, status in booked.all()
    ]
    seated = select(TeamOccurrence.starts_at, TeamSeat.from_day).join(
        TeamSeat, TeamSeat.team_id == TeamOccurrence.team_id
    ).where(TeamSeat.course_id == course_id, TeamSeat.released_on.is_(None), _held())  # fmt: skip
    if except_team is not None:
        seated = seated.where(TeamSeat.team_id != except_team)
    for at, from_day in (await session.execute(seated)).all():
        if _local_day(at) >= from_day:
            sessions.append(Session(_local_day(at), SessionForm.TEAM))
    return sessions


async def _limits(session: AsyncSession, course: Course, day: date) -> FrequencyLimits:
    standard = await service_standard(session, course.centre_id)
    return FrequencyLimits.from_standard(standard.in_force(course.legal_basis, day))


async def _outstanding_offers(session: AsyncSession, team_id: uuid.UUID) -> list[uuid.UUID]:
    rows = await session.scalars(
        select(WaitingListEntry.course_id).where(
            WaitingListEntry.team_id == team_id, WaitingListEntry.offered_at.is_not(None)
        )
    )
    return list(rows)


async def _seats_taken(session: AsyncSession, team_id: uuid.UUID) -> int:
    return (await seat_counts(session, [team_id])).get(team_id, 0)


async def take_seat(
    session: AsyncSession,
    centre_id: uuid.UUID,
    team_id: uuid.UUID,
    course_id: uuid.UUID,
    *,
    from_day: date,
    booked_by: str,
    now: datetime,
) -> TeamSeat:
    """A seat for the course from `from_day`, after every rule: an open course of the team's
    site and discipline, a free seat (one offered to another course is not free; one offered
    to this course is taken and its place on the list ends), and the weekly team limit."""
    course = await _locked_course(session, centre_id, course_id)
    record = await get_team(session, centre_id, team_id, lock=True)
    team = record.facts
    if from_day < team.starts_on:
        from_day = team.starts_on
    existing = await session.scalar(
        select(TeamSeat.id).where(
            TeamSeat.team_id == team_id, TeamSeat.course_id == course_id,
            TeamSeat.released_on.is_(None),
        )
    )  # fmt: skip
    if existing is not None:
        raise Conflict("Forløbet har allerede en plads på holdet.", field="course_id",
                       rule="seat_once")  # fmt: skip
    offers = await _outstanding_offers(session, team_id)
    held_for_others = sum(1 for offered in offers if offered != course_id)
    check_seat(
        team, _seat_course(course),
        seats_taken=await _seats_taken(session, team_id) + held_for_others, from_day=from_day,
    )  # fmt: skip
    seat = seat_sessions(
        [_domain(row) for row in record.occurrences],
        from_day=from_day, until=course.ended_on or course.planned_end_on,
    )  # fmt: skip
    check_seat_frequency(
        await course_sessions(session, course_id), seat,
        await _limits(session, course, from_day),
        await frequency_exceptions_of(session, course_id),
    )  # fmt: skip
    if course_id in offers:
        entries = await _waiting(session, team_id)
        accept_offer(entries, course_id)
        await session.execute(
            delete(WaitingListEntry).where(
                WaitingListEntry.team_id == team_id, WaitingListEntry.course_id == course_id
            )
        )
    row = TeamSeat(
        centre_id=centre_id, team_id=team_id, course_id=course_id, citizen_id=course.citizen_id,
        from_day=from_day, booked_by=booked_by,
    )  # fmt: skip
    session.add(row)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as error:
        if getattr(getattr(error.orig, "__cause__", None), "sqlstate", None) == UNIQUE_VIOLATION:
            raise Conflict("Forløbet har allerede en plads på holdet.", field="course_id",
                           rule="seat_once") from None  # fmt: skip
        raise
    return row


async def seats_of_team(session: AsyncSession, team_id: uuid.UUID) -> list[TeamSeat]:
    rows = await session.scalars(
        select(TeamSeat)
        .where(TeamSeat.team_id == team_id, TeamSeat.released_on.is_(None))
        .order_by(TeamSeat.created_at)
    )
    return list(rows)


async def release_seat(
    session: AsyncSession, centre_id: uuid.UUID, team_id: uuid.UUID, seat_id: uuid.UUID, *,
    on: date,
) -> TeamSeat:  # fmt: skip
    """The seat is given up from `on`; it is free for the waiting list's first."""
    await get_team(session, centre_id, team_id, lock=True)
    seat = await session.scalar(
        select(TeamSeat).where(
            TeamSeat.centre_id == centre_id, TeamSeat.team_id == team_id, TeamSeat.id == seat_id,
            TeamSeat.released_on.is_(None),
        )
    )  # fmt: skip
    if seat is None:
        raise NotFound("Pladsen findes ikke.")
    seat.released_on = max(on, seat.from_day)
    await session.flush()
    return seat


async def release_course_seats(
    session: AsyncSession, centre_id: uuid.UUID, course_id: uuid.UUID, *, on: date
) -> list[TeamSeat]:
    """Every seat the course holds is given up from `on` (from its first day, if later): a
    postponed or ended course's seats are free for the waiting lists' first. The caller holds
    the course's lock, as taking a seat does, so no seat of the course is added meanwhile; each
    team is locked as `release_seat` and the offer lock it, in a fixed order, before its seat
    is read and written."""
    unreleased = (
        TeamSeat.centre_id == centre_id, TeamSeat.course_id == course_id,
        TeamSeat.released_on.is_(None),
    )  # fmt: skip
    held = select(TeamSeat.team_id).where(*unreleased)
    await session.execute(
        select(Team.id)
        .where(Team.centre_id == centre_id, Team.id.in_(held))
        .order_by(Team.id)
        .with_for_update(key_share=True)
    )
    seats = list(
        await session.scalars(
            select(TeamSeat)
            .where(*unreleased)
            .order_by(TeamSeat.team_id)
            .execution_options(populate_existing=True)
        )
    )
    for seat in seats:
        seat.released_on = max(on, seat.from_day)
    await session.flush()
    return seats


def _entry(row: WaitingListEntry) -> WaitingEntry:
    return WaitingEntry(row.course_id, row.placed_at, row.offered_at)


async def _waiting(session: AsyncSession, team_id: uuid.UUID) -> list[WaitingEntry]:
    return [_entry(row) for row in await waiting_list_of(session, team_id)]


async def waiting_list_of(session: AsyncSession, team_id: uuid.UUID) -> list[WaitingListEntry]:
    rows = await session.scalars(
        select(WaitingListEntry)
        .where(WaitingListEntry.team_id == team_id)
        .order_by(WaitingListEntry.placed_at, WaitingListEntry.course_id)
    )
    return list(rows)


async def join_team_waiting_list(
    session: AsyncSession, centre_id: uuid.UUID, team_id: uuid.UUID, course_id: uuid.UUID, *,
    placed_by: str, now: datetime,
) -> WaitingListEntry:  # fmt: skip
    """The course joins the end of the team's waiting list, once; an ended course, or one
    of another site or discipline, cannot."""
    course = await _locked_course(session, centre_id, course_id)
    record = await get_team(session, centre_id, team_id, lock=True)
    # The seat rules less the capacity: a full team is what the list is for.
    check_seat(record.facts, _seat_course(course), seats_taken=0,
               from_day=max(_local_day(now), record.facts.starts_on))  # fmt: skip
    join_waiting_list(await _waiting(session, team_id), course_id, at=now)
    row = WaitingListEntry(
        centre_id=centre_id, team_id=team_id, course_id=course_id, citizen_id=course.citizen_id,
        placed_at=now, placed_by=placed_by,
    )  # fmt: skip
    session.add(row)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError:
        raise Conflict("Forløbet står allerede på holdets venteliste.", field="course_id",
                       rule="waiting_list_once") from None  # fmt: skip
    return row


async def offer_seat(
    session: AsyncSession, centre_id: uuid.UUID, team_id: uuid.UUID, *, now: datetime
) -> WaitingListEntry | None:
    """The team leader confirms: the free seat is offered to the first citizen waiting
    without an offer (None when nobody waits). Refused when no seat is free."""
    record = await get_team(session, centre_id, team_id, lock=True)
    offers = await _outstanding_offers(session, team_id)
    if await _seats_taken(session, team_id) + len(offers) >= record.facts.capacity:
        raise RuleViolation("Holdet har ingen ledig plads at tilbyde.", field="team_id",
                         rule="no_free_seat")  # fmt: skip
    _, offered = offer_freed_seat(await _waiting(session, team_id), at=now)
    return await _mark_offer(session, team_id, offered, now)


async def _mark_offer(
    session: AsyncSession, team_id: uuid.UUID, offered: WaitingEntry | None, now: datetime
) -> WaitingListEntry | None:
    if offered is None:
        return None
    await session.execute(
        update(WaitingListEntry)
        .where(WaitingListEntry.team_id == team_id, WaitingListEntry.course_id == offered.course_id)
        .values(offered_at=now)
    )
    row = await session.scalar(
        select(WaitingListEntry)
        .where(WaitingListEntry.team_id == team_id, WaitingListEntry.course_id == offered.course_id)
        .execution_options(populate_existing=True)
    )
    return row


async def decline_seat(
    session: AsyncSession, centre_id: uuid.UUID, team_id: uuid.UUID, course_id: uuid.UUID, *,
    now: datetime,
) -> WaitingListEntry | None:  # fmt: skip
    """The citizen declines the offered seat and leaves the list; the next citizen waiting
    is offered it (returned; None when nobody waits)."""
    await get_team(session, centre_id, team_id, lock=True)
    _, offered = decline_offer(await _waiting(session, team_id), course_id, at=now)
    await session.execute(
        delete(WaitingListEntry).where(
            WaitingListEntry.team_id == team_id, WaitingListEntry.course_id == course_id
        )
    )
    return await _mark_offer(session, team_id, offered, now)


async def occurrences_between(
    session: AsyncSession,
    centre_id: uuid.UUID,
    first: date,
    last: date,
    *,
    therapist_id: uuid.UUID | None = None,
    room_id: uuid.UUID | None = None,
    site_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
    include_cancelled: bool = False,
) -> list[tuple[TeamOccurrence, Team]]:
    """Occurrences on the days `first` to `last` with their team, for the calendars."""
    start = datetime.combine(first, time(), tzinfo=COPENHAGEN)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=COPENHAGEN)
    query = (
        select(TeamOccurrence, Team)
        .join(Team, Team.id == TeamOccurrence.team_id)
        .where(TeamOccurrence.centre_id == centre_id, TeamOccurrence.starts_at >= start,
               TeamOccurrence.starts_at < end)
        .order_by(TeamOccurrence.starts_at)
    )  # fmt: skip
    if not include_cancelled:
        query = query.where(_held())
    if therapist_id is not None:
        query = query.where(Team.therapist_ids.contains([therapist_id]))
    if room_id is not None:
        query = query.where(TeamOccurrence.room_id == room_id)
    if site_id is not None:
        query = query.where(Team.site_id == site_id)
    if team_id is not None:
        query = query.where(Team.id == team_id)
    rows = await session.execute(query)
    return [(occurrence, team) for occurrence, team in rows.tuples().all()]
