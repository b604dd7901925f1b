"""Attendance on class seats, lean: registering several seats of one team occurrence in
three statements inside the request's transaction (persistence/scheduling/booking.py shows
the way), and the seats of occurrences with their registrations in force in one.

1. `FACTS`: the occurrence with its team, the seats asked for, and their courses locked
   (FOR NO KEY UPDATE, in the order of their ids, as the appointment path locks one course),
   with what need to know reads (the course's site and therapists, its case's site and
   caseworker).
2. `EVENTS`, after the locks, so it sees what a registration that held them committed: the
   events of those courses in recorded order, and their open flags (to keep a flag's raise
   time while the same registration raises it).
3. `WRITE`: the new events, the flags rewritten from the fold (upserted, the others of those
   courses deleted), the training-start deadline met by an attended session, and the
   access-log entry of the citizens, in one statement.

The rules are the domain's (`register`, `check_class_session`, `fold`); the statements only
read and store. A seat's session is named `seat_session(seat, occurrence)`, so a course's
appointments and seats fold together. Constants are written in the text: the statements'
only parameters are their named values.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from asyncpg.exceptions import UniqueViolationError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import CaseReach
from domain.attendance import (
    AttendanceEvent,
    Cancellation,
    CancellationReason,
    CancelledBy,
    Flag,
    FlagKind,
    FlagResolution,
    FlagResolved,
    Registration,
    seat_session,
)
from domain.errors import Conflict, NotFound
from domain.training import Attendance
from persistence.access import Compiled, run

TRAINING_START = "training_start"
LOCAL_DAY = "(o.starts_at AT TIME ZONE 'Europe/Copenhagen')::date"


def _statement(sql: str, *names: str) -> Compiled:
    """A statement written as the driver takes it, its $n parameters named in order."""
    return Compiled(" ".join(sql.split()), names)


FACTS = _statement(
    f"""
    WITH occ AS (
        SELECT o.id, o.team_id, o.starts_at, o.status, {LOCAL_DAY} AS day
        FROM team_occurrences o WHERE o.centre_id = $1 AND o.id = $2
    ), seat AS (
        SELECT s.id, s.course_id, s.citizen_id, s.from_day, s.released_on
        FROM team_seats s JOIN occ ON s.team_id = occ.team_id
        WHERE s.id = ANY($3::uuid[])
    ), course AS (
        SELECT c.id, c.case_id, c.site_id, c.therapist_ids, c.earlier, c.legal_basis
        FROM courses c
        WHERE c.centre_id = $1 AND c.id IN (SELECT course_id FROM seat)
        ORDER BY c.id FOR NO KEY UPDATE
    )
    SELECT occ.id, occ.starts_at, occ.status, occ.day,
        array(SELECT row(seat.id, seat.course_id, seat.citizen_id, seat.from_day,
                         seat.released_on, course.case_id, course.site_id,
                         course.therapist_ids, course.earlier, cases.site_id,
                         cases.assigned_to, course.legal_basis)
              FROM seat JOIN course ON course.id = seat.course_id
              LEFT JOIN cases ON cases.id = course.case_id) AS seats
    FROM occ
    """,  # noqa: S608 (LOCAL_DAY is a constant)
    "centre_id", "occurrence_id", "seat_ids",
)  # fmt: skip

EVENTS = _statement(
    """
    SELECT
        array(SELECT row(course_id, id, kind, appointment_id, seat_id, occurrence_id, version,
                         attendance, cancellation_reason, cancelled_by, reported_at,
                         corrects_id, flag_kind, resolution, recorded_at)
              FROM attendance_events WHERE course_id = ANY($1::uuid[]) ORDER BY seq) AS events,
        array(SELECT row(course_id, kind, raised_by, raised_at)
              FROM attendance_flags WHERE course_id = ANY($1::uuid[])) AS flags
    """,
    "course_ids",
)  # fmt: skip

_ENTRY = (
    "entry_centre_id", "entry_actor", "entry_request_id", "entry_operation", "entry_use",
    "entry_criterion", "entry_user_id", "entry_api_key_id", "entry_client", "entry_outcome",
)  # fmt: skip

WRITE = _statement(
    f"""
    WITH added AS (
        INSERT INTO attendance_events (id, centre_id, course_id, kind, seat_id, occurrence_id,
            version, attendance, cancellation_reason, cancelled_by, reported_at, corrects_id,
            recorded_by, recorded_at)
        SELECT e.id, $1, e.course_id, 'registration', e.seat_id, $2, e.version, e.attendance,
               e.reason, e.by, e.reported_at, e.corrects, $3, $4
        FROM unnest($5::uuid[], $6::uuid[], $7::uuid[], $8::int[], $9::text[], $10::text[],
                    $11::text[], $12::timestamptz[], $13::uuid[])
             AS e(id, course_id, seat_id, version, attendance, reason, by, reported_at,
                  corrects)
        RETURNING id
    ), raised AS (
        INSERT INTO attendance_flags (course_id, kind, centre_id, count, raised_by, raised_at)
        SELECT f.course_id, f.kind, $1, f.count, f.raised_by, f.raised_at
        FROM unnest($14::uuid[], $15::text[], $16::int[], $17::uuid[], $18::timestamptz[])
             AS f(course_id, kind, count, raised_by, raised_at)
        ON CONFLICT (course_id, kind) DO UPDATE
        SET count = excluded.count, raised_by = excluded.raised_by,
            raised_at = excluded.raised_at
    ), lowered AS (
        DELETE FROM attendance_flags
        WHERE course_id = ANY($19::uuid[])
          AND (course_id, kind) NOT IN (SELECT * FROM unnest($14::uuid[], $15::text[]))
    ), met AS (
        UPDATE case_deadlines SET met_on = $20
        WHERE case_id = ANY($21::uuid[]) AND kind = '{TRAINING_START}' AND met_on IS NULL
    ), logged AS (
        INSERT INTO access_log (centre_id, actor, request_id, operation, use, criterion,
                                user_id, api_key_id, client, outcome, citizen_ids)
        VALUES ({", ".join(f"${22 + n}" for n in range(len(_ENTRY)))}, $32::uuid[])
    )
    SELECT count(*) AS added FROM added
    """,  # noqa: S608 (built from constants)
    "centre_id", "occurrence_id", "recorded_by", "recorded_at",
    "ids", "course_ids", "seat_ids", "versions", "attendances", "reasons", "bys",
    "reported_ats", "corrects",
    "flag_courses", "flag_kinds", "flag_counts", "flag_raised_by", "flag_raised_at",
    "courses", "day", "training_cases", *_ENTRY, "citizen_ids",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SeatFacts:
    """A seat asked for, with its course's need-to-know facts."""

    seat_id: uuid.UUID
    course_id: uuid.UUID
    citizen_id: uuid.UUID
    from_day: date
    released_on: date | None
    case_id: uuid.UUID | None
    site_id: uuid.UUID | None
    therapist_ids: Sequence[uuid.UUID]
    earlier: bool
    case_site_id: uuid.UUID | None
    case_assigned_to: uuid.UUID | None
    legal_basis: str

    def visible(self, reach: CaseReach | None) -> bool:
        """`api.training.may_see_course` on the row read: the course's therapists, its site,
        or its case within reach; an earlier (archived) course never."""
        if self.earlier:
            return False
        if reach is None:
            return True
        if reach.user_id is not None and reach.user_id in self.therapist_ids:
            return True
        if self.site_id is not None and self.site_id in reach.site_ids:
            return True
        return self.case_site_id is not None and reach.covers(
            self.case_site_id, self.case_assigned_to
        )


