"""A member of staff's bookings between two days (their week, or "Min dag"): a lean read.

Written the one way of persistence/access/reads.py: one statement, built once per shape,
reads the bookings with the citizen shown where the caller may know them, and writes the
access-log entry of the citizens shown. Need to know is asked in the same statement, per
booking through its course (the twin of `api.training.may_see_course`): the caller is the
booked member of staff or sees every case, or one of the course's therapists, or the course's
site or its case's site is theirs, or the case is assigned to them. A conversation without a
course is shown only to its provider and to those who see every case.

The member of staff is the read's first table, the bookings joined to it: no row means no
such member of staff (and no entry), one row of nulls a week without bookings (logged, with
no citizens, as every read of the week is).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    and_,
    bindparam,
    case,
    exists,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import CaseReach
from domain.errors import NotFound
from persistence.access import StaffUser, fetch, logged_read
from persistence.casework import Case
from persistence.citizens import Citizen
from persistence.scheduling.models import Appointment
from persistence.scheduling.resources import _day_bounds
from persistence.training import Course

# AppointmentOut's fields (api/scheduling/schemas.py), in its order.
BOOKING_FIELDS = (
    "id", "course_id", "case_id", "purpose", "discipline", "provider", "staff_id",
    "home_helper_id", "supervisor_id", "place", "site_id", "room_id", "starts_at", "ends_at",
    "status", "outside_hours_reason", "booked_by",
)  # fmt: skip


def reach_shape(reach: CaseReach | None) -> tuple[str, dict[str, Any]]:
    """How `reach` shapes the statement's text, and its bind values."""
    if reach is None:
        return "all", {}
    values: dict[str, Any] = {"reach_site_ids": sorted(reach.site_ids)}
    if reach.user_id is None:
        return "sites", values
    return "sites_or_assigned", {**values, "reach_user_id": reach.user_id}


def course_in_reach(shape: str) -> ColumnElement[bool]:
    """The booking's course is one the caller may see (`may_see_course`, in SQL); the
    staff calendars (persistence.calendar) ask it too."""
    if shape == "all":
        return true()
    sites: BindParameter[Any] = bindparam("reach_site_ids", expanding=True)
    through: list[ColumnElement[bool]] = [Course.site_id.in_(sites)]
    case_through: list[ColumnElement[bool]] = [Case.site_id.in_(sites)]
    if shape == "sites_or_assigned":
        user: BindParameter[Any] = bindparam("reach_user_id")
        through.append(user == Course.therapist_ids.any_())
        case_through.append(Case.assigned_to == user)
    via_case = exists().where(Case.id == Course.case_id, or_(*case_through))
    return and_(
        Appointment.course_id.is_not(None),
        exists().where(Course.id == Appointment.course_id, or_(*through, via_case)),
    )


@cache
def bookings_query(shape: str, contact: bool) -> Select[Any]:
    """`bookings_read` and the access-log entry of the citizens shown, one statement."""
    return logged_read(bookings_read(shape, contact), citizen="citizen_id",
                       order_by=["starts_at", "id"])  # fmt: skip


@cache
def bookings_read(shape: str, contact: bool) -> Select[Any]:
    """The bookings of `staff_id` from `start` to `end` that hold their time, by start;
    `contact` adds the citizen's phone and, for a visit at home or nearby, address ("Min
    dag", where every citizen is shown)."""
    staff = (
        select(StaffUser.id)
        .where(StaffUser.centre_id == bindparam("centre_id"), StaffUser.id == bindparam("staff_id"))
        .subquery("staff")
    )
    booked = and_(
        Appointment.staff_id == staff.c.id,
        Appointment.centre_id == bindparam("centre_id"),
        Appointment.status != literal_column("'cancelled'"),  # it holds its time
        Appointment.starts_at >= bindparam("start"),
        Appointment.starts_at < bindparam("end"),
    )
    columns: list[Any] = [getattr(Appointment, name).label(name) for name in BOOKING_FIELDS]
    # The citizen is joined only where shown: one test of need to know per booking.
    columns += [Citizen.id.label("citizen_id"), Citizen.name.label("citizen_name")]
    if contact:
        columns += [
            Citizen.phone.label("citizen_phone"),
            case((Appointment.place != literal_column("'site'"), Citizen.address)).label("address"),
        ]
    read = (
        select(*columns)
        .select_from(staff)
        .outerjoin(Appointment, booked)
        .outerjoin(
            Citizen,
            and_(
                Citizen.centre_id == Appointment.centre_id,
                Citizen.id == Appointment.citizen_id,
                course_in_reach(shape),
            ),
        )
    )
    return read.order_by(Appointment.starts_at, Appointment.id)


@dataclass(frozen=True, slots=True)
class WeekBooking:
    """A booking of the week as the API's `WeekItem` answers it."""

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
    citizen_id: uuid.UUID | None
    citizen_name: str | None


@dataclass(frozen=True, slots=True)
class DayBooking(WeekBooking):
    """A booking of "Min dag", as the API's `MyDayItem` answers it."""

    citizen_phone: str | None
    address: str | None


async def staff_bookings(
    session: AsyncSession,
    centre_id: uuid.UUID,
    staff_id: uuid.UUID,
    *,
    first: date,
    last: date,
    reach: CaseReach | None,
    everyone: bool,
    entry: dict[str, Any],
    contact: bool = False,
) -> list[WeekBooking]:
    """The member of staff's bookings that hold their time on the days `first` to `last`,
    the citizen named where `reach` sees the course (every one when `everyone`), and the
    entry (persistence.access's `entry`) of the citizens shown, in one round trip. NotFound
    when the centre has no such member of staff."""
    shape, values = reach_shape(None if contact or everyone else reach)
    start, end = _day_bounds(first, last)
    values.update(entry, centre_id=centre_id, staff_id=staff_id, start=start, end=end)
    rows = await fetch(session, bookings_query(shape, contact), values)
    if not rows:
        raise NotFound("Brugeren findes ikke.")
    kind = DayBooking if contact else WeekBooking
    return [kind(*row) for row in _booked(rows)]


def _booked(rows: Sequence[Any]) -> Sequence[Any]:
    """The rows of bookings (a week without any is one row of nulls)."""
    return [] if rows[0]["id"] is None else rows
