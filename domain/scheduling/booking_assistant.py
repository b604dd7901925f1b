"""The booking assistant: the next free times for a course, free seats on its teams, and the
refused dates of a proposed series, each with its reason.

Pure over the data it is given (working hours, absences, the bookings of staff, rooms and
the citizen, closure days, the course's sessions and frequency limits); the work is bounded
by a horizon in days and a number of proposals.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.errors import DomainError, RuleViolation
from domain.scheduling.appointment import (
    BookingClash,
    Resource,
    Slot,
    check_room_capacity,
    check_times,
    overlapping,
)
from domain.scheduling.seats import SeatCourse, check_seat, check_seat_frequency, seat_sessions
from domain.scheduling.staff_time import Absence, WorkingHours, check_staff_available
from domain.scheduling.team import Team, TeamOccurrence
from domain.training import (
    CourseStatus,
    Discipline,
    FrequencyException,
    FrequencyLimits,
    Session,
    SessionForm,
    check_frequency,
    check_session_day,
)

MAX_HORIZON_DAYS = 56
MAX_PROPOSALS = 20
MAX_SERIES = 52
STEP = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Therapist:
    id: uuid.UUID
    discipline: Discipline
    site_ids: frozenset[uuid.UUID]
    hours: tuple[WorkingHours, ...]
    absences: tuple[Absence, ...] = ()
    bookings: tuple[Slot, ...] = ()


@dataclass(frozen=True, slots=True)
class Room:
    id: uuid.UUID
    site_id: uuid.UUID
    capacity: int
    bookings: tuple[Slot, ...] = ()


@dataclass(frozen=True, slots=True)
class AssistedCourse:
    """The course a time is sought for, with what the frequency rule reads."""

    course_id: uuid.UUID
    status: CourseStatus
    site_id: uuid.UUID | None
    disciplines: tuple[Discipline, ...]
    started_on: date | None
    ends_on: date | None
    limits: FrequencyLimits
    sessions: tuple[Session, ...] = ()  # booked already
    exceptions: tuple[FrequencyException, ...] = ()
    citizen_bookings: tuple[Slot, ...] = ()


@dataclass(frozen=True, slots=True)
class Proposal:
    starts_at: datetime
    ends_at: datetime
    therapist_id: uuid.UUID
    room_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class FreeSeat:
    team_id: uuid.UUID
    free_seats: int
    next_occurrence: TeamOccurrence | None


@dataclass(frozen=True, slots=True)
class Refusal:
    starts_at: datetime
    rule: str
    message: str


@dataclass(frozen=True, slots=True)
class TeamFacts:
    team: Team
    occurrences: tuple[TeamOccurrence, ...]
    seats_taken: int


def _day(moment: datetime) -> date:
    return moment.astimezone(COPENHAGEN).date()


@dataclass
class _Board:
    """What is taken so far: the given bookings and the series' own accepted times."""

    course: AssistedCourse
    sessions: list[Session] = field(default_factory=list)
    citizen: list[Slot] = field(default_factory=list)
    staff: dict[uuid.UUID, list[Slot]] = field(default_factory=dict)
    rooms: dict[uuid.UUID, list[Slot]] = field(default_factory=dict)

    def take(self, proposal: Proposal) -> Slot:
        slot = Slot(uuid.uuid4(), proposal.starts_at, proposal.ends_at)
        self.sessions.append(Session(_day(proposal.starts_at), SessionForm.INDIVIDUAL))
        self.citizen.append(slot)
        self.staff.setdefault(proposal.therapist_id, []).append(slot)
        self.rooms.setdefault(proposal.room_id, []).append(slot)
        return slot


def _by_day(
    slots: Iterable[Slot], days: Sequence[date], bounds: Sequence[datetime]
) -> dict[date, list[Slot]]:
    """The slots by the days of `days` they touch; `bounds`: the days' midnights and the
    next one's (Copenhagen time), so a slot is placed by comparing instants."""
    found: dict[date, list[Slot]] = {}
    last = len(days) - 1
    for slot in slots:
        first = max(bisect_right(bounds, slot.starts_at) - 1, 0)
        for index in range(first, min(bisect_left(bounds, slot.ends_at) - 1, last) + 1):
            found.setdefault(days[index], []).append(slot)
    return found