@dataclass(frozen=True, slots=True)
class OccurrenceFacts:
    id: uuid.UUID
    starts_at: datetime
    status: str
    day: date
    seats: Mapping[uuid.UUID, SeatFacts]


def facts_values(
    centre_id: uuid.UUID, occurrence_id: uuid.UUID, seat_ids: Sequence[uuid.UUID]
) -> dict[str, Any]:
    return {"centre_id": centre_id, "occurrence_id": occurrence_id, "seat_ids": list(seat_ids)}


def occurrence_facts(rows: Sequence[Any]) -> OccurrenceFacts:
    """`FACTS`'s answer read; NotFound for an unknown occurrence."""
    if not rows:
        raise NotFound("Holdgangen findes ikke.")
    row = rows[0]
    seats = {
        seat[0]: SeatFacts(
            seat[0], seat[1], seat[2], seat[3], seat[4], seat[5], seat[6], seat[7] or (),
            seat[8], seat[9], seat[10], seat[11],
        )
        for seat in row["seats"]
    }  # fmt: skip
    return OccurrenceFacts(row["id"], row["starts_at"], row["status"], row["day"], seats)


async def class_facts(
    session: AsyncSession, centre_id: uuid.UUID, occurrence_id: uuid.UUID,
    seat_ids: Sequence[uuid.UUID],
) -> OccurrenceFacts:  # fmt: skip
    """The occurrence and the seats asked for (those of its team), their courses locked."""
    return occurrence_facts(
        await run(session, FACTS, facts_values(centre_id, occurrence_id, seat_ids))
    )


