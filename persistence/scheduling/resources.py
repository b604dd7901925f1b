"""Rooms, home helpers, and the working hours and absences of staff."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar import COPENHAGEN
from domain.errors import NotFound, RuleViolation
from domain.scheduling import Absence, AbsenceKind, WorkingHours, hit_by_absence, working_week
from persistence.scheduling.models import (
    Appointment,
    HomeHelper,
    Room,
    StaffAbsence,
    StaffWorkingHours,
)


async def add_room(
    session: AsyncSession, centre_id: uuid.UUID, *, site_id: uuid.UUID, name: str, capacity: int
) -> Room:
    if capacity < 1:
        raise RuleViolation("Et lokale rummer mindst én.", field="capacity", rule="room_capacity")
    room = Room(centre_id=centre_id, site_id=site_id, name=name.strip(), capacity=capacity)
    session.add(room)
    await session.flush()
    return room


async def rooms_of_site(
    session: AsyncSession, centre_id: uuid.UUID, site_id: uuid.UUID
) -> list[Room]:
    rows = await session.scalars(
        select(Room)
        .where(Room.centre_id == centre_id, Room.site_id == site_id, Room.active)
        .order_by(Room.name)
    )
    return list(rows)


async def add_home_helper(
    session: AsyncSession, centre_id: uuid.UUID, *, name: str, home_care_unit: str
) -> HomeHelper:
    cleaned, unit = name.strip(), home_care_unit.strip()
    if not cleaned:
        raise RuleViolation("Hjemmehjælperens navn skal udfyldes.", field="name")
    if not unit:
        raise RuleViolation("Hjemmeplejens enhed skal udfyldes.", field="home_care_unit")
    helper = HomeHelper(centre_id=centre_id, name=cleaned, home_care_unit=unit)
    session.add(helper)
    await session.flush()
    return helper


async def home_helpers(session: AsyncSession, centre_id: uuid.UUID) -> list[HomeHelper]:
    rows = await session.scalars(
        select(HomeHelper)
        .where(HomeHelper.centre_id == centre_id, HomeHelper.active)
        .order_by(HomeHelper.home_care_unit, HomeHelper.name)
    )
    return list(rows)


async def set_working_hours(
    session: AsyncSession,
    centre_id: uuid.UUID,
    staff_id: uuid.UUID,
    hours: Iterable[WorkingHours],
) -> tuple[WorkingHours, ...]:
    """Replace the member of staff's working week with `hours`, checked as a whole."""
    week = working_week(hours)
    await session.execute(
        delete(StaffWorkingHours).where(
            StaffWorkingHours.centre_id == centre_id, StaffWorkingHours.staff_id == staff_id
        )
    )
    session.add_all(
        StaffWorkingHours(centre_id=centre_id, staff_id=staff_id, weekday=stretch.weekday,
                          starts=stretch.starts, ends=stretch.ends)
        for stretch in week
    )  # fmt: skip
    await session.flush()
    return week


async def working_hours_of(
    session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID
) -> tuple[WorkingHours, ...]:
    rows = await session.execute(
        select(StaffWorkingHours.weekday, StaffWorkingHours.starts, StaffWorkingHours.ends)
        .where(StaffWorkingHours.centre_id == centre_id, StaffWorkingHours.staff_id == staff_id)
        .order_by(StaffWorkingHours.weekday, StaffWorkingHours.starts)
    )
    return tuple(WorkingHours(weekday, starts, ends) for weekday, starts, ends in rows.all())


def _absence(row: StaffAbsence) -> Absence:
    return Absence(AbsenceKind(row.kind), row.first_day, row.last_day)


async def absences_of(
    session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID, *, first: date, last: date
) -> list[Absence]:
    """The member of staff's absences that meet the days `first` to `last`."""
    rows = await session.scalars(
        select(StaffAbsence).where(
            StaffAbsence.centre_id == centre_id,
            StaffAbsence.staff_id == staff_id,
            StaffAbsence.first_day <= last,
            StaffAbsence.last_day >= first,
        )
    )
    return [_absence(row) for row in rows]


