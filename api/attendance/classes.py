"""Attendance on class seats: registering several (or all) seats of one team occurrence in
one transaction, and the occurrences of a day with their seats as registered.

The write is lean (persistence/attendance/classes.py): the occurrence, the seats and their
courses (locked) in one statement, the courses' events in a second, and the events, flags,
training start and access-log entry in a third. The rules are the domain's, as on the
appointment path: each seat's registration is checked against its course's fold, so the
course's flags count its appointments and seats together.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from api.attendance.schemas import (
    ClassRegisteredOut,
    ClassRegistrationIn,
    ClassSeatOut,
    ClassSessionOut,
    CourseCountsOut,
    SeatMarkIn,
    SeatRegistrationOut,
)
from api.unit_of_work import UnitOfWork
from domain.attendance import (
    AttendanceEvent,
    AttendanceRules,
    AttendanceState,
    Cancellation,
    CancellationReason,
    CancelledBy,
    check_class_session,
    fold,
    register,
    rules_in_force,
    seat_session,
)
from domain.calendar import COPENHAGEN
from domain.centre import ServiceStandard
from domain.errors import DomainError, NotFound, RuleViolation
from domain.scheduling import OccurrenceStatus
from domain.training import Attendance
from persistence import attendance
from persistence.attendance import CourseEvents, OccurrenceFacts, SeatRegistration


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(), tzinfo=COPENHAGEN)
    return start, datetime.combine(day + timedelta(days=1), time(), tzinfo=COPENHAGEN)


def _rules(standard: ServiceStandard, legal_basis: str, day: date) -> AttendanceRules:
    """As `persistence.attendance.rules_of`: the standards' "more than 2" where no version
    is in force."""
    try:
        return rules_in_force(standard.in_force(legal_basis, day))
    except RuleViolation:
        return rules_in_force({})


def _in_mark(index: int, error: DomainError) -> DomainError:
    """The error of one mark, its field named within the body's list."""
    error.field = f"marks.{index}.{error.field}" if error.field else f"marks.{index}"
    return error


def plan_marks(
    facts: OccurrenceFacts,
    read: CourseEvents,
    marks: Sequence[SeatMarkIn],
    now: datetime,
    standard: ServiceStandard,
) -> tuple[list[SeatRegistration], dict[uuid.UUID, AttendanceState]]:
    """Every mark checked by the domain against its course's fold (the marks before it
    included), under the limits of the standard in force for the course's legal basis on
    the day: the registrations to store, and each course's state after them."""
    courses = sorted({seat.course_id for seat in facts.seats.values()})
    events: dict[uuid.UUID, list[AttendanceEvent]] = {
        course: list(read.events.get(course, [])) for course in courses
    }
    rules = {
        seat.course_id: _rules(standard, seat.legal_basis, facts.day)
        for seat in facts.seats.values()
    }
    made: list[SeatRegistration] = []
    for index, mark in enumerate(marks):
        seat = facts.seats[mark.seat_id]
        given = mark.cancellation
        key = seat_session(seat.seat_id, facts.id)
        try:
            check_class_session(
                occurrence_held=facts.status == OccurrenceStatus.PLANNED.value, day=facts.day,
                seat_from=seat.from_day, seat_released_on=seat.released_on,
                attendance=mark.attendance, corrects=mark.corrects,
            )  # fmt: skip
            registration = register(
                fold(events[seat.course_id], rules[seat.course_id]), id=uuid.uuid4(),
                session_id=key, session_starts_at=facts.starts_at, attendance=mark.attendance,
                now=now, corrects=mark.corrects,
                cancellation=Cancellation(given.reason, given.by, given.reported_at)
                if given else None,
            )  # fmt: skip
        except DomainError as error:
            raise _in_mark(index, error) from None
        events[seat.course_id].append(registration)
        made.append(
            SeatRegistration(
                registration, seat.course_id, seat.seat_id, read.versions.get(key, 0) + 1
            )
        )
    return made, {course: fold(events[course], rules[course]) for course in courses}