@dataclass(frozen=True, slots=True)
class KeptFlag:
    raised_by: uuid.UUID
    raised_at: datetime


@dataclass(frozen=True, slots=True)
class CourseEvents:
    """The courses' events in recorded order, with the seat sessions' last versions."""

    events: Mapping[uuid.UUID, list[AttendanceEvent]]
    versions: Mapping[uuid.UUID, int]  # seat session -> its last version
    flags: Mapping[tuple[uuid.UUID, str], KeptFlag]


def _event(row: Sequence[Any]) -> AttendanceEvent:
    (_, id_, kind, appointment_id, seat_id, occurrence_id, _version, attendance, reason, by,
     reported_at, corrects, flag_kind, resolution, recorded_at) = row  # fmt: skip
    if kind == "flag_resolution":
        return FlagResolved(id_, FlagKind(flag_kind), FlagResolution(resolution), "", recorded_at)
    cancellation = None
    if reason and by and reported_at:
        cancellation = Cancellation(CancellationReason(reason), CancelledBy(by), reported_at)
    session_id = appointment_id or seat_session(seat_id, occurrence_id)
    return Registration(
        id_, session_id, Attendance(attendance), recorded_at, cancellation, corrects
    )


def events_of(row: Any, course_ids: Sequence[uuid.UUID]) -> CourseEvents:
    """`EVENTS`'s answer read, by course."""
    events: dict[uuid.UUID, list[AttendanceEvent]] = {course: [] for course in course_ids}
    versions: dict[uuid.UUID, int] = {}
    for event in row["events"]:
        events[event[0]].append(_event(event))
        if event[4] is not None:
            key = seat_session(event[4], event[5])
            versions[key] = max(versions.get(key, 0), event[6])
    flags = {(flag[0], flag[1]): KeptFlag(flag[2], flag[3]) for flag in row["flags"]}
    return CourseEvents(events, versions, flags)


async def course_events(session: AsyncSession, course_ids: Sequence[uuid.UUID]) -> CourseEvents:
    """Read after `class_facts` locked the courses."""
    row = (await run(session, EVENTS, {"course_ids": list(course_ids)}))[0]
    return events_of(row, course_ids)


@dataclass(frozen=True, slots=True)
class SeatRegistration:
    """A registration the domain made for a seat, to be stored."""

    registration: Registration
    course_id: uuid.UUID
    seat_id: uuid.UUID
    version: int