def _day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """From midnight before `first` to midnight after `last`, in Copenhagen."""
    start = datetime.combine(first, time(), tzinfo=COPENHAGEN)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=COPENHAGEN)
    return start, end


async def booked_between(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    first: date,
    last: date,
    staff_id: uuid.UUID | None = None,
) -> list[Appointment]:
    """Bookings that hold their time (not cancelled) on the days `first` to `last`, of one
    member of staff or of the whole centre: "Min dag", an absence's or a closure day's hits."""
    start, end = _day_bounds(first, last)
    query = select(Appointment).where(
        Appointment.centre_id == centre_id,
        Appointment.status != "cancelled",
        Appointment.starts_at >= start,
        Appointment.starts_at < end,
    )
    if staff_id is not None:
        query = query.where(Appointment.staff_id == staff_id)
    rows = await session.scalars(query.order_by(Appointment.starts_at))
    return list(rows)


async def add_absence(
    session: AsyncSession,
    centre_id: uuid.UUID,
    staff_id: uuid.UUID,
    absence: Absence,
    *,
    note: str | None,
    recorded_by: str,
) -> tuple[StaffAbsence, list[Appointment]]:
    """Record an absence; answer it with the member of staff's bookings it hits, to rebook.
    Nothing is moved or cancelled by itself."""
    row = StaffAbsence(
        centre_id=centre_id, staff_id=staff_id, kind=absence.kind.value,
        first_day=absence.first_day, last_day=absence.last_day,
        note=(note or "").strip() or None, recorded_by=recorded_by,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    booked = await booked_between(
        session, centre_id, first=absence.first_day, last=absence.last_day, staff_id=staff_id
    )
    return row, hit_by_absence(absence, booked)


async def current_absences(
    session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID, *, today: date
) -> list[StaffAbsence]:
    """The member of staff's absences not yet over, the earliest first."""
    rows = await session.scalars(
        select(StaffAbsence)
        .where(StaffAbsence.centre_id == centre_id, StaffAbsence.staff_id == staff_id,
               StaffAbsence.last_day >= today)
        .order_by(StaffAbsence.first_day, StaffAbsence.id)
    )  # fmt: skip
    return list(rows)


async def _absence_row(
    session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID, absence_id: uuid.UUID
) -> StaffAbsence:
    row = await session.scalar(
        select(StaffAbsence)
        .where(StaffAbsence.centre_id == centre_id, StaffAbsence.staff_id == staff_id,
               StaffAbsence.id == absence_id)
        .with_for_update()
    )  # fmt: skip
    if row is None:
        raise NotFound("Fraværet findes ikke.")
    return row


async def change_absence(
    session: AsyncSession,
    centre_id: uuid.UUID,
    staff_id: uuid.UUID,
    absence_id: uuid.UUID,
    absence: Absence,
    *,
    note: str | None,
    recorded_by: str,
) -> tuple[StaffAbsence, list[Appointment]]:
    """Replace the absence's kind, days and note; answer it with the bookings the changed
    absence hits, to rebook, as recording one does."""
    row = await _absence_row(session, centre_id, staff_id, absence_id)
    row.kind, row.first_day, row.last_day = absence.kind.value, absence.first_day, absence.last_day
    row.note = (note or "").strip() or None
    row.recorded_by = recorded_by
    await session.flush()
    booked = await booked_between(
        session, centre_id, first=absence.first_day, last=absence.last_day, staff_id=staff_id
    )
    return row, hit_by_absence(absence, booked)


async def remove_absence(
    session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID, absence_id: uuid.UUID
) -> None:
    """An absence recorded by mistake or called off: the days are bookable again."""
    row = await _absence_row(session, centre_id, staff_id, absence_id)
    await session.delete(row)
    await session.flush()


async def get_room(session: AsyncSession, centre_id: uuid.UUID, room_id: uuid.UUID) -> Room:
    room = await session.scalar(select(Room).where(Room.centre_id == centre_id, Room.id == room_id))
    if room is None:
        raise NotFound("Lokalet findes ikke.", field="place.room_id")
    return room
