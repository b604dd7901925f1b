"""What the booking assistant reads for a course, lean: four statements whatever the number
of staff, rooms or teams, each written as the driver takes it (the way of
persistence/scheduling/booking.py), so the bench runs exactly these over raw asyncpg.

1. `COURSE`: the course with its case for need to know, the service standard's limits for its
   legal basis, its sessions (appointments and held occurrences of its seats), its frequency
   exceptions, and its citizen's other bookings in the window.
2. `STAFF`: the clinical members of staff of the course's site, each with their working week,
   their absences in the window and their bookings there (appointments and the held
   occurrences of the teams they run). The appointments of a member of staff or a citizen
   are found by the time they take (`during &&`), through the exclusion constraints' indexes.
   Bookings come as three arrays (ids, starts, ends), cheaper to build and read than rows.
3. `ROOMS`: the site's active rooms with what holds them in the window. A team occurrence
   holds its whole room, so it counts once for every place the room has.
4. `TEAMS`: the site's teams with their weekly times, occurrences and the seats taken (an
   outstanding offer to another course counts as taken).

Each clinical member of staff at the course's site gives the discipline recorded for them
(fysioterapeut or ergoterapeut), so "any therapist" of the course is one of its disciplines;
one with none recorded (an account made before disciplines were) is taken to give the
course's first discipline. The closure days come from the process's calendar cache, and the
access-log entry is written by the caller in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from domain.access import CLINICAL_ROLES
from domain.calendar import COPENHAGEN
from domain.centre import Limit, LimitKind, LimitUnit, ServiceStandard
from domain.scheduling import (
    Absence,
    AbsenceKind,
    AssistedCourse,
    OccurrenceStatus,
    Room,
    Slot,
    Team,
    TeamFacts,
    TeamOccurrence,
    Therapist,
    WeeklyTime,
    WorkingHours,
)
from domain.training import (
    Attendance,
    CourseStatus,
    Discipline,
    ExceptionReason,
    FrequencyException,
    FrequencyLimits,
    Session,
    SessionForm,
    SessionPurpose,
)
from persistence.access import Compiled
from persistence.scheduling.booking import CourseFacts

# Runs one statement with its named values; the rows as asyncpg's records.
Fetch = Callable[[Compiled, Mapping[str, Any]], Awaitable[Sequence[Any]]]


def _statement(sql: str, *names: str) -> Compiled:
    """A statement written as the driver takes it, its $n parameters named in order."""
    return Compiled(" ".join(sql.split()), names)


COURSE = _statement(
    """
    SELECT c.id, c.citizen_id, c.legal_basis, c.site_id, c.status, c.started_on, c.ended_on,
        c.planned_end_on, c.earlier, c.therapist_ids, c.disciplines,
        cases.site_id AS case_site_id, cases.assigned_to AS case_assigned_to,
        array(SELECT row(kind, value, unit, effective_from) FROM service_standard_limits
              WHERE centre_id = $1 AND legal_basis = c.legal_basis
              ORDER BY effective_from) AS limits,
        array(SELECT row(starts_at, form, purpose, status) FROM appointments
              WHERE course_id = c.id) AS booked,
        array(SELECT row(o.starts_at, s.from_day) FROM team_seats s
              JOIN team_occurrences o ON o.team_id = s.team_id
              WHERE s.course_id = c.id AND s.released_on IS NULL
                AND o.status = 'planned') AS seated,
        array(SELECT row(reason, note, starts_on, ends_on) FROM frequency_exceptions
              WHERE course_id = c.id ORDER BY starts_on) AS exceptions,
        met.ids AS citizen_ids, met.starts AS citizen_starts, met.ends AS citizen_ends
    FROM courses c LEFT JOIN cases ON cases.id = c.case_id
    LEFT JOIN LATERAL (
        SELECT array_agg(id) AS ids, array_agg(starts_at) AS starts, array_agg(ends_at) AS ends
        FROM (SELECT id, starts_at, ends_at FROM appointments
              WHERE citizen_id = c.citizen_id AND status <> 'cancelled'
                AND during && tstzrange($3, $4)
              UNION ALL
              SELECT o.id, o.starts_at, o.ends_at FROM team_seats s
              JOIN team_occurrences o ON o.team_id = s.team_id
              WHERE s.citizen_id = c.citizen_id AND s.released_on IS NULL
                AND o.status = 'planned' AND o.starts_at >= $3 AND o.starts_at < $4) AS booked
    ) AS met ON true
    WHERE c.centre_id = $1 AND c.id = $2
    """,
    "centre_id", "course_id", "start", "end",
)  # fmt: skip

STAFF = _statement(
    """
    SELECT u.id, u.site_ids, u.discipline,
        array(SELECT row(weekday, starts, ends) FROM staff_working_hours
              WHERE staff_id = u.id) AS hours,
        array(SELECT row(kind, first_day, last_day) FROM staff_absences
              WHERE staff_id = u.id AND first_day <= $6 AND last_day >= $5) AS absences,
        met.ids, met.starts, met.ends
    FROM staff_users u
    LEFT JOIN LATERAL (
        SELECT array_agg(id) AS ids, array_agg(starts_at) AS starts, array_agg(ends_at) AS ends
        FROM (SELECT id, starts_at, ends_at FROM appointments
              WHERE staff_id = u.id AND status <> 'cancelled'
                AND during && tstzrange($3, $4)
              UNION ALL
              SELECT o.id, o.starts_at, o.ends_at FROM teams t
              JOIN team_occurrences o ON o.team_id = t.id
              WHERE t.centre_id = $1 AND u.id = ANY (t.therapist_ids)
                AND o.status = 'planned' AND o.starts_at >= $3 AND o.starts_at < $4) AS booked
    ) AS met ON true
    WHERE u.centre_id = $1 AND u.active AND $2 = ANY (u.site_ids) AND u.roles && $7::text[]
        AND ($8::uuid IS NULL OR u.id = $8)
    ORDER BY u.username
    """,
    "centre_id", "site_id", "start", "end", "first", "last", "roles", "therapist_id",
)  # fmt: skip

ROOMS = _statement(
    """
    SELECT r.id, r.site_id, r.capacity, met.ids, met.starts, met.ends,
        held.ids AS held_ids, held.starts AS held_starts, held.ends AS held_ends
    FROM rooms r
    LEFT JOIN LATERAL (
        SELECT array_agg(id) AS ids, array_agg(starts_at) AS starts, array_agg(ends_at) AS ends
        FROM appointments
        WHERE room_id = r.id AND status <> 'cancelled' AND starts_at >= $3 AND starts_at < $4
    ) AS met ON true
    LEFT JOIN LATERAL (
        SELECT array_agg(id) AS ids, array_agg(starts_at) AS starts, array_agg(ends_at) AS ends
        FROM team_occurrences
        WHERE room_id = r.id AND status = 'planned' AND starts_at >= $3 AND starts_at < $4
    ) AS held ON true
    WHERE r.centre_id = $1 AND r.site_id = $2 AND r.active
    """,
    "centre_id", "site_id", "start", "end",
)  # fmt: skip

TEAMS = _statement(
    """
    SELECT t.id, t.name, t.site_id, t.room_id, t.discipline, t.capacity, t.therapist_ids,
        t.starts_on, t.ends_on,
        array(SELECT row(weekday, starts, ends) FROM team_weekly_times
              WHERE team_id = t.id ORDER BY weekday) AS weekly,
        array(SELECT row(planned_on, starts_at, ends_at, status, moved) FROM team_occurrences
              WHERE team_id = t.id ORDER BY planned_on) AS occurrences,
        (SELECT count(*) FROM team_seats WHERE team_id = t.id AND released_on IS NULL)
        + (SELECT count(*) FROM team_waiting_list
           WHERE team_id = t.id AND offered_at IS NOT NULL AND course_id <> $3) AS taken
    FROM teams t
    WHERE t.centre_id = $1 AND t.site_id = $2
    ORDER BY t.name
    """,
    "centre_id", "site_id", "course_id",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class AssistantFacts:
    course: AssistedCourse
    therapists: list[Therapist]
    rooms: list[Room]
    teams: list[TeamFacts]
    team_names: dict[uuid.UUID, str]


@dataclass(frozen=True, slots=True)
class ProposalCourse:
    """The course as `COURSE` reads it: need to know first, then the rest."""

    row: Any

    @property
    def need_to_know(self) -> CourseFacts:
        row = self.row
        return CourseFacts(row["citizen_id"], row["earlier"], row["site_id"],
                           row["therapist_ids"] or (), row["case_site_id"],
                           row["case_assigned_to"])  # fmt: skip

    @property
    def citizen_id(self) -> uuid.UUID:
        return uuid.UUID(str(self.row["citizen_id"]))


def window(first: date, last: date) -> tuple[datetime, datetime]:
    """The instants from the start of `first` to the end of `last`, Copenhagen time."""
    start = datetime.combine(first, time(), tzinfo=COPENHAGEN)
    return start, datetime.combine(last + timedelta(days=1), time(), tzinfo=COPENHAGEN)


def course_values(
    centre_id: uuid.UUID, course_id: uuid.UUID, first: date, last: date
) -> dict[str, Any]:
    start, end = window(first, last)
    return {"centre_id": centre_id, "course_id": course_id, "start": start, "end": end}


def site_values(
    centre_id: uuid.UUID,
    course_id: uuid.UUID,
    site_id: uuid.UUID,
    first: date,
    last: date,
    therapist_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """`STAFF`, `ROOMS` and `TEAMS`'s values; with `therapist_id`, `STAFF` reads that member
    of staff alone (still only if clinical at the site)."""
    start, end = window(first, last)
    return {
        "centre_id": centre_id, "course_id": course_id, "site_id": site_id, "start": start,
        "end": end, "first": first, "last": last, "roles": sorted(CLINICAL_ROLES),
        "therapist_id": therapist_id,
    }  # fmt: skip


async def proposal_course(
    fetch: Fetch, centre_id: uuid.UUID, course_id: uuid.UUID, first: date, last: date
) -> ProposalCourse | None:
    """The course's row (`COURSE`); None for a course of no such id at the centre."""
    rows = await fetch(COURSE, course_values(centre_id, course_id, first, last))
    return ProposalCourse(rows[0]) if rows else None