def write_values(
    *,
    centre_id: uuid.UUID,
    occurrence_id: uuid.UUID,
    day: date,
    made: Sequence[SeatRegistration],
    flags: Mapping[uuid.UUID, Sequence[Flag]],
    kept: Mapping[tuple[uuid.UUID, str], KeptFlag],
    training_cases: Sequence[uuid.UUID],
    citizen_ids: Sequence[uuid.UUID],
    recorded_by: str,
    now: datetime,
    entry: Mapping[str, Any],
) -> dict[str, Any]:
    """`WRITE`'s values: the registrations, the open flags of their courses as the fold
    left them (a flag still raised by the same registration keeps its raise time), the
    training start of `training_cases` met on `day`, and the access-log entry."""
    flag_rows = []
    for course_id, open_flags in flags.items():
        for flag in open_flags:
            before = kept.get((course_id, flag.kind.value))
            same = before is not None and before.raised_by == flag.raised_by
            raised_at = before.raised_at if before is not None and same else now
            flag_rows.append((course_id, flag.kind.value, flag.count, flag.raised_by, raised_at))
    cancellations = [item.registration.cancellation for item in made]
    values = {
        "centre_id": centre_id, "occurrence_id": occurrence_id, "recorded_by": recorded_by,
        "recorded_at": now,
        "ids": [item.registration.id for item in made],
        "course_ids": [item.course_id for item in made],
        "seat_ids": [item.seat_id for item in made],
        "versions": [item.version for item in made],
        "attendances": [item.registration.attendance.value for item in made],
        "reasons": [c.reason.value if c else None for c in cancellations],
        "bys": [c.by.value if c else None for c in cancellations],
        "reported_ats": [c.reported_at if c else None for c in cancellations],
        "corrects": [item.registration.corrects for item in made],
        "flag_courses": [row[0] for row in flag_rows],
        "flag_kinds": [row[1] for row in flag_rows],
        "flag_counts": [row[2] for row in flag_rows],
        "flag_raised_by": [row[3] for row in flag_rows],
        "flag_raised_at": [row[4] for row in flag_rows],
        "courses": list(flags), "day": day, "training_cases": list(training_cases),
        **entry, "citizen_ids": list(dict.fromkeys(citizen_ids)),
    }  # fmt: skip
    return values


async def store_class_registrations(session: AsyncSession, **given: Any) -> None:
    """`WRITE` with `write_values(**given)`: one statement."""
    try:
        await run(session, WRITE, write_values(**given))
    except UniqueViolationError:
        # The courses' locks queue registrations of a seat; the index is the last word.
        raise Conflict(
            "Fremmødet blev registreret af en anden samtidig; hent holdgangen igen.",
            field="seat_id", rule="attendance_once",
        ) from None  # fmt: skip


# The seats of occurrences as registered: one statement, the citizens shown logged with it.

_VISIBLE = """
    NOT c.earlier AND ($3 OR c.site_id = ANY($4::uuid[])
        OR ($5::uuid IS NOT NULL AND $5::uuid = ANY(c.therapist_ids))
        OR EXISTS (SELECT FROM cases k WHERE k.id = c.case_id
                   AND (k.site_id = ANY($4::uuid[])
                        OR ($5::uuid IS NOT NULL AND k.assigned_to = $5::uuid))))
"""

