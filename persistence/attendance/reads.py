"""Lean reads for the worklist (persistence/access/reads.py shows the pattern): the open
attendance flags, the courses whose citizen has not booked again after a cancellation or
a no-show, the postponed courses, and the share of trips within the target per site. One
statement each, the access-log entry of their citizens included where the answer names any.

Need to know is `api.training.may_see_course` in SQL: the course's therapists, the course's
site, or its case within the caller's reach.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Date,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    cast,
    exists,
    func,
    literal_column,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.access import CaseReach
from domain.attendance import TARGET
from domain.scheduling import OccurrenceStatus
from domain.training import OPEN_STATUSES, Attendance, CourseStatus
from persistence.access import fetch, logged_read
from persistence.attendance.models import (
    AttendanceEventRow,
    AttendanceFlagRow,
    CoursePostponement,
    TripRow,
)
from persistence.casework import Case
from persistence.centre import Site
from persistence.citizens import Citizen
from persistence.scheduling import Appointment, TeamOccurrence, TeamSeat
from persistence.training import Course

LIST_LIMIT = 200
_UUIDS = ARRAY(UUID(as_uuid=True))


def reach_shape(reach: CaseReach | None) -> tuple[str, dict[str, Any]]:
    if reach is None:
        return "all", {}
    values: dict[str, Any] = {"reach_site_ids": sorted(reach.site_ids)}
    if reach.user_id is None:
        return "sites", values
    return "sites_or_own", {**values, "reach_user_id": reach.user_id}


def _course_in_reach(shape: str) -> ColumnElement[bool]:
    if shape == "all":
        return true()
    sites = bindparam("reach_site_ids", type_=_UUIDS)
    case_sites = [Case.site_id == any_(sites)]
    through: list[ColumnElement[bool]] = [Course.site_id == any_(sites)]
    if shape == "sites_or_own":
        user = bindparam("reach_user_id", type_=UUID(as_uuid=True))
        through.append(user == any_(Course.therapist_ids))
        case_sites.append(Case.assigned_to == user)
    through.append(exists().where(Case.id == Course.case_id, or_(*case_sites)))
    return or_(*through)


def _select(*columns: Any) -> Select[Any]:
    return select(*columns)


def _constant(value: str) -> Any:
    # In the text: a lean statement's only bind parameters are its named ones.
    return literal_column(f"'{value}'")


def _limit() -> Any:
    return bindparam("list_limit", LIST_LIMIT, type_=Integer, literal_execute=True)


@cache
def flags_query(shape: str) -> Select[Any]:
    """The open flags of open courses (an ended course's flags are history)."""
    read = (
        _select(
            AttendanceFlagRow.course_id.label("course_id"),
            AttendanceFlagRow.kind.label("kind"),
            AttendanceFlagRow.count.label("count"),
            AttendanceFlagRow.raised_at.label("raised_at"),
            Course.citizen_id.label("citizen_id"),
            Citizen.name.label("citizen_name"),
            Course.legal_basis.label("legal_basis"),
            Course.site_id.label("site_id"),
        )
        .join(Course, Course.id == AttendanceFlagRow.course_id)
        .join(Citizen, Citizen.id == Course.citizen_id)
        .where(
            AttendanceFlagRow.centre_id == bindparam("centre_id"),
            Course.status.in_([_constant(status) for status in sorted(OPEN_STATUSES)]),
            _course_in_reach(shape),
        )
        .order_by(AttendanceFlagRow.raised_at, AttendanceFlagRow.course_id, AttendanceFlagRow.kind)
        .limit(_limit())
    )
    return logged_read(read, citizen="citizen_id", order_by=["raised_at", "course_id", "kind"])


async def open_flags(
    session: AsyncSession, centre_id: uuid.UUID, reach: CaseReach | None, entry: Mapping[str, Any]
) -> Sequence[Any]:
    shape, values = reach_shape(reach)
    return await fetch(session, flags_query(shape), {**values, **entry, "centre_id": centre_id})


def _in_force(event: Any) -> ColumnElement[bool]:
    """`event` is its seat session's registration in force: no newer version of it."""
    newer = aliased(AttendanceEventRow)
    return ~exists().where(
        newer.seat_id == event.seat_id,
        newer.occurrence_id == event.occurrence_id,
        newer.version > event.version,
    )


def _local_day(moment: Any) -> Any:
    return cast(func.timezone(_constant("Europe/Copenhagen"), moment), Date)


@cache
def follow_up_query(shape: str) -> Select[Any]:
    """Active courses whose latest cancelled or missed session (registered as such) has no
    booking after it: booking anew is the citizen's, following up is the staff's.

    A session is an appointment or a seat at a held team occurrence: a seat's registration in
    force (its newest version) cancelled or a no-show counts as missed, at the occurrence's
    start; a seat held on a held occurrence after it, not yet registered, counts as booked."""
    missed_appointments = select(
        Appointment.course_id.label("course_id"), Appointment.starts_at.label("missed_at")
    ).where(
        Appointment.centre_id == bindparam("centre_id"),
        Appointment.status.in_([_constant(Attendance.CANCELLED), _constant(Attendance.NO_SHOW)]),
        exists().where(AttendanceEventRow.appointment_id == Appointment.id),
    )
    missed_seats = (
        select(
            AttendanceEventRow.course_id.label("course_id"),
            TeamOccurrence.starts_at.label("missed_at"),
        )
        .join(TeamOccurrence, TeamOccurrence.id == AttendanceEventRow.occurrence_id)
        .where(
            AttendanceEventRow.centre_id == bindparam("centre_id"),
            AttendanceEventRow.seat_id.is_not(None),
            AttendanceEventRow.attendance.in_(
                [_constant(Attendance.CANCELLED), _constant(Attendance.NO_SHOW)]
            ),
            TeamOccurrence.status == _constant(OccurrenceStatus.PLANNED),
            _in_force(AttendanceEventRow),
        )
    )
    sessions = union_all(missed_appointments, missed_seats).subquery("sessions")
    missed = (
        select(sessions.c.course_id, func.max(sessions.c.missed_at).label("last_missed"))
        .group_by(sessions.c.course_id)
        .subquery("missed")
    )
    later = exists().where(
        Appointment.course_id == missed.c.course_id,
        Appointment.status == _constant(Attendance.BOOKED),
        Appointment.starts_at > missed.c.last_missed,
    )
    registered = aliased(AttendanceEventRow)
    day = _local_day(TeamOccurrence.starts_at)
    later_seat = exists().where(
        TeamSeat.course_id == missed.c.course_id,
        TeamOccurrence.team_id == TeamSeat.team_id,
        TeamOccurrence.status == _constant(OccurrenceStatus.PLANNED),
        TeamOccurrence.starts_at > missed.c.last_missed,
        TeamSeat.from_day <= day,
        or_(TeamSeat.released_on.is_(None), TeamSeat.released_on > day),
        ~exists().where(
            registered.seat_id == TeamSeat.id,
            registered.occurrence_id == TeamOccurrence.id,
            registered.attendance != _constant(Attendance.BOOKED),
            _in_force(registered),
        ),
    )
    read = (
        select(
            Course.id.label("course_id"),
            Course.citizen_id.label("citizen_id"),
            Citizen.name.label("citizen_name"),
            Citizen.phone.label("citizen_phone"),
            missed.c.last_missed.label("last_missed"),
        )
        .join(missed, missed.c.course_id == Course.id)
        .join(Citizen, Citizen.id == Course.citizen_id)
        .where(
            Course.status == _constant(CourseStatus.ACTIVE),
            ~later,
            ~later_seat,
            _course_in_reach(shape),
        )
        .order_by(missed.c.last_missed, Course.id)
        .limit(_limit())
    )
    return logged_read(read, citizen="citizen_id", order_by=["last_missed", "course_id"])


async def awaiting_booking(
    session: AsyncSession, centre_id: uuid.UUID, reach: CaseReach | None, entry: Mapping[str, Any]
) -> Sequence[Any]:
    shape, values = reach_shape(reach)
    query = follow_up_query(shape)
    return await fetch(session, query, {**values, **entry, "centre_id": centre_id})


@cache
def resumptions_query(shape: str) -> Select[Any]:
    """Postponed courses with their expected resumption, the earliest first."""
    read = (
        _select(
            Course.id.label("course_id"),
            Course.citizen_id.label("citizen_id"),
            Citizen.name.label("citizen_name"),
            CoursePostponement.expected_resume_on.label("expected_resume_on"),
            CoursePostponement.reason.label("reason"),
        )
        .join(CoursePostponement, and_(CoursePostponement.course_id == Course.id,
                                       CoursePostponement.resumed_on.is_(None)))
        .join(Citizen, Citizen.id == Course.citizen_id)
        .where(
            Course.centre_id == bindparam("centre_id"),
            Course.status == _constant(CourseStatus.POSTPONED),
            _course_in_reach(shape),
        )
        .order_by(CoursePostponement.expected_resume_on, Course.id)
        .limit(_limit())
    )  # fmt: skip
    return logged_read(read, citizen="citizen_id", order_by=["expected_resume_on", "course_id"])


async def postponed_courses(
    session: AsyncSession, centre_id: uuid.UUID, reach: CaseReach | None, entry: Mapping[str, Any]
) -> Sequence[Any]:
    shape, values = reach_shape(reach)
    query = resumptions_query(shape)
    return await fetch(session, query, {**values, **entry, "centre_id": centre_id})


def _within(length: Any) -> ColumnElement[bool]:
    """A leg kept the target: at most an hour, exactly an hour included (domain.attendance)."""
    seconds = int(TARGET.total_seconds())
    within: ColumnElement[bool] = length <= literal_column(f"interval '{seconds} seconds'")
    return within


@cache
def compliance_query(shape: str) -> Select[Any]:
    """Per site, the trips picked up in the period and how many kept the target both ways:
    counts only, no citizen in the answer (so no access-log entry). A trip's site is its
    session's, else its course's; a trip with neither is counted under no site."""
    site_id = func.coalesce(Appointment.site_id, Course.site_id)
    within = and_(
        _within(TripRow.arrival - TripRow.agreed_pickup),
        _within(TripRow.drop_off - TripRow.session_end),
    )
    return (
        _select(
            site_id.label("site_id"),
            Site.name.label("site_name"),
            func.count().label("trips"),
            func.count().filter(within).label("within_target"),
        )
        .select_from(TripRow)
        .join(Course, Course.id == TripRow.course_id)
        .join(Appointment, Appointment.id == TripRow.appointment_id)
        .outerjoin(Site, Site.id == site_id)
        .where(
            TripRow.centre_id == bindparam("centre_id"),
            TripRow.agreed_pickup >= bindparam("start"),
            TripRow.agreed_pickup < bindparam("end"),
            _course_in_reach(shape),
        )
        .group_by(site_id, Site.name)
        .order_by(Site.name.nulls_last(), site_id)
    )


async def transport_compliance(
    session: AsyncSession,
    centre_id: uuid.UUID,
    reach: CaseReach | None,
    start: datetime,
    end: datetime,
) -> Sequence[Any]:
    """(site_id, site_name, trips, within_target) per site of the trips picked up from
    `start` until `end`, of the courses the caller may see."""
    shape, values = reach_shape(reach)
    return await fetch(
        session,
        compliance_query(shape),
        {**values, "centre_id": centre_id, "start": start, "end": end},
    )
