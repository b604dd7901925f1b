"""What a calendar feed shows, read as plain rows (Core statements, no model objects): a
member of staff's appointments and the occurrences of the teams they run, or one team's
occurrences; with the site's and room's names. No citizen's data is selected at all.

And what the staff calendars show (`calendar_entries`): a lean read, one statement with its
access-log entry, the citizen named only where the caller may see the course."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.dialects.postgresql import UUID, array
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import CaseReach
from domain.calendar import COPENHAGEN
from persistence.access import fetch, logged_read
from persistence.centre import Site
from persistence.citizens import Citizen
from persistence.scheduling import (
    Appointment,
    Room,
    Team,
    TeamOccurrence,
    course_in_reach,
    reach_shape,
)


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


# The staff calendars: one lean read (persistence/access/reads.py shows the pattern).

_UUID = UUID(as_uuid=True)


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One entry of a staff calendar view: an appointment, with its course and citizen where
    the caller may see them, or a team occurrence with its team's name."""

    id: uuid.UUID
    kind: str  # appointment or team_occurrence
    team_name: str | None
    purpose: str | None  # an appointment's
    place: str
    staff_ids: list[uuid.UUID]
    site_id: uuid.UUID | None
    room_id: uuid.UUID | None
    team_id: uuid.UUID | None
    planned_on: date | None
    starts_at: datetime
    ends_at: datetime
    course_id: uuid.UUID | None  # where shown
    citizen_id: uuid.UUID | None  # where shown
    citizen_name: str | None  # where shown


_FIELDS = tuple(CalendarEntry.__dataclass_fields__)


def _null(type_: Any) -> Any:
    return cast(null(), type_)


def _labelled(*columns: Any) -> Select[Any]:
    """A select of `columns`, named as `CalendarEntry`'s fields in their order."""
    return select(*(column.label(name) for column, name in zip(columns, _FIELDS, strict=True)))


def _appointments(shape: str, staff: bool, site: bool, room: bool) -> Select[Any]:
    """The appointments that hold their time, the citizen joined only where shown: a course
    the caller may see (`course_in_reach`), or one the caller is booked to give."""
    seen: ColumnElement[bool] = course_in_reach(shape)
    if shape == "sites_or_assigned":  # the caller's own bookings (reach_user_id is theirs)
        seen = or_(Appointment.staff_id == bindparam("reach_user_id"), seen)
    shown = and_(
        Citizen.centre_id == Appointment.centre_id,
        Citizen.id == Appointment.citizen_id,
        Appointment.course_id.is_not(None),
        seen,
    )
    staff_ids = case(
        (Appointment.staff_id.is_(None), literal_column("'{}'::uuid[]")),
        else_=array([Appointment.staff_id]),
    )
    read = (
        _labelled(
            Appointment.id, literal_column("'appointment'"), _null(String), Appointment.purpose,
            Appointment.place, staff_ids, Appointment.site_id, Appointment.room_id,
            _null(_UUID), _null(Date), Appointment.starts_at, Appointment.ends_at,
            case((Citizen.id.is_not(None), Appointment.course_id)), Citizen.id, Citizen.name,
        )
        .select_from(Appointment)
        .outerjoin(Citizen, shown)
        .where(
            Appointment.centre_id == bindparam("centre_id"),
            Appointment.status != literal_column("'cancelled'"),
            Appointment.starts_at >= bindparam("start"),
            Appointment.starts_at < bindparam("end"),
        )
    )  # fmt: skip
    if staff:
        read = read.where(Appointment.staff_id == bindparam("staff_id", type_=_UUID))
    if site:
        read = read.where(Appointment.site_id == bindparam("site_id", type_=_UUID))
    if room:
        read = read.where(Appointment.room_id == bindparam("room_id", type_=_UUID))
    return read


def _team_occurrences(staff: bool, site: bool, room: bool, team: bool) -> Select[Any]:
    """The held occurrences of the teams, no citizen's data."""
    read = (
        _labelled(
            TeamOccurrence.id, literal_column("'team_occurrence'"), Team.name, _null(String),
            literal_column("'site'"), Team.therapist_ids, Team.site_id, TeamOccurrence.room_id,
            Team.id, TeamOccurrence.planned_on, TeamOccurrence.starts_at,
            TeamOccurrence.ends_at, _null(_UUID), _null(_UUID), _null(String),
        )
        .join(Team, Team.id == TeamOccurrence.team_id)
        .where(
            TeamOccurrence.centre_id == bindparam("centre_id"),
            TeamOccurrence.status == literal_column("'planned'"),
            TeamOccurrence.starts_at >= bindparam("start"),
            TeamOccurrence.starts_at < bindparam("end"),
        )
    )  # fmt: skip
    if staff:
        read = read.where(Team.therapist_ids.contains(array([bindparam("staff_id", type_=_UUID)])))
    if site:
        read = read.where(Team.site_id == bindparam("site_id", type_=_UUID))
    if room:
        read = read.where(TeamOccurrence.room_id == bindparam("room_id", type_=_UUID))
    if team:
        read = read.where(Team.id == bindparam("team_id", type_=_UUID))
    return read


@cache
def calendar_read(shape: str, staff: bool, site: bool, room: bool, team: bool) -> Select[Any]:
    """The entries of one member of staff, site, room or team (the filters given) from
    `start` to `end`: appointments (none for a team's calendar) and team occurrences."""
    occurrences = _team_occurrences(staff, site, room, team)
    if team:
        return occurrences
    entries = union_all(_appointments(shape, staff, site, room), occurrences).subquery("entries")
    return select(*entries.c)


@cache
def calendar_query(shape: str, staff: bool, site: bool, room: bool, team: bool) -> Select[Any]:
    """`calendar_read` and the access-log entry of the citizens shown (written whatever it
    finds: every read of a calendar is logged), one statement."""
    return logged_read(calendar_read(shape, staff, site, room, team), citizen="citizen_id",
                       order_by=["starts_at", "id"], always=True)  # fmt: skip


async def calendar_entries(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    first: date,
    last: date,
    staff_id: uuid.UUID | None = None,
    site_id: uuid.UUID | None = None,
    room_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
    reach: CaseReach | None,
    entry: dict[str, Any],
) -> list[CalendarEntry]:
    """Appointments (not cancelled) and held team occurrences from `first` to `last`, of one
    member of staff, site, room or team, by start; an appointment's course and citizen where
    `reach` sees the course or the caller gives it; and the entry (persistence.access's
    `entry`) of the citizens shown: one statement, one round trip."""
    shape, values = reach_shape(reach)
    start, end = _bounds(first, last)
    values.update(entry, centre_id=centre_id, start=start, end=end)
    filters = {"staff_id": staff_id, "site_id": site_id, "room_id": room_id, "team_id": team_id}
    values.update({name: value for name, value in filters.items() if value is not None})
    query = calendar_query(shape, *(value is not None for value in filters.values()))
    return [CalendarEntry(*row) for row in await fetch(session, query, values)]