SEATS = _statement(
    f"""
    WITH page AS (
        SELECT o.id AS occurrence_id, s.id AS seat_id, s.course_id,
               ({_VISIBLE}) AS visible, s.citizen_id AS seat_citizen_id,
               latest.id AS registration_id, latest.attendance, latest.cancellation_reason,
               latest.cancelled_by
        FROM team_occurrences o
        JOIN team_seats s ON s.team_id = o.team_id AND s.from_day <= {LOCAL_DAY}
             AND (s.released_on IS NULL OR s.released_on > {LOCAL_DAY})
        JOIN courses c ON c.id = s.course_id
        LEFT JOIN LATERAL (
            SELECT e.id, e.attendance, e.cancellation_reason, e.cancelled_by
            FROM attendance_events e
            WHERE e.seat_id = s.id AND e.occurrence_id = o.id
            ORDER BY e.version DESC LIMIT 1
        ) latest ON true
        WHERE o.centre_id = $1 AND o.id = ANY($2::uuid[])
    ), logged AS (
        INSERT INTO access_log (centre_id, actor, request_id, operation, use, criterion,
                                user_id, api_key_id, client, outcome, citizen_ids)
        SELECT {", ".join(f"${6 + n}" for n in range(len(_ENTRY)))},
               array_agg(DISTINCT seat_citizen_id)
        FROM page WHERE visible HAVING count(*) > 0
    )
    SELECT page.occurrence_id, page.seat_id, page.course_id,
           CASE WHEN page.visible THEN page.seat_citizen_id END AS citizen_id,
           CASE WHEN page.visible THEN citizens.name END AS citizen_name,
           page.registration_id, page.attendance, page.cancellation_reason, page.cancelled_by
    FROM page JOIN citizens ON citizens.id = page.seat_citizen_id
    ORDER BY page.occurrence_id, citizens.name, page.seat_id
    """,  # noqa: S608 (built from constants)
    "centre_id", "occurrence_ids", "reach_all", "reach_site_ids", "reach_user_id", *_ENTRY,
)  # fmt: skip


def reach_values(reach: CaseReach | None) -> dict[str, Any]:
    if reach is None:
        return {"reach_all": True, "reach_site_ids": [], "reach_user_id": None}
    return {"reach_all": False, "reach_site_ids": sorted(reach.site_ids),
            "reach_user_id": reach.user_id}  # fmt: skip


async def seats_of_occurrences(
    session: AsyncSession, centre_id: uuid.UUID, occurrence_ids: Sequence[uuid.UUID],
    reach: CaseReach | None, entry: Mapping[str, Any],
) -> Sequence[Any]:  # fmt: skip
    """The seats held on each occurrence's day, with the registration in force (the newest
    version; `attendance` 'booked' when a correction set it back), the citizen named only
    where the caller may see the course, and those citizens logged."""
    if not occurrence_ids:
        return []
    values = {"centre_id": centre_id, "occurrence_ids": list(occurrence_ids),
              **reach_values(reach), **entry}  # fmt: skip
    return await run(session, SEATS, values)


OCCURRENCES = _statement(
    """
    SELECT o.id, o.team_id, t.name AS team_name, o.starts_at, o.ends_at, o.status
    FROM team_occurrences o JOIN teams t ON t.id = o.team_id
    WHERE o.centre_id = $1 AND o.starts_at >= $2 AND o.starts_at < $3
      AND ($4::uuid IS NULL OR $4::uuid = ANY(t.therapist_ids))
    ORDER BY o.starts_at, t.name
    """,
    "centre_id", "start", "end", "staff_id",
)  # fmt: skip

OCCURRENCE = _statement(
    """
    SELECT o.id, o.team_id, t.name AS team_name, o.starts_at, o.ends_at, o.status
    FROM team_occurrences o JOIN teams t ON t.id = o.team_id
    WHERE o.centre_id = $1 AND o.id = $2
    """,
    "centre_id", "occurrence_id",
)  # fmt: skip


async def occurrences_of_day(
    session: AsyncSession, centre_id: uuid.UUID, start: datetime, end: datetime,
    staff_id: uuid.UUID | None,
) -> Sequence[Any]:  # fmt: skip
    """The occurrences starting in [start, end) of the teams `staff_id` is a therapist of
    (every team's without one), cancelled ones too."""
    values = {"centre_id": centre_id, "start": start, "end": end, "staff_id": staff_id}
    return await run(session, OCCURRENCES, values)


