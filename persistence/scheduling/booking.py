"""Booking a course's session, lean: every rule of `appointments.book_appointment` in three
statements inside the request's transaction (persistence/access/reads.py shows the way).

1. `FACTS`: the course, locked (FOR NO KEY UPDATE, as before) with its case for need to know,
   the room locked the same way, and what the rules read that no lock guards: the legal
   basis's kind, the provider and the supervisor, the working week, the day's absences and
   the service standard's limits for the course's legal basis.
2. `COUNTS`, after the locks, so it sees what a booking that held them committed: the
   course's sessions of the ISO week, the room's bookings and held team occurrences in the
   time (a team has the whole room), and the course's frequency exceptions.
3. `INSERT`: the appointment and its access-log entry in one statement. `ON CONFLICT DO
   NOTHING` lets the exclusion constraints refuse an overlap without aborting the
   transaction, so `CLASH` names the booking met in the same transaction, no savepoint.

The rules themselves are the domain's, checked in the order `book_appointment` checks them,
so every refusal names the same rule and field as before. Constants are written in the text:
the statements' only parameters are their named values.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar import WorkingDayCalendar
from domain.casework import Training
from domain.centre import Limit, LimitKind, LimitUnit, ServiceStandard
from domain.errors import NotFound, RuleViolation
from domain.scheduling import (
    Absence,
    AbsenceKind,
    ProviderKind,
    Resource,
    Slot,
    TeamInRoom,
    WorkingHours,
    booking_reason,
    check_assistant_site,
    check_place,
    check_provider_role,
    check_room_capacity,
    check_room_free_of_teams,
    check_staff_available,
    check_supervision,
    check_supervisor_role,
    check_times,
    clash,
)
from domain.training import (
    Attendance,
    CourseStatus,
    ExceptionReason,
    FrequencyException,
    FrequencyLimits,
    IsoWeek,
    Session,
    SessionForm,
    SessionPurpose,
    check_frequency,
    check_session_day,
)
from persistence.access import Compiled, run
from persistence.scheduling.appointments import Booking, _local_day, _week_bounds
from persistence.scheduling.week import BOOKING_FIELDS


def _statement(sql: str, *names: str) -> Compiled:
    """A statement written as the driver takes it, its $n parameters named in order."""
    return Compiled(" ".join(sql.split()), names)


FACTS = _statement(
    """
    WITH course AS (
        SELECT id, citizen_id, case_id, legal_basis, site_id, status, started_on, ended_on,
               planned_end_on, earlier, therapist_ids
        FROM courses WHERE centre_id = $1 AND id = $2
        FOR NO KEY UPDATE
    ), room AS (
        SELECT site_id, capacity, active FROM rooms
        WHERE centre_id = $1 AND id = $6 AND EXISTS (SELECT FROM course)
        FOR NO KEY UPDATE
    )
    SELECT course.*, cases.site_id AS case_site_id, cases.assigned_to AS case_assigned_to,
        (SELECT training FROM legal_bases WHERE code = course.legal_basis) AS training,
        (SELECT row(centre_id = $1 AND active, roles, site_ids) FROM staff_users WHERE id = $3)
            AS staff,
        (SELECT centre_id = $1 AND active FROM staff_users WHERE id = $4) AS supervisor,
        (SELECT roles FROM staff_users WHERE id = $4) AS supervisor_roles,
        (SELECT centre_id = $1 FROM home_helpers WHERE id = $5) AS home_helper,
        (SELECT row(site_id, capacity, active) FROM room) AS room,
        array(SELECT row(weekday, starts, ends) FROM staff_working_hours
              WHERE centre_id = $1 AND staff_id = $3 ORDER BY weekday, starts) AS hours,
        array(SELECT row(kind, first_day, last_day) FROM staff_absences
              WHERE centre_id = $1 AND staff_id = $3 AND first_day <= $7
                AND last_day >= $7) AS absences,
        array(SELECT row(kind, value, unit, effective_from) FROM service_standard_limits
              WHERE centre_id = $1 AND legal_basis = course.legal_basis
              ORDER BY effective_from) AS limits
    FROM course LEFT JOIN cases ON cases.id = course.case_id
    """,
    "centre_id", "course_id", "staff_id", "supervisor_id", "home_helper_id", "room_id", "day",
)  # fmt: skip

COUNTS = _statement(
    """
    SELECT
        array(SELECT row(starts_at, form, purpose, status) FROM appointments
              WHERE course_id = $1 AND starts_at >= $2 AND starts_at < $3) AS week,
        array(SELECT row(id, starts_at, ends_at) FROM appointments
              WHERE room_id = $4 AND status <> 'cancelled'
                AND during && tstzrange($5, $6)) AS room_booked,
        array(SELECT row(o.id, t.name, o.starts_at, o.ends_at)
              FROM team_occurrences o JOIN teams t ON t.id = o.team_id
              WHERE o.room_id = $4 AND o.status = 'planned'
                AND o.during && tstzrange($5, $6)) AS room_teams,
        array(SELECT row(reason, note, starts_on, ends_on) FROM frequency_exceptions
              WHERE course_id = $1 ORDER BY starts_on) AS exceptions
    """,
    "course_id", "week_start", "week_end", "room_id", "starts_at", "ends_at",
)  # fmt: skip

_COLUMNS = (
    "centre_id", "citizen_id", "course_id", "case_id", "purpose", "form", "discipline",
    "provider", "staff_id", "home_helper_id", "supervisor_id", "place", "site_id", "room_id",
    "starts_at", "ends_at", "outside_hours_reason", "booked_by",
)  # fmt: skip
_ENTRY = (
    "entry_centre_id", "entry_actor", "entry_request_id", "entry_operation", "entry_use",
    "entry_criterion", "entry_user_id", "entry_api_key_id", "entry_client", "entry_outcome",
)  # fmt: skip
_AT = len(_COLUMNS)

INSERT = _statement(
    f"""
    WITH booked AS (
        INSERT INTO appointments ({", ".join(_COLUMNS)})
        VALUES ({", ".join(f"${n}" for n in range(1, _AT + 1))})
        ON CONFLICT DO NOTHING
        RETURNING {", ".join(BOOKING_FIELDS)}, citizen_id
    ), logged AS (
        INSERT INTO access_log (centre_id, actor, request_id, operation, use, criterion,
                                user_id, api_key_id, client, outcome, citizen_ids)
        SELECT {", ".join(f"${_AT + n}" for n in range(1, len(_ENTRY) + 1))},
               ARRAY[booked.citizen_id] FROM booked
    )
    SELECT * FROM booked
    """,  # noqa: S608 (built from the constant column names above)
    *_COLUMNS, *_ENTRY,
)  # fmt: skip

# The booking an overlap met, by the resource the database checks first: the exclusion
# constraints are checked in the order of their indexes' age (the citizen's, the home
# helper's, the staff member's).
CLASH = _statement(
    """
    SELECT CASE WHEN citizen_id = $1 THEN 1 WHEN home_helper_id = $2 THEN 2 ELSE 3 END
           AS resource, id
    FROM appointments
    WHERE (citizen_id = $1 OR home_helper_id = $2 OR staff_id = $3)
      AND status <> 'cancelled' AND during && tstzrange($4, $5)
    ORDER BY resource, starts_at LIMIT 1
    """,
    "citizen_id", "home_helper_id", "staff_id", "starts_at", "ends_at",
)  # fmt: skip
_CLASHED = {1: Resource.CITIZEN, 2: Resource.HOME_HELPER, 3: Resource.STAFF}


@dataclass(frozen=True, slots=True)
class BookedSession:
    """The booked appointment, as the API's `AppointmentOut` answers it."""

    id: uuid.UUID
    course_id: uuid.UUID | None
    case_id: uuid.UUID | None
    purpose: str
    discipline: str | None
    provider: str
    staff_id: uuid.UUID | None
    home_helper_id: uuid.UUID | None
    supervisor_id: uuid.UUID | None
    place: str
    site_id: uuid.UUID | None
    room_id: uuid.UUID | None
    starts_at: datetime
    ends_at: datetime
    status: str
    outside_hours_reason: str | None
    booked_by: str
    citizen_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class CourseFacts:
    """What the course's row tells need to know: its citizen, site, therapists and case."""

    citizen_id: uuid.UUID
    earlier: bool
    site_id: uuid.UUID | None
    therapist_ids: Sequence[uuid.UUID]
    case_site_id: uuid.UUID | None
    case_assigned_to: uuid.UUID | None


