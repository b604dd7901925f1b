"""The attendance repository: a course's events read back in order and folded by the domain,
new events stored with the appointment's status following them, and the open flags kept
as the worklist's projection.

Every write first locks the course's row (FOR NO KEY UPDATE, as a booking of the course
does): two registrations of one course queue, and the second folds the first's event once
it has committed, so the domain refuses it as already registered. The unique index on a
session's (appointment_id, version) backs that up in the database itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.attendance import (
    AttendanceEvent,
    AttendanceRules,
    AttendanceState,
    Cancellation,
    CancellationReason,
    CancelledBy,
    FlagKind,
    FlagResolution,
    FlagResolved,
    Registration,
    counts_toward,
    fold,
    rules_in_force,
    seat_session,
)
from domain.calendar import COPENHAGEN
from domain.errors import Conflict, NotFound, RuleViolation
from domain.training import Attendance, Session, SessionForm, SessionPurpose, starts_training
from persistence.attendance.models import AttendanceEventRow, AttendanceFlagRow, EventKind
from persistence.casework import meet_open_deadline
from persistence.centre import service_standard
from persistence.scheduling import Appointment, TeamOccurrence
from persistence.training import Course

TRAINING_START = "training_start"


async def locked_course(
    session: AsyncSession, centre_id: uuid.UUID, course_id: uuid.UUID
) -> Course:
    course = await session.scalar(
        select(Course)
        .where(Course.centre_id == centre_id, Course.id == course_id)
        .with_for_update(key_share=True)
    )
    if course is None:
        raise NotFound("Forløbet findes ikke.")
    return course


def _event(row: AttendanceEventRow) -> AttendanceEvent:
    if row.kind == EventKind.FLAG_RESOLUTION.value:
        return FlagResolved(
            row.id, FlagKind(str(row.flag_kind)), FlagResolution(str(row.resolution)),
            row.note or "",
            row.recorded_at,
        )  # fmt: skip
    cancellation = None
    if row.cancellation_reason and row.cancelled_by and row.reported_at:
        cancellation = Cancellation(
            CancellationReason(row.cancellation_reason), CancelledBy(row.cancelled_by),
            row.reported_at,
        )  # fmt: skip
    assert row.attendance is not None
    return Registration(
        row.id, session_of(row), Attendance(row.attendance), row.recorded_at, cancellation,
        row.corrects_id,
    )  # fmt: skip


def session_of(row: AttendanceEventRow) -> uuid.UUID:
    """The session a registration is of: its appointment, or its seat at the occurrence
    (the check constraint `registration` makes it exactly one of them)."""
    if row.appointment_id is not None:
        return row.appointment_id
    assert row.seat_id is not None
    assert row.occurrence_id is not None
    return seat_session(row.seat_id, row.occurrence_id)


async def event_rows(session: AsyncSession, course_id: uuid.UUID) -> list[AttendanceEventRow]:
    rows = await session.scalars(
        select(AttendanceEventRow)
        .where(AttendanceEventRow.course_id == course_id)
        .order_by(AttendanceEventRow.seq)
    )
    return list(rows)


async def rules_of(session: AsyncSession, course: Course, on: date) -> AttendanceRules:
    """The cancellation and no-show limits of the service standard's version in force on
    `on` for the course's legal basis (the standards' "more than 2" where it names none)."""
    standard = await service_standard(session, course.centre_id)
    try:
        limits = standard.in_force(course.legal_basis, on)
    except RuleViolation:
        limits = {}
    return rules_in_force(limits)


async def attendance_state(session: AsyncSession, course: Course, on: date) -> AttendanceState:
    """The course's counts and open flags, folded from its events under the limits in force
    on `on`."""
    rules = await rules_of(session, course, on)
    return fold((_event(row) for row in await event_rows(session, course.id)), rules)


async def _refresh_flags(session: AsyncSession, course: Course, now: datetime) -> AttendanceState:
    """Rewrite the course's open flags from the fold; a flag still open keeps its raise time."""
    state = await attendance_state(session, course, now.astimezone(COPENHAGEN).date())
    kept = {
        row.kind: row
        for row in await session.scalars(
            select(AttendanceFlagRow).where(AttendanceFlagRow.course_id == course.id)
        )
    }
    await session.execute(delete(AttendanceFlagRow).where(AttendanceFlagRow.course_id == course.id))
    for flag in state.flags:
        before = kept.get(flag.kind.value)
        same = before is not None and before.raised_by == flag.raised_by
        session.add(
            AttendanceFlagRow(
                course_id=course.id, kind=flag.kind.value, centre_id=course.centre_id,
                count=flag.count, raised_by=flag.raised_by,
                raised_at=before.raised_at if same and before else now,
            )
        )  # fmt: skip
    await session.flush()
    return state