def _day(moment: datetime) -> date:
    return moment.astimezone(COPENHAGEN).date()


def _slots(
    ids: Sequence[Any] | None,
    starts: Sequence[Any] | None,
    ends: Sequence[Any] | None,
    times: int = 1,
) -> list[Slot]:
    """The bookings a statement gives as three arrays (null for none), each `times` over."""
    return [
        Slot(id_, starts_at, ends_at)
        for id_, starts_at, ends_at in zip(ids or (), starts or (), ends or (), strict=True)
        for _ in range(times)
    ]


def _assisted(row: Any, first: date) -> AssistedCourse:
    legal_basis = row["legal_basis"]
    standard = ServiceStandard(
        Limit(legal_basis, LimitKind(kind), value, LimitUnit(unit), effective_from)
        for kind, value, unit, effective_from in row["limits"]
    )
    sessions = [
        Session(_day(at), SessionForm(form), SessionPurpose(purpose), Attendance(status))
        for at, form, purpose, status in row["booked"]
    ] + [
        Session(_day(at), SessionForm.TEAM)
        for at, from_day in row["seated"]
        if _day(at) >= from_day
    ]  # fmt: skip
    return AssistedCourse(
        row["id"], CourseStatus(row["status"]), row["site_id"],
        tuple(Discipline(d) for d in row["disciplines"] or ()), row["started_on"],
        row["ended_on"] or row["planned_end_on"],
        FrequencyLimits.from_standard(standard.in_force(legal_basis, first)),
        tuple(sessions),
        tuple(FrequencyException(ExceptionReason(reason), note, starts_on, ends_on)
              for reason, note, starts_on, ends_on in row["exceptions"]),
        tuple(_slots(row["citizen_ids"], row["citizen_starts"], row["citizen_ends"])),
    )  # fmt: skip