def facts_values(booking: Booking) -> dict[str, Any]:
    return {
        "centre_id": booking.centre_id, "course_id": booking.course_id,
        "staff_id": booking.staff_id, "supervisor_id": booking.supervisor_id,
        "home_helper_id": booking.home_helper_id, "room_id": booking.place.room_id,
        "day": _local_day(booking.starts_at),
    }  # fmt: skip


def counts_values(booking: Booking) -> dict[str, Any]:
    start, end = _week_bounds(IsoWeek.of(_local_day(booking.starts_at)))
    return {
        "course_id": booking.course_id, "week_start": start, "week_end": end,
        "room_id": booking.place.room_id, "starts_at": booking.starts_at,
        "ends_at": booking.ends_at,
    }  # fmt: skip


def insert_values(
    booking: Booking, case_id: uuid.UUID | None, entry: Mapping[str, Any]
) -> dict[str, Any]:
    return {
        "centre_id": booking.centre_id, "citizen_id": booking.citizen_id,
        "course_id": booking.course_id, "case_id": case_id, "purpose": booking.purpose.value,
        "form": booking.form.value,
        "discipline": None if booking.discipline is None else booking.discipline.value,
        "provider": booking.provider.value, "staff_id": booking.staff_id,
        "home_helper_id": booking.home_helper_id, "supervisor_id": booking.supervisor_id,
        "place": booking.place.kind.value, "site_id": booking.place.site_id,
        "room_id": booking.place.room_id, "starts_at": booking.starts_at,
        "ends_at": booking.ends_at,
        "outside_hours_reason": booking_reason(booking.outside_hours_reason),
        "booked_by": booking.booked_by, **entry,
    }  # fmt: skip