async def register_class(
    work: UnitOfWork, occurrence_id: uuid.UUID, body: ClassRegistrationIn
) -> ClassRegisteredOut:
    """Register what became of the seats named, in one transaction: every mark is checked
    first (a cancelled occurrence, a seat not the citizen's on the day, attended before the
    start, a mark on a seat registered already...), and one refusal writes nothing."""
    session, caller = work.session, work.caller
    seen: set[uuid.UUID] = set()
    for index, mark in enumerate(body.marks):
        if mark.seat_id in seen:
            raise RuleViolation(
                "Hver plads registreres én gang pr. anmodning.",
                field=f"marks.{index}.seat_id", rule="seat_once_per_request",
            )  # fmt: skip
        seen.add(mark.seat_id)
    facts = await attendance.class_facts(
        session, caller.centre_id, occurrence_id, [mark.seat_id for mark in body.marks]
    )
    work.attempt(use="change", citizen_ids=[seat.citizen_id for seat in facts.seats.values()])
    reach = caller.principal.case_reach()
    for index, mark in enumerate(body.marks):
        seat = facts.seats.get(mark.seat_id)
        if seat is None or not seat.visible(reach):
            raise NotFound("Pladsen findes ikke på holdgangen.", field=f"marks.{index}.seat_id")
    courses = sorted({seat.course_id for seat in facts.seats.values()})
    read = await attendance.course_events(session, courses)
    now = caller.now()
    made, states = plan_marks(facts, read, body.marks, now, await work.service_standard())
    attended = {
        facts.seats[item.seat_id].case_id
        for item in made
        if item.registration.attendance is Attendance.ATTENDED
    }
    await attendance.store_class_registrations(
        session, centre_id=caller.centre_id, occurrence_id=facts.id, day=facts.day, made=made,
        flags={course: state.flags for course, state in states.items()}, kept=read.flags,
        training_cases=[case for case in attended if case is not None],
        citizen_ids=[seat.citizen_id for seat in facts.seats.values()],
        recorded_by=caller.actor, now=now, entry=caller.entry(use="change"),
    )  # fmt: skip
    return ClassRegisteredOut(
        occurrence_id=facts.id,
        registrations=[
            SeatRegistrationOut(
                seat_id=item.seat_id, course_id=item.course_id,
                registration_id=item.registration.id,
                attendance=item.registration.attendance,
            )
            for item in made
        ],
        courses=[
            CourseCountsOut(
                course_id=course, cancellations=state.cancellations, no_shows=state.no_shows,
                flags=[flag.kind for flag in state.flags],
            )
            for course, state in states.items()
        ],
    )  # fmt: skip


def _sessions_out(
    occurrences: Sequence[Any], seats: Sequence[Any], now: datetime
) -> list[ClassSessionOut]:
    by_occurrence: dict[uuid.UUID, list[ClassSeatOut]] = {row["id"]: [] for row in occurrences}
    for row in seats:
        by_occurrence[row["occurrence_id"]].append(
            ClassSeatOut(
                seat_id=row["seat_id"],
                course_id=row["course_id"],
                citizen_id=row["citizen_id"],
                citizen_name=row["citizen_name"],
                registration_id=row["registration_id"]
                if row["attendance"] not in (None, Attendance.BOOKED.value)
                else None,
                attendance=Attendance(row["attendance"] or Attendance.BOOKED.value),
                cancellation_reason=row["cancellation_reason"],
                cancelled_by=row["cancelled_by"],
            )
        )
    return [
        ClassSessionOut(
            occurrence_id=row["id"],
            team_id=row["team_id"],
            team_name=row["team_name"],
            starts_at=row["starts_at"],
            ends_at=row["ends_at"],
            status=OccurrenceStatus(row["status"]),
            begun=row["starts_at"] <= now,
            seats=by_occurrence[row["id"]],
        )
        for row in occurrences
    ]


async def class_session(work: UnitOfWork, occurrence_id: uuid.UUID) -> ClassSessionOut:
    """One occurrence with its seats as registered; the citizens shown are logged."""
    session, caller = work.session, work.caller
    found = await attendance.occurrence(session, caller.centre_id, occurrence_id)
    seats = await attendance.seats_of_occurrences(
        session, caller.centre_id, [found["id"]], caller.principal.case_reach(),
        caller.entry(use="read"),
    )  # fmt: skip
    return _sessions_out([found], seats, caller.now())[0]