async def record_registration(
    session: AsyncSession,
    course: Course,
    appointment: Appointment,
    registration: Registration,
    *,
    recorded_by: str,
) -> AttendanceState:
    """Store the registration the domain made, set the appointment's status to it (a
    cancellation frees the time, a correction back takes it again), and refresh the flags."""
    version = await session.scalar(
        select(func.coalesce(func.max(AttendanceEventRow.version), 0) + 1).where(
            AttendanceEventRow.appointment_id == appointment.id
        )
    )
    cancellation = registration.cancellation
    row = AttendanceEventRow(
        id=registration.id, centre_id=course.centre_id, course_id=course.id,
        kind=EventKind.REGISTRATION.value, appointment_id=appointment.id, version=version,
        attendance=registration.attendance.value,
        cancellation_reason=cancellation.reason.value if cancellation else None,
        cancelled_by=cancellation.by.value if cancellation else None,
        reported_at=cancellation.reported_at if cancellation else None,
        corrects_id=registration.corrects, recorded_by=recorded_by,
        recorded_at=registration.recorded_at,
    )  # fmt: skip
    try:
        async with session.begin_nested():
            session.add(row)
            appointment.status = registration.attendance.value
            appointment.changed_at = registration.recorded_at
            await session.flush()
    except IntegrityError as error:
        if "uq_attendance_events" in str(error.orig):
            raise Conflict(
                "Fremmødet blev registreret af en anden samtidig; hent tiden igen.",
                field="appointment_id", rule="attendance_once",
            ) from None  # fmt: skip
        if "ex_appointments" in str(error.orig):
            raise Conflict(
                "Tiden er booket til noget andet, efter den blev aflyst; den kan ikke "
                "sættes tilbage.",
                field="corrects", rule="attendance_correction_time_taken",
            ) from None  # fmt: skip
        raise
    held = Session(
        appointment.starts_at.astimezone(COPENHAGEN).date(), SessionForm(appointment.form),
        SessionPurpose(appointment.purpose), registration.attendance,
    )  # fmt: skip
    if appointment.case_id is not None and starts_training(held):
        await meet_open_deadline(session, appointment.case_id, TRAINING_START, held.day)
    return await _refresh_flags(session, course, registration.recorded_at)


async def record_resolution(
    session: AsyncSession, course: Course, resolved: FlagResolved, *, recorded_by: str
) -> AttendanceState:
    session.add(
        AttendanceEventRow(
            id=resolved.id, centre_id=course.centre_id, course_id=course.id,
            kind=EventKind.FLAG_RESOLUTION.value, flag_kind=resolved.kind.value,
            resolution=resolved.resolution.value, note=resolved.note, recorded_by=recorded_by,
            recorded_at=resolved.recorded_at,
        )
    )  # fmt: skip
    await session.flush()
    return await _refresh_flags(session, course, resolved.recorded_at)


@dataclass(frozen=True, slots=True)
class CountedSession:
    """A session behind a flag: the registration in force that counts toward it, of an
    appointment or of a team seat at an occurrence."""

    registration_id: uuid.UUID
    appointment_id: uuid.UUID | None
    starts_at: datetime
    attendance: Attendance
    seat_id: uuid.UUID | None = None
    occurrence_id: uuid.UUID | None = None


async def sessions_behind(
    session: AsyncSession, state: AttendanceState, kind: FlagKind
) -> list[CountedSession]:
    counted = {
        registration.id: registration
        for registration in state.current.values()
        if counts_toward(registration) is kind
    }
    if not counted:
        return []
    starts = func.coalesce(Appointment.starts_at, TeamOccurrence.starts_at)
    rows = await session.execute(
        select(AttendanceEventRow.id, AttendanceEventRow.appointment_id,
               AttendanceEventRow.seat_id, AttendanceEventRow.occurrence_id, starts)
        .outerjoin(Appointment, Appointment.id == AttendanceEventRow.appointment_id)
        .outerjoin(TeamOccurrence, TeamOccurrence.id == AttendanceEventRow.occurrence_id)
        .where(AttendanceEventRow.id.in_(counted))
        .order_by(starts)
    )  # fmt: skip
    return [
        CountedSession(id_, appointment, at, counted[id_].attendance, seat, occurrence)
        for id_, appointment, seat, occurrence, at in rows.all()
    ]


async def registration_history(
    session: AsyncSession, appointment_id: uuid.UUID
) -> Sequence[AttendanceEventRow]:
    rows = await session.scalars(
        select(AttendanceEventRow)
        .where(AttendanceEventRow.appointment_id == appointment_id)
        .order_by(AttendanceEventRow.seq)
    )
    return list(rows)


async def sessions_of_day(
    session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID, start: datetime, end: datetime
) -> list[tuple[Appointment, uuid.UUID | None]]:
    """A member of staff's course sessions starting in [start, end), cancelled ones too (to
    correct them), each with its registration in force (the newest version, unless that set
    it back to booked)."""
    latest = (
        select(AttendanceEventRow.id, AttendanceEventRow.attendance)
        .where(AttendanceEventRow.appointment_id == Appointment.id)
        .order_by(AttendanceEventRow.version.desc())
        .limit(1)
        .lateral("latest")
    )
    rows = await session.execute(
        select(Appointment, latest.c.id, latest.c.attendance)
        .outerjoin(latest, true())
        .where(
            Appointment.centre_id == centre_id, Appointment.staff_id == staff_id,
            Appointment.course_id.is_not(None),
            Appointment.starts_at >= start, Appointment.starts_at < end,
        )
        .order_by(Appointment.starts_at)
    )  # fmt: skip
    return [
        (appointment, event_id if attendance != Attendance.BOOKED.value else None)
        for appointment, event_id, attendance in rows.all()
    ]