class Facts:
    """The booking's facts (`FACTS`), read before any rule is checked."""

    def __init__(self, row: Any) -> None:
        self.row = row

    @property
    def course(self) -> CourseFacts:
        row = self.row
        return CourseFacts(row["citizen_id"], row["earlier"], row["site_id"],
                           row["therapist_ids"] or (), row["case_site_id"],
                           row["case_assigned_to"])  # fmt: skip


async def course_facts(session: AsyncSession, booking: Booking) -> Facts:
    """The course (locked) and the rest of the booking's facts; NotFound for an unknown
    course, as `get_course` answers it."""
    rows = await run(session, FACTS, facts_values(booking))
    if not rows:
        raise NotFound("Forløbet findes ikke.")
    return Facts(rows[0])


async def book_session(
    session: AsyncSession,
    booking: Booking,
    facts: Facts,
    *,
    calendar: WorkingDayCalendar,
    entry: Mapping[str, Any],
) -> BookedSession:
    """Book a course's session after every rule of `book_appointment`, in its order, on
    `facts` (`course_facts`, read first for need to know): times (not on a closure day of
    `calendar`), place, the course (open, in its period, supervision), the supervisor, the
    provider's role, working hours and absences (unless a reason is given), the room's
    capacity, the week's frequency; then the database's overlap checks. The entry (the
    access log's, persistence.access's `entry`) is written with the appointment."""
    row = facts.row
    check_times(booking.starts_at, booking.ends_at, calendar=calendar)
    check_place(booking.place, room_required=True)
    day = _local_day(booking.starts_at)
    check_session_day(
        CourseStatus(row["status"]), started_on=row["started_on"],
        ends_on=row["ended_on"] or row["planned_end_on"], day=day,
    )  # fmt: skip
    maintenance = row["training"] != Training.REHABILITATION.value
    check_supervision(
        booking.provider, maintenance=maintenance, supervisor_id=booking.supervisor_id
    )
    if booking.supervisor_id is not None:
        if not row["supervisor"]:
            raise NotFound("Den superviserende terapeut findes ikke.", field="supervisor_id")
        check_supervisor_role(row["supervisor_roles"] or ())
    _check_provider(booking, row)
    counts = (await run(session, COUNTS, counts_values(booking)))[0]
    if booking.place.room_id is not None:
        room = row["room"]
        if room is None or not room[2] or room[0] != booking.place.site_id:
            raise NotFound("Lokalet findes ikke på centret.", field="place.room_id")
        check_room_free_of_teams(
            booking.starts_at, booking.ends_at, [TeamInRoom(*held) for held in counts["room_teams"]]
        )
        booked = [Slot(*slot) for slot in counts["room_booked"]]
        check_room_capacity(booking.starts_at, booking.ends_at, capacity=room[1], booked=booked)
    _check_frequency(booking, row, counts)
    values = insert_values(booking, row["case_id"], entry)
    made = await run(session, INSERT, values)
    if not made:
        raise await _clash(session, booking)
    return BookedSession(*made[0])


