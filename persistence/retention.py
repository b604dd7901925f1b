"""Retention: the access log is kept for a set period; case records at least 5 years, counted
from the newest entry of the case and of its courses' records; a hospital plan (GGOP) kept
without a case (failed, or another municipality's) `GGOP_WITHOUT_CASE_YEARS` after it came
(a plan with a case goes with its case).

Both jobs report what they did and log their own run in the access log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, exists, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from domain.casework import CASE_RECORDS_MIN_YEARS, COMPLAINT_PENDING, retention_cutoff
from persistence.access import AccessLogEntry, record_access
from persistence.attendance import (
    AttendanceEventRow,
    CourseEndingRow,
    CoursePostponement,
    TransportGrant,
    TripRow,
)
from persistence.casework import Case
from persistence.citizens import Citizen
from persistence.intake import GgopMessage, purge_expired_keys
from persistence.scheduling import Appointment
from persistence.training import (
    Course,
    CourseGoal,
    CourseService,
    FrequencyExceptionRow,
    GoalChange,
    JournalNote,
)

RETENTION_ROLE = "traening_retention"
# A plan that opened no case is kept for staff to handle (forward it, register it by hand);
# a year after it came, training it asked for is long over, so the message and the personal
# data in it go, handled or not.
GGOP_WITHOUT_CASE_YEARS = 1


@dataclass(frozen=True, slots=True)
class RetentionReport:
    access_log_entries_deleted: int
    cases_deleted: int
    citizens_deleted: int
    idempotency_keys_deleted: int = 0
    ggop_messages_deleted: int = 0


async def purge_access_log(
    session: AsyncSession, centre_id: uuid.UUID, *, now: datetime, years: int
) -> int:
    """Delete entries older than `years`, as the retention role (the log refuses others)."""
    cutoff = retention_cutoff(now, years)
    await session.execute(text(f"SET LOCAL ROLE {RETENTION_ROLE}"))
    deleted = await session.execute(
        delete(AccessLogEntry)
        .where(AccessLogEntry.centre_id == centre_id, AccessLogEntry.at < cutoff)
        .returning(AccessLogEntry.id)
    )
    count = len(deleted.all())
    await record_access(
        session,
        centre_id=centre_id,
        actor="retention-job",
        request_id="retention",
        operation="retention-access_log",
        use="delete",
        citizen_ids=[],
        criterion=f"before {cutoff.date().isoformat()}: {count} entries",
        client="job",
    )
    await session.execute(text("RESET ROLE"))
    return count


async def purge_case_records(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    now: datetime,
    years: int = CASE_RECORDS_MIN_YEARS,
) -> tuple[int, int]:
    """Delete cases whose last entry is over `years` old, then citizens left with no case.

    The query is `domain.casework.case_may_be_deleted` in SQL, with the last entry of
    `domain.casework.last_entry`: a case with a complaint still pending is kept whatever its
    age, and so is one whose courses have an entry since the cutoff. Its courses and their
    records go with it (ON DELETE CASCADE).
    """
    cutoff = retention_cutoff(now, years)
    removed = await session.execute(
        delete(Case)
        .where(
            Case.centre_id == centre_id,
            Case.last_entry_at < cutoff,
            ~_course_entry_since(cutoff),
            Case.status.not_in([state.value for state in COMPLAINT_PENDING]),
        )
        .returning(Case.citizen_id)
    )
    removed_rows = removed.all()
    citizen_ids = {row[0] for row in removed_rows}
    orphans = await session.execute(
        delete(Citizen)
        .where(
            Citizen.centre_id == centre_id,
            Citizen.id.in_(citizen_ids),
            ~exists(select(Case.id).where(Case.citizen_id == Citizen.id)),
        )
        .returning(Citizen.id)
    )
    gone = [row[0] for row in orphans.all()]
    await record_access(
        session,
        centre_id=centre_id,
        actor="retention-job",
        request_id="retention",
        operation="retention-case_records",
        use="delete",
        citizen_ids=sorted(citizen_ids),
        criterion=f"last entry before {cutoff.date().isoformat()}",
        client="job",
    )
    return len(removed_rows), len(gone)


async def purge_ggop_messages(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    now: datetime,
    years: int = GGOP_WITHOUT_CASE_YEARS,
) -> int:
    """Delete the hospital plans kept without a case that came over `years` ago; the run is
    logged under the citizens the deleted plans named (where one was found)."""
    cutoff = retention_cutoff(now, years)
    removed = (
        await session.execute(
            delete(GgopMessage)
            .where(
                GgopMessage.centre_id == centre_id,
                GgopMessage.case_id.is_(None),
                GgopMessage.received_at < cutoff,
            )
            .returning(GgopMessage.citizen_id)
        )
    ).all()
    await record_access(
        session,
        centre_id=centre_id,
        actor="retention-job",
        request_id="retention",
        operation="retention-ggop_messages",
        use="delete",
        citizen_ids=sorted({row[0] for row in removed if row[0] is not None}),
        criterion=f"ggop without case before {cutoff.date().isoformat()}: {len(removed)}",
        client="job",
    )
    return len(removed)


async def purge_idempotency_keys(session: AsyncSession, *, now: datetime) -> int:
    """Forget the integrations' idempotency keys past their lifetime (a day): a repeat after
    that is a new request."""
    return await purge_expired_keys(session, now=now)


def _course_entry_since(cutoff: datetime) -> ColumnElement[bool]:
    """The case's courses have a record written, changed or booked on or after `cutoff`.
    Each subquery joins the course itself, so it correlates with the case being deleted."""
    of_case = Course.case_id == Case.id
    return or_(
        exists(select(JournalNote.id).join(Course, JournalNote.course_id == Course.id)
               .where(of_case, JournalNote.written_at >= cutoff)),
        exists(select(GoalChange.id).join(CourseGoal, GoalChange.goal_id == CourseGoal.id)
               .join(Course, CourseGoal.course_id == Course.id)
               .where(of_case, GoalChange.changed_at >= cutoff)),
        exists(select(CourseService.code).join(Course, CourseService.course_id == Course.id)
               .where(of_case, CourseService.added_at >= cutoff)),
        exists(select(FrequencyExceptionRow.id)
               .join(Course, FrequencyExceptionRow.course_id == Course.id)
               .where(of_case, FrequencyExceptionRow.recorded_at >= cutoff)),
        # Attendance and transport: registrations, pauses, the ending (and its final status
        # sent), the grant of transport and the trips driven.
        *(
            exists(select(table.course_id).join(Course, table.course_id == Course.id)
                   .where(of_case, column >= cutoff))
            for table, column in (
                (AttendanceEventRow, AttendanceEventRow.recorded_at),
                (CoursePostponement, CoursePostponement.recorded_at),
                (CourseEndingRow, CourseEndingRow.recorded_at),
                (CourseEndingRow, CourseEndingRow.final_status_sent_at),
                (TransportGrant, TransportGrant.granted_at),
                (TripRow, TripRow.recorded_at),
            )
        ),
        # A booking of the case (every booking of a case's course carries the case too).
        exists(select(Appointment.id).where(
            Appointment.case_id == Case.id,
            or_(Appointment.created_at >= cutoff, Appointment.changed_at >= cutoff))),
    )  # fmt: skip
