"""Teams' tables: the team (hold) with its weekly times, its occurrences (holdgange), its
seats (pladser) and its waiting list (venteliste).

An occurrence is a row of its own, known by the date the weekly pattern planned it for:
(team_id, planned_on) is unique, so no edit can plan a date twice. Two held occurrences of
one team, or of one room, cannot overlap (exclusion constraints over their time range). A
course holds at most one seat on a team at a time and waits at most once. The capacity
counts, so it cannot be a constraint: a seat is taken under a row lock on the team (see
teams.py), and a concurrent second seat counts the first once it has committed. The
overlap constraints are deferrable, so a rest-of-series edit is judged as a whole, not
row by row in the middle of its update.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, TSTZRANGE, UUID, ExcludeConstraint, Range
from sqlalchemy.orm import Mapped, mapped_column

from domain.scheduling import OccurrenceStatus
from domain.training import Discipline
from persistence.base import Base, created_at_column, id_column

_DISCIPLINES = ", ".join(f"'{member.value}'" for member in Discipline)
_STATUSES = ", ".join(f"'{member.value}'" for member in OccurrenceStatus)
HELD = "status = 'planned'"


class Team(Base):
    """A team at one site, in one room, for one discipline, from its start to its end.
    `version` goes up with every change of its occurrences (the feeds' SEQUENCE reads the
    occurrence's own)."""

    __tablename__ = "teams"
    __table_args__ = (
        ForeignKeyConstraint(["centre_id", "site_id"], ["sites.centre_id", "sites.id"],
                             name="fk_teams_site_same_centre"),
        CheckConstraint(f"discipline IN ({_DISCIPLINES})", name="discipline"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("length(btrim(name)) > 0", name="name_given"),
        Index("ix_teams_centre_site", "centre_id", "site_id"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    room_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rooms.id"))
    name: Mapped[str] = mapped_column(String(100))
    discipline: Mapped[str] = mapped_column(String(40))
    capacity: Mapped[int] = mapped_column(Integer)
    therapist_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(UUID(as_uuid=True)))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = created_at_column()


class TeamWeeklyTime(Base):
    """When the team meets on one weekday (1 Monday to 5 Friday), Copenhagen time."""

    __tablename__ = "team_weekly_times"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 1 AND 5", name="weekday"),
        CheckConstraint("ends > starts", name="ends_after_start"),
    )

    team_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True
    )
    weekday: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)


class TeamOccurrence(Base):
    """One dated session of a team. `sequence` counts its changes (iCalendar's SEQUENCE)."""

    __tablename__ = "team_occurrences"
    __table_args__ = (
        UniqueConstraint("team_id", "planned_on", name="uq_team_occurrences_planned_on"),
        CheckConstraint(f"status IN ({_STATUSES})", name="status"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        ExcludeConstraint(("team_id", "="), ("during", "&&"), using="gist",
                          where=text(HELD), name="ex_team_occurrences_team_overlap",
                          deferrable=True, initially="IMMEDIATE"),
        ExcludeConstraint(("room_id", "="), ("during", "&&"), using="gist",
                          where=text(HELD), name="ex_team_occurrences_room_overlap",
                          deferrable=True, initially="IMMEDIATE"),
        Index("ix_team_occurrences_centre_starts", "centre_id", "starts_at"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    room_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rooms.id"))
    planned_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    during: Mapped[Range[datetime]] = mapped_column(
        TSTZRANGE, Computed("tstzrange(starts_at, ends_at)", persisted=True)
    )
    status: Mapped[str] = mapped_column(String(20), server_default=text("'planned'"))
    moved: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    sequence: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TeamSeat(Base):
    """A course's seat on a team from `from_day`; `released_on` once given up."""

    __tablename__ = "team_seats"
    __table_args__ = (
        ForeignKeyConstraint(
            ["centre_id", "citizen_id"], ["citizens.centre_id", "citizens.id"],
            name="fk_team_seats_citizen_same_centre", ondelete="CASCADE",
        ),
        CheckConstraint("released_on IS NULL OR released_on >= from_day",
                        name="released_after_start"),
        Index("uq_team_seats_one_per_course", "team_id", "course_id", unique=True,
              postgresql_where=text("released_on IS NULL")),
        Index("ix_team_seats_course", "course_id"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    citizen_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    from_day: Mapped[date] = mapped_column(Date)
    released_on: Mapped[date | None] = mapped_column(Date)
    booked_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = created_at_column()


class WaitingListEntry(Base):
    """A course waiting for a seat on a team; `offered_at` while a freed seat is offered."""

    __tablename__ = "team_waiting_list"
    __table_args__ = (
        ForeignKeyConstraint(
            ["centre_id", "citizen_id"], ["citizens.centre_id", "citizens.id"],
            name="fk_team_waiting_list_citizen_same_centre", ondelete="CASCADE",
        ),
        UniqueConstraint("team_id", "course_id", name="uq_team_waiting_list_course"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    citizen_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    placed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    offered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    placed_by: Mapped[str] = mapped_column(String(200))