@dataclass
class _Days:
    """The board's bookings by day, for a search that looks at one day at a time."""

    citizen: dict[date, list[Slot]]
    staff: dict[uuid.UUID, dict[date, list[Slot]]]
    rooms: dict[uuid.UUID, dict[date, list[Slot]]]

    @classmethod
    def of(cls, board: _Board, first: date, count: int) -> _Days:
        """The board's bookings of the `count` days from `first`."""
        days = [first + timedelta(days=n) for n in range(count)]
        # In UTC, the zone the stored times come in: comparing them is then plain arithmetic.
        bounds = [
            datetime.combine(first + timedelta(days=n), time(), tzinfo=COPENHAGEN).astimezone(UTC)
            for n in range(count + 1)
        ]
        return cls(
            _by_day(board.citizen, days, bounds),
            {staff_id: _by_day(slots, days, bounds) for staff_id, slots in board.staff.items()},
            {room_id: _by_day(slots, days, bounds) for room_id, slots in board.rooms.items()},
        )

    def take(self, proposal: Proposal, slot: Slot) -> None:
        day = _day(slot.starts_at)
        self.citizen.setdefault(day, []).append(slot)
        self.staff.setdefault(proposal.therapist_id, {}).setdefault(day, []).append(slot)
        self.rooms.setdefault(proposal.room_id, {}).setdefault(day, []).append(slot)


def _board(
    course: AssistedCourse, therapists: Sequence[Therapist], rooms: Sequence[Room]
) -> _Board:
    return _Board(
        course,
        list(course.sessions),
        list(course.citizen_bookings),
        {therapist.id: list(therapist.bookings) for therapist in therapists},
        {room.id: list(room.bookings) for room in rooms},
    )


def _check_course(
    board: _Board, starts_at: datetime, ends_at: datetime, calendar: WorkingDayCalendar
) -> None:
    course = board.course
    check_times(starts_at, ends_at, calendar=calendar)
    check_session_day(
        course.status, started_on=course.started_on, ends_on=course.ends_on, day=_day(starts_at)
    )
    met = overlapping(starts_at, ends_at, board.citizen)
    if met:
        raise BookingClash(Resource.CITIZEN, met[0].id)
    _check_week(board, _day(starts_at))


def _check_week(board: _Board, day: date) -> None:
    """The frequency limit of the day's ISO week, with the sessions taken so far."""
    course = board.course
    check_frequency(
        board.sessions, Session(day, SessionForm.INDIVIDUAL), course.limits, course.exceptions
    )


def _check_day(board: _Board, day: date) -> None:
    """The course's rules that hold for a whole day: its period and its week's limit."""
    course = board.course
    check_session_day(course.status, started_on=course.started_on, ends_on=course.ends_on, day=day)
    _check_week(board, day)


def _check_moment(
    starts_at: datetime, ends_at: datetime, calendar: WorkingDayCalendar, citizen: Sequence[Slot]
) -> None:
    """The course's rules for one time of a day `_check_day` allows (`citizen`: the citizen's
    bookings of the day)."""
    check_times(starts_at, ends_at, calendar=calendar)
    met = overlapping(starts_at, ends_at, citizen)
    if met:
        raise BookingClash(Resource.CITIZEN, met[0].id)


def _check_therapist(
    board: _Board, therapist: Therapist, starts_at: datetime, ends_at: datetime
) -> None:
    check_staff_available(
        starts_at, ends_at, hours=therapist.hours, absences=therapist.absences, reason=None
    )
    met = overlapping(starts_at, ends_at, board.staff[therapist.id])
    if met:
        raise BookingClash(Resource.STAFF, met[0].id)


def _free_room(
    board: _Board, rooms: Sequence[Room], starts_at: datetime, ends_at: datetime
) -> Room:
    """The first room of the course's site with space; the first refusal when none has."""
    refused: DomainError | None = None
    for room in rooms:
        try:
            check_room_capacity(
                starts_at, ends_at, capacity=room.capacity, booked=board.rooms[room.id]
            )
        except DomainError as error:
            refused = refused or error
            continue
        return room
    raise refused or BookingClash(Resource.ROOM, None)