def _check_provider(booking: Booking, row: Any) -> None:
    if booking.provider is ProviderKind.HOME_HELPER:
        if not row["home_helper"] or booking.staff_id is not None:
            raise NotFound("Hjemmehjælperen findes ikke.", field="home_helper_id")
        return
    staff = row["staff"]
    if staff is None or not staff[0]:
        raise NotFound("Medarbejderen findes ikke.", field="staff_id")
    if booking.home_helper_id is not None:
        raise RuleViolation("Angiv enten en medarbejder eller en hjemmehjælper.",
                            field="home_helper_id", rule="provider")  # fmt: skip
    check_provider_role(booking.provider, staff[1])
    check_assistant_site(booking.provider, staff[2] or (), row["site_id"])
    check_staff_available(
        booking.starts_at, booking.ends_at,
        hours=[WorkingHours(*stretch) for stretch in row["hours"]],
        absences=[Absence(AbsenceKind(kind), first, last) for kind, first, last in row["absences"]],
        reason=booking.outside_hours_reason,
    )  # fmt: skip


def _check_frequency(booking: Booking, row: Any, counts: Any) -> None:
    day = _local_day(booking.starts_at)
    legal_basis = row["legal_basis"]
    standard = ServiceStandard(
        Limit(legal_basis, LimitKind(kind), value, LimitUnit(unit), effective_from)
        for kind, value, unit, effective_from in row["limits"]
    )
    limits = FrequencyLimits.from_standard(standard.in_force(legal_basis, day))
    booked = [
        Session(_local_day(at), SessionForm(form), SessionPurpose(purpose), Attendance(status))
        for at, form, purpose, status in counts["week"]
    ]
    exceptions = [
        FrequencyException(ExceptionReason(reason), note, starts_on, ends_on)
        for reason, note, starts_on, ends_on in counts["exceptions"]
    ]
    new = Session(day, booking.form, booking.purpose)
    check_frequency(booked, new, limits, exceptions)


async def _clash(session: AsyncSession, booking: Booking) -> Exception:
    """The booking an overlap met (the one place for a lean booking; `_clash` in
    appointments.py for the others)."""
    found = await run(
        session, CLASH,
        {"citizen_id": booking.citizen_id, "home_helper_id": booking.home_helper_id,
         "staff_id": booking.staff_id, "starts_at": booking.starts_at,
         "ends_at": booking.ends_at},
    )  # fmt: skip
    if not found:  # the booking met was cancelled meanwhile: name the provider's calendar
        return clash(Resource.STAFF, None)
    return clash(_CLASHED[found[0]["resource"]], found[0]["id"])
