"""What a calendar feed shows, read as plain rows (Core statements, no model objects): a
member of staff's appointments and the occurrences of the teams they run, or one team's
occurrences; with the site's and room's names. No citizen's data is selected at all."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar import COPENHAGEN
from persistence.centre import Site
from persistence.scheduling import Appointment, Room, Team, TeamOccurrence


@dataclass(frozen=True, slots=True)
class FeedEntry:
    id: uuid.UUID
    kind: str  # appointment or team_occurrence
    team_name: str | None
    purpose: str | None  # an appointment's
    place: str  # site, home or nearby
    site_name: str | None
    room_name: str | None
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    sequence: int
    stamp: datetime


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    start = datetime.combine(first, time(), tzinfo=COPENHAGEN)
    return start, datetime.combine(last + timedelta(days=1), time(), tzinfo=COPENHAGEN)


def _occurrences() -> Any:
    return (
        select(
            TeamOccurrence.id, Team.name, Site.name, Room.name, TeamOccurrence.starts_at,
            TeamOccurrence.ends_at, TeamOccurrence.status, TeamOccurrence.sequence,
            func.coalesce(TeamOccurrence.changed_at, Team.created_at),
        )
        .join(Team, Team.id == TeamOccurrence.team_id)
        .join(Site, Site.id == Team.site_id)
        .join(Room, Room.id == TeamOccurrence.room_id)
    )  # fmt: skip


def _occurrence_entries(rows: Any) -> list[FeedEntry]:
    return [
        FeedEntry(id_, "team_occurrence", team, None, "site", site, room, starts, ends,
                  status == "cancelled", sequence, stamp)
        for id_, team, site, room, starts, ends, status, sequence, stamp in rows
    ]  # fmt: skip


async def staff_feed_entries(
    session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID, *, first: date, last: date
) -> list[FeedEntry]:
    """The member of staff's appointments and their teams' occurrences, `first` to `last`."""
    start, end = _bounds(first, last)
    booked = await session.execute(
        select(
            Appointment.id, Appointment.purpose, Appointment.place, Site.name, Room.name,
            Appointment.starts_at, Appointment.ends_at, Appointment.status,
            case((Appointment.changed_at.is_(None), 0), else_=1),
            func.coalesce(Appointment.changed_at, Appointment.created_at),
        )
        .outerjoin(Site, Site.id == Appointment.site_id)
        .outerjoin(Room, Room.id == Appointment.room_id)
        .where(Appointment.centre_id == centre_id, Appointment.staff_id == staff_id,
               Appointment.starts_at >= start, Appointment.starts_at < end)
    )  # fmt: skip
    entries = [
        FeedEntry(id_, "appointment", None, purpose, place, site, room, starts, ends,
                  status == "cancelled", sequence, stamp)
        for id_, purpose, place, site, room, starts, ends, status, sequence, stamp in booked.all()
    ]  # fmt: skip
    teams = await session.execute(
        _occurrences().where(
            TeamOccurrence.centre_id == centre_id, Team.therapist_ids.contains([staff_id]),
            TeamOccurrence.starts_at >= start, TeamOccurrence.starts_at < end,
        )
    )  # fmt: skip
    entries.extend(_occurrence_entries(teams.all()))
    return sorted(entries, key=lambda entry: (entry.starts_at, str(entry.id)))


async def team_feed_entries(
    session: AsyncSession, centre_id: uuid.UUID, team_id: uuid.UUID
) -> list[FeedEntry]:
    """Every occurrence of one team (at most a year of them)."""
    rows = await session.execute(
        _occurrences()
        .where(TeamOccurrence.centre_id == centre_id, TeamOccurrence.team_id == team_id)
        .order_by(TeamOccurrence.planned_on)
    )
    return _occurrence_entries(rows.all())


@dataclass(frozen=True, slots=True)
class CalendarRow:
    """One entry of a staff calendar view: an appointment (with its citizen and course, for
    the caller's need-to-know check) or a team occurrence."""

    id: uuid.UUID
    kind: str
    title: str | None  # a team's name
    purpose: str | None
    place: str
    staff_ids: tuple[uuid.UUID, ...]
    site_id: uuid.UUID | None
    room_id: uuid.UUID | None
    team_id: uuid.UUID | None
    planned_on: date | None
    starts_at: datetime
    ends_at: datetime
    status: str
    citizen_id: uuid.UUID | None
    course_id: uuid.UUID | None


async def calendar_rows(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    first: date,
    last: date,
    staff_id: uuid.UUID | None = None,
    site_id: uuid.UUID | None = None,
    room_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
) -> list[CalendarRow]:
    """Appointments (not cancelled) and held team occurrences from `first` to `last`, of one
    member of staff, site, room or team: two statements, rows only."""
    start, end = _bounds(first, last)
    found: list[CalendarRow] = []
    if team_id is None:
        query = select(
            Appointment.id, Appointment.purpose, Appointment.place, Appointment.staff_id,
            Appointment.site_id, Appointment.room_id, Appointment.starts_at,
            Appointment.ends_at, Appointment.status, Appointment.citizen_id,
            Appointment.course_id,
        ).where(Appointment.centre_id == centre_id, Appointment.status != "cancelled",
                Appointment.starts_at >= start, Appointment.starts_at < end)  # fmt: skip
        if staff_id is not None:
            query = query.where(Appointment.staff_id == staff_id)
        if site_id is not None:
            query = query.where(Appointment.site_id == site_id)
        if room_id is not None:
            query = query.where(Appointment.room_id == room_id)
        for id_, purpose, place, staff, site, room, starts, ends, status, citizen, course in (
            await session.execute(query)
        ).all():
            found.append(CalendarRow(
                id_, "appointment", None, purpose, place, (staff,) if staff else (), site, room,
                None, None, starts, ends, status, citizen, course,
            ))  # fmt: skip
    teams = select(
        TeamOccurrence.id, Team.name, Team.therapist_ids, Team.site_id, TeamOccurrence.room_id,
        Team.id, TeamOccurrence.planned_on, TeamOccurrence.starts_at, TeamOccurrence.ends_at,
        TeamOccurrence.status,
    ).join(Team, Team.id == TeamOccurrence.team_id).where(
        TeamOccurrence.centre_id == centre_id, TeamOccurrence.status == "planned",
        TeamOccurrence.starts_at >= start, TeamOccurrence.starts_at < end,
    )  # fmt: skip
    if staff_id is not None:
        teams = teams.where(Team.therapist_ids.contains([staff_id]))
    if site_id is not None:
        teams = teams.where(Team.site_id == site_id)
    if room_id is not None:
        teams = teams.where(TeamOccurrence.room_id == room_id)
    if team_id is not None:
        teams = teams.where(Team.id == team_id)
    for id_, name, therapists, site, room, team, planned_on, starts, ends, status in (
        await session.execute(teams)
    ).all():
        found.append(CalendarRow(
            id_, "team_occurrence", name, None, "site", tuple(therapists), site, room, team,
            planned_on, starts, ends, status, None, None,
        ))  # fmt: skip
    return sorted(found, key=lambda row: (row.starts_at, str(row.id)))