def _candidates(
    course: AssistedCourse, therapists: Iterable[Therapist], therapist_id: uuid.UUID | None
) -> list[Therapist]:
    """The chosen therapist, or every therapist of the course's disciplines at its site."""
    if therapist_id is not None:
        return [therapist for therapist in therapists if therapist.id == therapist_id]
    return [
        therapist
        for therapist in therapists
        if therapist.discipline in course.disciplines
        and course.site_id is not None
        and course.site_id in therapist.site_ids
    ]


def _site_rooms(course: AssistedCourse, rooms: Iterable[Room]) -> list[Room]:
    return sorted(
        (room for room in rooms if room.site_id == course.site_id), key=lambda room: str(room.id)
    )


def propose_times(
    course: AssistedCourse,
    *,
    therapists: Sequence[Therapist],
    rooms: Sequence[Room],
    calendar: WorkingDayCalendar,
    from_day: date,
    duration: timedelta,
    therapist_id: uuid.UUID | None = None,
    horizon_days: int = 14,
    limit: int = 5,
) -> list[Proposal]:
    """The next free individual times of `duration` from `from_day`, in time order: in a
    therapist's working hours (the chosen one, or any of the course's disciplines at its
    site), outside their absences and bookings, in a room of the site with space, not on a
    closure day, not over the citizen's bookings, within the course's period and its weekly
    limit. At most `limit` proposals (capped at MAX_PROPOSALS), one per day, over at most
    `horizon_days` days (capped at MAX_HORIZON_DAYS)."""
    horizon = min(max(horizon_days, 1), MAX_HORIZON_DAYS)
    wanted = min(max(limit, 0), MAX_PROPOSALS)
    board = _board(course, therapists, rooms)
    days = _Days.of(board, from_day, horizon)
    candidates = _candidates(course, therapists, therapist_id)
    site_rooms = _site_rooms(course, rooms)
    proposals: list[Proposal] = []
    for offset in range(horizon):
        if len(proposals) >= wanted:
            break
        day = from_day + timedelta(days=offset)
        found = _first_of_day(board, days, day, duration, candidates, site_rooms, calendar)
        if found is not None:
            proposals.append(found)
            days.take(found, board.take(found))
    return proposals


def _passes(check: Callable[..., None], *args: Any, **named: Any) -> bool:
    try:
        check(*args, **named)
    except DomainError:
        return False
    return True


def _clock(moment: time) -> timedelta:
    return timedelta(hours=moment.hour, minutes=moment.minute, seconds=moment.second)


def _moments(stretch: WorkingHours, duration: timedelta) -> Iterator[timedelta]:
    """The stretch's start and every STEP after it that leaves room for `duration`, as
    Copenhagen clock times (from midnight)."""
    moment, close = _clock(stretch.starts), _clock(stretch.ends)
    while moment + duration <= close:
        yield moment
        moment += STEP


def _first_of_day(
    board: _Board,
    days: _Days,
    day: date,
    duration: timedelta,
    candidates: Sequence[Therapist],
    rooms: Sequence[Room],
    calendar: WorkingDayCalendar,
) -> Proposal | None:
    """The day's earliest free time over every candidate's working stretches, in steps of
    STEP; at the same time the therapist whose id sorts first. The course's rules are judged
    once for the day and once a time, the room once a time, whoever the therapist; a
    therapist away that day is left out, and the times come from their working hours, so
    each time asks of them only that it meets none of their bookings of the day. The answer
    is the one trying every therapist's every time in turn with every rule gives."""
    if not candidates or not _passes(_check_day, board, day):
        return None
    present = [t for t in candidates if not any(a.covers(day) for a in t.absences)]
    citizen = days.citizen.get(day, [])
    day_rooms = [(room, days.rooms.get(room.id, {}).get(day, [])) for room in rooms]
    present.sort(key=lambda therapist: str(therapist.id))
    times = sorted(
        (clock, rank)
        for rank, therapist in enumerate(present)
        for stretch in therapist.hours
        if stretch.weekday == day.isoweekday()
        for clock in _moments(stretch, duration)
    )
    midnight = datetime.combine(day, time(), tzinfo=COPENHAGEN)
    course_allows: dict[datetime, bool] = {}
    room_at: dict[datetime, Room | None] = {}
    for clock, rank in times:
        therapist = present[rank]
        moment = midnight + clock  # the clock time: Python adds to the wall clock
        ends_at = moment + duration
        if moment not in course_allows:
            course_allows[moment] = _passes(_check_moment, moment, ends_at, calendar, citizen)
        booked = days.staff.get(therapist.id, {}).get(day, [])
        if not course_allows[moment] or overlapping(moment, ends_at, booked):
            continue
        if moment not in room_at:
            room_at[moment] = next(
                (room for room, held in day_rooms
                 if _passes(check_room_capacity, moment, ends_at, capacity=room.capacity,
                            booked=held)),
                None,
            )  # fmt: skip
        room = room_at[moment]
        if room is not None:
            return Proposal(moment, ends_at, therapist.id, room.id)
    return None