async def occurrence(session: AsyncSession, centre_id: uuid.UUID, occurrence_id: uuid.UUID) -> Any:
    rows = await run(session, OCCURRENCE, {"centre_id": centre_id, "occurrence_id": occurrence_id})
    if not rows:
        raise NotFound("Holdgangen findes ikke.")
    return rows[0]


# An occurrence the centre cancels: the citizens' cancellations in force on it, their
# courses locked (in the order of their ids) before their events are read.

CITIZEN_CANCELLATIONS = _statement(
    f"""
    SELECT e.id, e.course_id, e.seat_id, e.occurrence_id, e.version, c.citizen_id,
           c.legal_basis, o.starts_at, {LOCAL_DAY} AS day
    FROM attendance_events e
    JOIN team_occurrences o ON o.id = e.occurrence_id
    JOIN courses c ON c.id = e.course_id
    WHERE o.centre_id = $1 AND o.id = ANY($2::uuid[]) AND e.kind = 'registration'
      AND e.attendance = 'cancelled' AND e.cancelled_by = 'citizen'
      AND NOT EXISTS (SELECT FROM attendance_events n
                      WHERE n.seat_id = e.seat_id AND n.occurrence_id = e.occurrence_id
                        AND n.version > e.version)
    ORDER BY c.id, e.occurrence_id, e.seat_id
    FOR NO KEY UPDATE OF c
    """,  # noqa: S608 (LOCAL_DAY is a constant)
    "centre_id", "occurrence_ids",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CitizenCancellation:
    """A citizen's cancellation in force on a seat at an occurrence."""

    registration_id: uuid.UUID
    course_id: uuid.UUID
    seat_id: uuid.UUID
    occurrence_id: uuid.UUID
    version: int
    citizen_id: uuid.UUID
    legal_basis: str
    starts_at: datetime
    day: date


async def citizen_cancellations_on(
    session: AsyncSession, centre_id: uuid.UUID, occurrence_ids: Sequence[uuid.UUID]
) -> list[CitizenCancellation]:
    """The citizens' cancellations in force on the occurrences, their courses locked."""
    if not occurrence_ids:
        return []
    rows = await run(
        session, CITIZEN_CANCELLATIONS,
        {"centre_id": centre_id, "occurrence_ids": list(occurrence_ids)},
    )  # fmt: skip
    return [CitizenCancellation(*row.values()) for row in rows]


REGISTERED_ON_TEAM = _statement(
    """
    SELECT DISTINCT e.course_id FROM attendance_events e
    JOIN team_occurrences o ON o.id = e.occurrence_id
    WHERE o.centre_id = $1 AND o.team_id = $2 AND o.planned_on >= $3
    """,
    "centre_id", "team_id", "from_day",
)  # fmt: skip

LOCK_COURSES = _statement(
    """
    SELECT c.id, c.citizen_id, c.legal_basis FROM courses c
    WHERE c.centre_id = $1 AND c.id = ANY($2::uuid[])
    ORDER BY c.id FOR NO KEY UPDATE
    """,
    "centre_id", "course_ids",
)  # fmt: skip


async def courses_registered_on_team(
    session: AsyncSession, centre_id: uuid.UUID, team_id: uuid.UUID, from_day: date
) -> list[uuid.UUID]:
    """The courses with registrations on the team's occurrences planned from `from_day`."""
    values = {"centre_id": centre_id, "team_id": team_id, "from_day": from_day}
    return [row["course_id"] for row in await run(session, REGISTERED_ON_TEAM, values)]


async def lock_courses(
    session: AsyncSession, centre_id: uuid.UUID, course_ids: Sequence[uuid.UUID]
) -> list[tuple[uuid.UUID, uuid.UUID, str]]:
    """The courses locked in the order of their ids: (id, citizen id, legal basis)."""
    values = {"centre_id": centre_id, "course_ids": list(course_ids)}
    return [(row["id"], row["citizen_id"], row["legal_basis"])
            for row in await run(session, LOCK_COURSES, values)]  # fmt: skip