def _therapist(row: Any, discipline: Discipline) -> Therapist:
    given = Discipline(row["discipline"]) if row["discipline"] else discipline
    return Therapist(
        row["id"], given, frozenset(row["site_ids"]),
        tuple(WorkingHours(weekday, starts, ends) for weekday, starts, ends in row["hours"]),
        tuple(Absence(AbsenceKind(kind), first_day, last_day)
              for kind, first_day, last_day in row["absences"]),
        tuple(_slots(row["ids"], row["starts"], row["ends"])),
    )  # fmt: skip


def _team(row: Any) -> TeamFacts:
    team = Team(
        row["id"], row["name"], row["site_id"], row["room_id"], Discipline(row["discipline"]),
        tuple(WeeklyTime(weekday, starts, ends) for weekday, starts, ends in row["weekly"]),
        row["capacity"], tuple(row["therapist_ids"]), row["starts_on"], row["ends_on"],
    )  # fmt: skip
    occurrences = tuple(
        TeamOccurrence(row["id"], planned_on, starts_at, ends_at, OccurrenceStatus(status), moved)
        for planned_on, starts_at, ends_at, status, moved in row["occurrences"]
    )
    return TeamFacts(team, occurrences, int(row["taken"]))


async def assistant_facts(
    fetch: Fetch,
    course: ProposalCourse,
    *,
    centre_id: uuid.UUID,
    first: date,
    last: date,
    therapist_id: uuid.UUID | None = None,
) -> AssistantFacts:
    """Everything the assistant judges a course's times and seats by, from `first` to `last`:
    `STAFF`, `ROOMS` and `TEAMS` of the course's site (none for a course without one)."""
    row = course.row
    assisted = _assisted(row, first)
    if row["site_id"] is None:
        return AssistantFacts(assisted, [], [], [], {})
    values = site_values(centre_id, row["id"], row["site_id"], first, last, therapist_id)
    discipline = assisted.disciplines[0] if assisted.disciplines else None
    therapists = (
        [_therapist(staff, discipline) for staff in await fetch(STAFF, values)]
        if discipline is not None
        else []
    )
    rooms = [
        Room(room["id"], room["site_id"], room["capacity"],
             tuple(_slots(room["ids"], room["starts"], room["ends"])
                   + _slots(room["held_ids"], room["held_starts"], room["held_ends"],
                            room["capacity"])))
        for room in await fetch(ROOMS, values)
    ]  # fmt: skip
    teams = await fetch(TEAMS, values)
    return AssistantFacts(
        assisted, therapists, rooms, [_team(team) for team in teams],
        {team["id"]: team["name"] for team in teams},
    )  # fmt: skip
