"""Training's tables: the course (forløb), its goals and their kept versions, its journal
notes, its content (FSIII training services) and its frequency exceptions.

Every record belongs to a centre; unique indexes include the centre.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column

from domain.training import OPEN_STATUSES, CourseStatus, ExceptionReason, GoalStatus
from persistence.base import Base, created_at_column, id_column

STATUSES = ", ".join(f"'{status.value}'" for status in CourseStatus)
OPEN = ", ".join(f"'{status.value}'" for status in CourseStatus if status in OPEN_STATUSES)


class Course(Base):
    """A granted period of training (forløb). At most one open (planned, active or postponed)
    per citizen, held here."""

    __tablename__ = "courses"
    __table_args__ = (
        ForeignKeyConstraint(
            ["centre_id", "citizen_id"], ["citizens.centre_id", "citizens.id"],
            name="fk_courses_citizen_same_centre", ondelete="CASCADE",
        ),
        CheckConstraint(f"status IN ({STATUSES})", name="status"),
        CheckConstraint("ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
                        name="ends_after_start"),
        # Service standard: one offer at a time. Two staff granting at once cannot both win.
        Index("uq_courses_one_offer_per_citizen", "centre_id", "citizen_id", unique=True,
              postgresql_where=sql_text(f"status IN ({OPEN})")),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    citizen_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    # The grant or start that created it; a correction of that event cancels the course.
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_events.id"))
    legal_basis: Mapped[str] = mapped_column(ForeignKey("legal_bases.code"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    status: Mapped[str] = mapped_column(String(20))
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    # Recorded by staff from before this system, so the quarantine rule sees it.
    earlier: Mapped[bool] = mapped_column(Boolean, server_default=sql_text("false"))
    note: Mapped[str | None] = mapped_column(String(1000))
    disciplines: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=sql_text("'{}'"))
    form: Mapped[str | None] = mapped_column(String(40))
    transport_needed: Mapped[bool] = mapped_column(Boolean, server_default=sql_text("false"))
    planned_end_on: Mapped[date | None] = mapped_column(Date)
    # The responsible therapists (staff accounts).
    therapist_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(UUID(as_uuid=True)), server_default=sql_text("'{}'::uuid[]")
    )
    # When the plan (disciplines, form, site, therapists, start, planned end) last changed.
    plan_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = created_at_column()


def _values(enum: type[StrEnum]) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


def course_child(table: str) -> ForeignKeyConstraint:
    """A record of a course: goes with the course (and so with its case, by retention)."""
    return ForeignKeyConstraint(
        ["course_id"], ["courses.id"], name=f"fk_{table}_course_id_courses", ondelete="CASCADE"
    )


class CourseGoal(Base):
    """A goal agreed with the citizen, as it stands now; every version in goal_changes."""

    __tablename__ = "course_goals"
    __table_args__ = (
        course_child("course_goals"),
        CheckConstraint(f"status IN ({_values(GoalStatus)})", name="status"),
        CheckConstraint("length(btrim(text)) > 0", name="text_given"),
        Index("ix_course_goals_course", "course_id"),
    )

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    text: Mapped[str] = mapped_column(String(2000))
    measure: Mapped[str | None] = mapped_column(String(500))
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"))
    created_at: Mapped[datetime] = created_at_column()
    changed_at: Mapped[datetime] = created_at_column()


class GoalChange(Base):
    """One version of a goal, with who made it when. Append-only: the service may not
    update or delete it."""

    __tablename__ = "goal_changes"
    __table_args__ = (
        ForeignKeyConstraint(["goal_id"], ["course_goals.id"],
                             name="fk_goal_changes_goal_id_course_goals", ondelete="CASCADE"),
        UniqueConstraint("goal_id", "version", name="uq_goal_changes_version"),
        CheckConstraint(f"status IN ({_values(GoalStatus)})", name="status"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    goal_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(2000))
    measure: Mapped[str | None] = mapped_column(String(500))
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = created_at_column()


class JournalNote(Base):
    """A note of a session. Append-only; a correction is a new note referring to the old one,
    and the composite key makes the database refuse one that refers across courses."""

    __tablename__ = "journal_notes"
    __table_args__ = (
        course_child("journal_notes"),
        UniqueConstraint("course_id", "id", name="uq_journal_notes_course_id"),
        ForeignKeyConstraint(
            ["course_id", "corrects_id"], ["journal_notes.course_id", "journal_notes.id"],
            name="fk_journal_notes_corrects_same_course", ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["appointment_id"], ["appointments.id"],
                             name="fk_journal_notes_appointment_id_appointments",
                             ondelete="SET NULL"),
        CheckConstraint("length(btrim(text)) > 0", name="text_given"),
        Index("ix_journal_notes_course_written", "course_id", "written_at"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    author_name: Mapped[str] = mapped_column(String(200))
    written_at: Mapped[datetime] = created_at_column()
    text: Mapped[str] = mapped_column(Text)
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))


class CourseService(Base):
    """The course's content: one FSIII training service, stored with its system and display."""

    __tablename__ = "course_services"
    __table_args__ = (
        course_child("course_services"),
        PrimaryKeyConstraint("course_id", "code", name="pk_course_services"),
    )

    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    code: Mapped[str] = mapped_column(String(64))
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    system: Mapped[str] = mapped_column(String(100))
    display: Mapped[str] = mapped_column(String(200))
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = created_at_column()


class FrequencyExceptionRow(Base):
    """More intensive training for a period, recorded by the therapist with a reason."""

    __tablename__ = "frequency_exceptions"
    __table_args__ = (
        course_child("frequency_exceptions"),
        CheckConstraint(f"reason IN ({_values(ExceptionReason)})", name="reason"),
        CheckConstraint("reason <> 'other' OR note IS NOT NULL", name="other_reason_written"),
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        Index("ix_frequency_exceptions_centre_ends", "centre_id", "ends_on"),
    )

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    reason: Mapped[str] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(String(1000))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = created_at_column()
