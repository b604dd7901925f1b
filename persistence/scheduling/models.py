"""Scheduling's tables: rooms, staff working hours and absences, home helpers, appointments.

Every record belongs to a centre. Overlapping bookings of one member of staff, one home
helper or one citizen are refused by exclusion constraints over the booking's time range
(btree_gist lets a gist index compare the ids with =); a room's capacity is held by a row
lock on the room (see appointments.py), since an exclusion constraint cannot count.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import StrEnum

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
from sqlalchemy.dialects.postgresql import TSTZRANGE, UUID, ExcludeConstraint, Range
from sqlalchemy.orm import Mapped, mapped_column

from domain.scheduling import AbsenceKind, PlaceKind, PlanChannel, ProviderKind
from domain.training import Attendance, Discipline, SessionForm, SessionPurpose
from persistence.base import Base, created_at_column, id_column


def _values(enum: type[StrEnum]) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


class Room(Base):
    """A room at a site; `capacity` sessions may use it at once."""

    __tablename__ = "rooms"
    __table_args__ = (
        ForeignKeyConstraint(["centre_id", "site_id"], ["sites.centre_id", "sites.id"],
                             name="fk_rooms_site_same_centre"),
        UniqueConstraint("site_id", "name", name="uq_rooms_site_name"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    name: Mapped[str] = mapped_column(String(100))
    capacity: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[datetime] = created_at_column()


class StaffWorkingHours(Base):
    """One stretch of a member of staff's working week, Copenhagen time."""

    __tablename__ = "staff_working_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday"),
        CheckConstraint("ends > starts", name="ends_after_start"),
        UniqueConstraint("staff_id", "weekday", "starts", name="uq_staff_working_hours_stretch"),
    )

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(SmallInteger)
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)


class StaffAbsence(Base):
    """Holiday, illness or a course the member of staff attends: whole days, inclusive."""

    __tablename__ = "staff_absences"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_values(AbsenceKind)})", name="kind"),
        CheckConstraint("last_day >= first_day", name="ends_after_start"),
        Index("ix_staff_absences_staff_days", "staff_id", "first_day"),
    )

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(500))
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = created_at_column()


class HomeHelper(Base):
    """A home helper of the municipal home care (hjemmeplejen): a name and a unit, no login."""

    __tablename__ = "home_helpers"

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    name: Mapped[str] = mapped_column(String(200))
    home_care_unit: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[datetime] = created_at_column()


# A cancelled booking frees its time; every other status holds it.
HOLDS_TIME = "status <> 'cancelled'"


class Appointment(Base):
    """One booked session: a citizen, who gives it, where and when."""

    __tablename__ = "appointments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["centre_id", "citizen_id"], ["citizens.centre_id", "citizens.id"],
            name="fk_appointments_citizen_same_centre", ondelete="CASCADE",
        ),
        CheckConstraint(f"status IN ({_values(Attendance)})", name="status"),
        CheckConstraint(f"purpose IN ({_values(SessionPurpose)})", name="purpose"),
        CheckConstraint(f"form IN ({_values(SessionForm)})", name="form"),
        CheckConstraint(f"provider IN ({_values(ProviderKind)})", name="provider"),
        CheckConstraint(f"place IN ({_values(PlaceKind)})", name="place"),
        CheckConstraint(f"discipline IS NULL OR discipline IN ({_values(Discipline)})",
                        name="discipline"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        # Every booking belongs to a course or a case, so it goes with them by retention.
        CheckConstraint("course_id IS NOT NULL OR case_id IS NOT NULL", name="belongs"),
        CheckConstraint(
            "(provider = 'home_helper') = (home_helper_id IS NOT NULL) "
            "AND (provider = 'home_helper') = (staff_id IS NULL)",
            name="provider_recorded",
        ),
        CheckConstraint("provider = 'therapist' OR supervisor_id IS NOT NULL",
                        name="supervised"),
        # At a site: the site, and a room unless booked before rooms were (an invitation's).
        CheckConstraint("(place = 'site') = (site_id IS NOT NULL) "
                        "AND (room_id IS NULL OR place = 'site')", name="place_recorded"),
        ExcludeConstraint(("staff_id", "="), ("during", "&&"), using="gist",
                          where=text(f"{HOLDS_TIME} AND staff_id IS NOT NULL"),
                          name="ex_appointments_staff_overlap"),
        ExcludeConstraint(("home_helper_id", "="), ("during", "&&"), using="gist",
                          where=text(f"{HOLDS_TIME} AND home_helper_id IS NOT NULL"),
                          name="ex_appointments_home_helper_overlap"),
        ExcludeConstraint(("citizen_id", "="), ("during", "&&"), using="gist",
                          where=text(HOLDS_TIME), name="ex_appointments_citizen_overlap"),
        Index("ix_appointments_room_starts", "room_id", "starts_at"),
        Index("ix_appointments_course_starts", "course_id", "starts_at"),
        Index("ix_appointments_centre_starts", "centre_id", "starts_at"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    citizen_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    course_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("courses.id", ondelete="CASCADE")
    )
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(30))
    form: Mapped[str] = mapped_column(String(20), server_default=text("'individual'"))
    discipline: Mapped[str | None] = mapped_column(String(40))
    provider: Mapped[str] = mapped_column(String(30))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    home_helper_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("home_helpers.id"))
    supervisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    place: Mapped[str] = mapped_column(String(20))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("rooms.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    during: Mapped[Range[datetime]] = mapped_column(
        TSTZRANGE, Computed("tstzrange(starts_at, ends_at)", persisted=True)
    )
    status: Mapped[str] = mapped_column(String(20), server_default=text("'booked'"))
    # Why it was booked outside working hours or during an absence, when it was.
    outside_hours_reason: Mapped[str | None] = mapped_column(String(500))
    booked_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = created_at_column()
    changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TrainingPlanSent(Base):
    """A citizen's plan of coming sessions, as sent or printed: its letter, kept with the case,
    how it reached the citizen and how many sessions it listed."""

    __tablename__ = "training_plans"
    __table_args__ = (
        CheckConstraint(f"channel IN ({_values(PlanChannel)})", name="channel"),
        CheckConstraint("sessions > 0", name="sessions_listed"),
        Index("ix_training_plans_course", "course_id", "sent_at"),
    )

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    letter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    sessions: Mapped[int] = mapped_column(Integer)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_by: Mapped[str] = mapped_column(String(200))
