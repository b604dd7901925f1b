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