async def classes_of_day(
    work: UnitOfWork, staff_id: uuid.UUID | None, day: date | None
) -> list[ClassSessionOut]:
    """The occurrences of a day of the teams the therapist (the caller by default) takes,
    cancelled ones too, each with its seats as registered; two statements."""
    session, caller = work.session, work.caller
    staff = staff_id or caller.principal.user_id
    start, end = _day_bounds(day or caller.today())
    occurrences = await attendance.occurrences_of_day(session, caller.centre_id, start, end, staff)
    seats = await attendance.seats_of_occurrences(
        session, caller.centre_id, [row["id"] for row in occurrences],
        caller.principal.case_reach(), caller.entry(use="read"),
    )  # fmt: skip
    return _sessions_out(occurrences, seats, caller.now())


async def centre_cancelled(work: UnitOfWork, occurrence_ids: Sequence[uuid.UUID]) -> None:
    """The centre cancelled these occurrences (aflyst): a citizen's cancellation already
    registered on one of them no longer counts toward the cancellation rule, as the session
    was not held. Each is corrected by a new registration (the events stay append-only): a
    cancellation by the centre, reported now, which counts toward nothing. The courses' open
    flags are then rewritten from their fold. A no-show or attended registered on a held
    session stays as it is: the session was held for the citizen."""
    session, caller = work.session, work.caller
    found = await attendance.citizen_cancellations_on(session, caller.centre_id, occurrence_ids)
    if not found:
        return
    courses = sorted({item.course_id for item in found})
    read = await attendance.course_events(session, courses)
    events: dict[uuid.UUID, list[AttendanceEvent]] = {
        course: list(read.events.get(course, [])) for course in courses
    }
    standard = await work.service_standard()
    rules = {item.course_id: _rules(standard, item.legal_basis, item.day) for item in found}
    now = caller.now()
    made: dict[uuid.UUID, list[SeatRegistration]] = {}
    for item in found:
        registration = register(
            fold(events[item.course_id], rules[item.course_id]), id=uuid.uuid4(),
            session_id=seat_session(item.seat_id, item.occurrence_id),
            session_starts_at=item.starts_at, attendance=Attendance.CANCELLED, now=now,
            corrects=item.registration_id,
            cancellation=Cancellation(CancellationReason.OTHER, CancelledBy.CENTRE, now),
        )  # fmt: skip
        events[item.course_id].append(registration)
        made.setdefault(item.occurrence_id, []).append(
            SeatRegistration(registration, item.course_id, item.seat_id, item.version + 1)
        )
    flags = {course: fold(events[course], rules[course]).flags for course in courses}
    days = {item.occurrence_id: item.day for item in found}
    for occurrence_id, registrations in made.items():
        await attendance.store_class_registrations(
            session, centre_id=caller.centre_id, occurrence_id=occurrence_id,
            day=days[occurrence_id], made=registrations, flags=flags, kept=read.flags,
            training_cases=[],
            citizen_ids=[item.citizen_id for item in found if item.occurrence_id == occurrence_id],
            recorded_by=caller.actor, now=now, entry=caller.entry(use="change"),
        )  # fmt: skip


async def courses_on_team_from(
    work: UnitOfWork, team_id: uuid.UUID, from_day: date
) -> list[uuid.UUID]:
    """The courses registered on the team's occurrences from `from_day` (read before a
    rest-of-series change may delete some of them, to recount them after)."""
    return await attendance.courses_registered_on_team(
        work.session, work.caller.centre_id, team_id, from_day
    )


async def recount_flags(work: UnitOfWork, course_ids: Sequence[uuid.UUID]) -> None:
    """The courses' open flags rewritten from the events they still have (after a
    rest-of-series change deleted dropped occurrences with their registrations)."""
    if not course_ids:
        return
    session, caller = work.session, work.caller
    locked = await attendance.lock_courses(session, caller.centre_id, course_ids)
    courses = [course for course, _, _ in locked]
    read = await attendance.course_events(session, courses)
    standard = await work.service_standard()
    today = caller.today()
    flags = {
        course: fold(read.events.get(course, []), _rules(standard, basis, today)).flags
        for course, _, basis in locked
    }
    now = caller.now()
    await attendance.store_class_registrations(
        session, centre_id=caller.centre_id, occurrence_id=None, day=today, made=[],
        flags=flags, kept=read.flags, training_cases=[],
        citizen_ids=[citizen for _, citizen, _ in locked], recorded_by=caller.actor, now=now,
        entry=caller.entry(use="change"),
    )  # fmt: skip
