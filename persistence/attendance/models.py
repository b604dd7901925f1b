"""Attendance's tables: the registrations and flag resolutions of a course as events, the open
flags folded from them, a course's pauses and its ending, and transport.

The events are append-only (the service may insert and read them, never change them); a
mistaken registration is corrected by a new event naming it. A registration's subject is one
session: an appointment, or a team seat at one occurrence (`seat_id` and `occurrence_id`
together); the check `registration` allows exactly one of the two.

`version` numbers the registrations of one subject 1, 2, 3...; the unique indexes on
(appointment_id, version) and (seat_id, occurrence_id, version) make two registrations of
one session at once end with one row for each version, never two states in force.
`attendance_flags` is the projection the worklist reads: rewritten from the fold under the
course's row lock after every event.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Identity,
    Index,
    Integer,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column

from domain.attendance import CancellationReason, CancelledBy, FlagKind, FlagResolution
from domain.training import Attendance, EndReason
from persistence.base import Base, created_at_column, id_column


def _values(enum: type[StrEnum]) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


class EventKind(StrEnum):
    REGISTRATION = "registration"
    FLAG_RESOLUTION = "flag_resolution"


def _of_course(table: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        ["course_id"], ["courses.id"], name=f"fk_{table}_course_id_courses", ondelete="CASCADE"
    )


class AttendanceEventRow(Base):
    """One registration of a session, or one resolution of a flag, in recorded order (`seq`)."""

    __tablename__ = "attendance_events"
    __table_args__ = (
        _of_course("attendance_events"),
        UniqueConstraint("course_id", "id", name="uq_attendance_events_course_id"),
        ForeignKeyConstraint(
            ["course_id", "corrects_id"], ["attendance_events.course_id", "attendance_events.id"],
            name="fk_attendance_events_corrects_same_course", ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["appointment_id"], ["appointments.id"],
                             name="fk_attendance_events_appointment_id_appointments",
                             ondelete="CASCADE"),
        ForeignKeyConstraint(["seat_id"], ["team_seats.id"],
                             name="fk_attendance_events_seat_id_team_seats", ondelete="CASCADE"),
        ForeignKeyConstraint(["occurrence_id"], ["team_occurrences.id"],
                             name="fk_attendance_events_occurrence_id_team_occurrences",
                             ondelete="CASCADE"),
        CheckConstraint("(seat_id IS NULL) = (occurrence_id IS NULL)", name="seat_session"),
        CheckConstraint(f"kind IN ({_values(EventKind)})", name="kind"),
        CheckConstraint(f"attendance IS NULL OR attendance IN ({_values(Attendance)})",
                        name="attendance"),
        CheckConstraint("kind <> 'registration' OR (num_nonnulls(appointment_id, seat_id) = 1 "
                        "AND attendance IS NOT NULL AND version IS NOT NULL "
                        "AND flag_kind IS NULL AND resolution IS NULL)", name="registration"),
        CheckConstraint("kind <> 'flag_resolution' OR (appointment_id IS NULL AND seat_id IS NULL "
                        "AND attendance IS NULL AND version IS NULL AND corrects_id IS NULL "
                        "AND flag_kind IS NOT NULL AND resolution IS NOT NULL "
                        "AND length(btrim(note)) > 0)", name="flag_resolution"),
        # Back to booked only as the correction of a mistaken registration.
        CheckConstraint("attendance IS DISTINCT FROM 'booked' OR corrects_id IS NOT NULL",
                        name="booked_only_as_correction"),
        # A cancellation has all of its details, and only a cancellation has any.
        CheckConstraint("num_nonnulls(cancellation_reason, cancelled_by, reported_at) = "
                        "CASE WHEN attendance = 'cancelled' THEN 3 ELSE 0 END",
                        name="cancellation_details"),
        CheckConstraint(f"cancellation_reason IS NULL OR cancellation_reason IN "
                        f"({_values(CancellationReason)})", name="cancellation_reason"),
        CheckConstraint(f"cancelled_by IS NULL OR cancelled_by IN ({_values(CancelledBy)})",
                        name="cancelled_by"),
        CheckConstraint(f"flag_kind IS NULL OR flag_kind IN ({_values(FlagKind)})",
                        name="flag_kind"),
        CheckConstraint(f"resolution IS NULL OR resolution IN ({_values(FlagResolution)})",
                        name="resolution"),
        CheckConstraint("version IS NULL OR version > 0", name="version_positive"),
        # One registration per version of a session: two at once cannot both be in force.
        UniqueConstraint("appointment_id", "version", name="uq_attendance_events_session_version"),
        UniqueConstraint("seat_id", "occurrence_id", "version",
                         name="uq_attendance_events_seat_version"),
        # A registration is corrected at most once (the correction is then the one in force).
        UniqueConstraint("corrects_id", name="uq_attendance_events_corrects_id"),
        Index("ix_attendance_events_course_seq", "course_id", "seq"),
        Index("ix_attendance_events_occurrence", "occurrence_id"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True))
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    kind: Mapped[str] = mapped_column(String(20))
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    seat_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    occurrence_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    version: Mapped[int | None] = mapped_column(SmallInteger)
    attendance: Mapped[str | None] = mapped_column(String(20))
    cancellation_reason: Mapped[str | None] = mapped_column(String(20))
    cancelled_by: Mapped[str | None] = mapped_column(String(20))
    reported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    flag_kind: Mapped[str | None] = mapped_column(String(20))
    resolution: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(2000))
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AttendanceFlagRow(Base):
    """An open flag of a course, as the fold of its events leaves it (the worklist's read)."""

    __tablename__ = "attendance_flags"
    __table_args__ = (
        _of_course("attendance_flags"),
        PrimaryKeyConstraint("course_id", "kind", name="pk_attendance_flags"),
        CheckConstraint(f"kind IN ({_values(FlagKind)})", name="kind"),
        ForeignKeyConstraint(["raised_by"], ["attendance_events.id"],
                             name="fk_attendance_flags_raised_by_attendance_events",
                             ondelete="CASCADE"),
        Index("ix_attendance_flags_centre", "centre_id"),
    )  # fmt: skip

    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    kind: Mapped[str] = mapped_column(String(20))
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    count: Mapped[int] = mapped_column(Integer)
    raised_by: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CoursePostponement(Base):
    """A pause of a course (udskydelse): its reason and expected resumption; at most one
    running per course."""

    __tablename__ = "course_postponements"
    __table_args__ = (
        _of_course("course_postponements"),
        CheckConstraint("expected_resume_on > starts_on", name="resumes_after_start"),
        CheckConstraint("length(btrim(reason)) > 0", name="reason_given"),
        Index("uq_course_postponements_one_running", "course_id", unique=True,
              postgresql_where=sql_text("resumed_on IS NULL")),
        Index("ix_course_postponements_centre_resume", "centre_id", "expected_resume_on"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    reason: Mapped[str] = mapped_column(String(2000))
    starts_on: Mapped[date] = mapped_column(Date)
    expected_resume_on: Mapped[date] = mapped_column(Date)
    resumed_on: Mapped[date | None] = mapped_column(Date)
    released: Mapped[int] = mapped_column(Integer, server_default=sql_text("0"))
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = created_at_column()


class FinalStatusChannel(StrEnum):
    POST = "post"
    MEDCOM = "medcom"  # marked for a MedCom message to the clinic


class CourseEndingRow(Base):
    """How a course ended (afslutning): one per course, with the final status to the GP."""

    __tablename__ = "course_endings"
    __table_args__ = (
        _of_course("course_endings"),
        PrimaryKeyConstraint("course_id", name="pk_course_endings"),
        CheckConstraint(f"reason IN ({_values(EndReason)})", name="reason"),
        CheckConstraint("reason <> 'other' OR note IS NOT NULL", name="other_reason_written"),
        CheckConstraint(f"final_status_channel IS NULL OR final_status_channel IN "
                        f"({_values(FinalStatusChannel)})", name="final_status_channel"),
        CheckConstraint("(final_status_letter_id IS NULL) = (final_status_channel IS NULL)",
                        name="final_status_sent"),
        ForeignKeyConstraint(["final_status_letter_id"], ["letters.id"],
                             name="fk_course_endings_final_status_letter_id_letters",
                             ondelete="SET NULL"),
    )  # fmt: skip

    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    reason: Mapped[str] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(String(2000))
    ended_on: Mapped[date] = mapped_column(Date)
    is_decision: Mapped[bool] = mapped_column(Boolean)
    final_status_expected: Mapped[bool] = mapped_column(Boolean)
    # Self-training: the follow-up conversation, the material handed out, home care's part.
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    self_training_material: Mapped[str | None] = mapped_column(String(2000))
    home_care_involved: Mapped[bool] = mapped_column(Boolean, server_default=sql_text("false"))
    final_status_letter_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    final_status_channel: Mapped[str | None] = mapped_column(String(20))
    final_status_sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = created_at_column()


class TransportNeed(StrEnum):
    WHEELCHAIR = "wheelchair"
    ESCORT = "escort"
    WALKER = "walker"
    FRONT_SEAT = "front_seat"


class TransportGrant(Base):
    """Free transport granted for a course by the therapist: one grant per course."""

    __tablename__ = "transport_grants"
    __table_args__ = (
        _of_course("transport_grants"),
        UniqueConstraint("course_id", name="uq_transport_grants_course_id"),
        CheckConstraint("length(btrim(reason)) > 0", name="reason_given"),
        CheckConstraint(f"needs <@ ARRAY[{_values(TransportNeed)}]::text[]", name="needs"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    reason: Mapped[str] = mapped_column(String(1000))
    from_address: Mapped[str] = mapped_column(String(300))
    to_address: Mapped[str] = mapped_column(String(300))
    needs: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=sql_text("'{}'"))
    granted_by: Mapped[str] = mapped_column(String(200))
    granted_at: Mapped[datetime] = created_at_column()


class TripRow(Base):
    """One session's transport as driven, the times in order (the database checks it too)."""

    __tablename__ = "trips"
    __table_args__ = (
        _of_course("trips"),
        ForeignKeyConstraint(["appointment_id"], ["appointments.id"],
                             name="fk_trips_appointment_id_appointments", ondelete="CASCADE"),
        UniqueConstraint("appointment_id", name="uq_trips_appointment_id"),
        CheckConstraint("arrival >= agreed_pickup AND arrival >= actual_pickup "
                        "AND session_end >= arrival AND departure >= session_end "
                        "AND drop_off >= departure", name="times_in_order"),
        Index("ix_trips_centre_pickup", "centre_id", "agreed_pickup"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    course_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    appointment_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    agreed_pickup: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actual_pickup: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    arrival: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    session_end: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    departure: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    drop_off: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = created_at_column()