def weekly_series(first: Proposal, *, weeks: int, max_weeks: int = 52) -> list[Proposal]:
    """The same Copenhagen clock time every week for `weeks` weeks from `first` (10:00 stays
    10:00 across the change to and from summer time), for `check_series` to judge."""
    if not 1 <= weeks <= max_weeks:
        raise RuleViolation(
            f"En serie har 1 til {max_weeks} uger.", field="weeks", rule="series_length"
        )
    start = first.starts_at.astimezone(COPENHAGEN)
    length = first.ends_at - first.starts_at
    series = []
    for week in range(weeks):
        day = start.date() + timedelta(weeks=week)
        local = datetime.combine(day, start.time(), tzinfo=COPENHAGEN)
        series.append(Proposal(local, local + length, first.therapist_id, first.room_id))
    return series


def check_series(
    course: AssistedCourse,
    series: Sequence[Proposal],
    *,
    therapists: Sequence[Therapist],
    rooms: Sequence[Room],
    calendar: WorkingDayCalendar,
) -> list[Refusal]:
    """Every refused time of a proposed series with its reason; the accepted times count
    toward the next ones (the week's limit, the therapist's, room's and citizen's time)."""
    if len(series) > MAX_SERIES:
        raise RuleViolation(
            f"En serie har højst {MAX_SERIES} tider.", field="series", rule="series_length"
        )
    board = _board(course, therapists, rooms)
    by_id = {therapist.id: therapist for therapist in therapists}
    rooms_by_id = {room.id: room for room in rooms}
    refusals: list[Refusal] = []
    for proposal in sorted(series, key=lambda proposal: proposal.starts_at):
        therapist = by_id.get(proposal.therapist_id)
        room = rooms_by_id.get(proposal.room_id)
        if therapist is None or room is None:
            refusals.append(Refusal(proposal.starts_at, "unknown_reference", _UNKNOWN))
            continue
        try:
            if room.site_id != course.site_id:
                raise RuleViolation(_OTHER_SITE, field="room_id", rule="room_site")
            _check_course(board, proposal.starts_at, proposal.ends_at, calendar)
            _check_therapist(board, therapist, proposal.starts_at, proposal.ends_at)
            _free_room(board, [room], proposal.starts_at, proposal.ends_at)
        except DomainError as error:
            refusals.append(Refusal(proposal.starts_at, error.rule or "rule", error.message))
            continue
        board.take(proposal)
    return refusals


_UNKNOWN = "Terapeuten eller lokalet findes ikke."
_OTHER_SITE = "Lokalet hører til et andet center end forløbet."


def free_seats(
    course: AssistedCourse, teams: Iterable[TeamFacts], *, from_day: date
) -> list[FreeSeat]:
    """The course's teams with a free seat from `from_day`: its site and discipline, not
    ended, not full, and within the weekly team limit with the course's other sessions;
    with each team's next held occurrence."""
    seat_course = SeatCourse(
        course.course_id, course.status, course.site_id, course.disciplines, course.ends_on
    )
    found: list[FreeSeat] = []
    for facts in teams:
        try:
            check_seat(facts.team, seat_course, seats_taken=facts.seats_taken, from_day=from_day)
            check_seat_frequency(
                course.sessions,
                seat_sessions(facts.occurrences, from_day=from_day, until=course.ends_on),
                course.limits,
                course.exceptions,
            )
        except DomainError:
            continue
        upcoming = [o for o in facts.occurrences if o.held and _day(o.starts_at) >= from_day]
        found.append(
            FreeSeat(
                facts.team.id,
                facts.team.capacity - facts.seats_taken,
                min(upcoming, key=lambda occurrence: occurrence.starts_at, default=None),
            )
        )
    return found
