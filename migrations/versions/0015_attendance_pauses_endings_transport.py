"""Attendance as events with the flags they raise, a course's pauses and its ending with the
final status to the GP, and transport (the grant and the trips driven).

The events are append-only for the service: a correction is a new event. No data moves:
the tables start empty (the appointments' own status stays as it was).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 08:30:22.712001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = "traening_service"
NEW_TABLES = (
    "attendance_events",
    "attendance_flags",
    "course_postponements",
    "course_endings",
    "transport_grants",
    "trips",
)
APPEND_ONLY = ("attendance_events",)


def upgrade() -> None:
    op.create_table(
        "course_endings",
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=2000), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=False),
        sa.Column("is_decision", sa.Boolean(), nullable=False),
        sa.Column("final_status_expected", sa.Boolean(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("self_training_material", sa.String(length=2000), nullable=True),
        sa.Column(
            "home_care_involved", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column("final_status_letter_id", sa.UUID(), nullable=True),
        sa.Column("final_status_channel", sa.String(length=20), nullable=True),
        sa.Column("final_status_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "final_status_channel IS NULL OR final_status_channel IN ('post', 'medcom')",
            name=op.f("ck_course_endings_final_status_channel"),
        ),
        sa.CheckConstraint(
            "reason <> 'other' OR note IS NOT NULL",
            name=op.f("ck_course_endings_other_reason_written"),
        ),
        sa.CheckConstraint(
            "reason IN ('no_further_progress', 'therapist_no_longer_needed', 'maintains_alone', "
            "'after_absences', 'citizen_wish', 'moved', 'died', 'other')",
            name=op.f("ck_course_endings_reason"),
        ),
        sa.CheckConstraint(
            "(final_status_letter_id IS NULL) = (final_status_channel IS NULL)",
            name=op.f("ck_course_endings_final_status_sent"),
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_course_endings_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name="fk_course_endings_course_id_courses",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["final_status_letter_id"],
            ["letters.id"],
            name="fk_course_endings_final_status_letter_id_letters",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("course_id", name="pk_course_endings"),
    )
    op.create_table(
        "course_postponements",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("reason", sa.String(length=2000), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("expected_resume_on", sa.Date(), nullable=False),
        sa.Column("resumed_on", sa.Date(), nullable=True),
        sa.Column("released", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "expected_resume_on > starts_on",
            name=op.f("ck_course_postponements_resumes_after_start"),
        ),
        sa.CheckConstraint(
            "length(btrim(reason)) > 0", name=op.f("ck_course_postponements_reason_given")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_course_postponements_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name="fk_course_postponements_course_id_courses",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_postponements")),
    )
    op.create_index(
        "ix_course_postponements_centre_resume",
        "course_postponements",
        ["centre_id", "expected_resume_on"],
        unique=False,
    )
    op.create_index(
        "uq_course_postponements_one_running",
        "course_postponements",
        ["course_id"],
        unique=True,
        postgresql_where=sa.text("resumed_on IS NULL"),
    )
    op.create_table(
        "transport_grants",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("from_address", sa.String(length=300), nullable=False),
        sa.Column("to_address", sa.String(length=300), nullable=False),
        sa.Column(
            "needs", postgresql.ARRAY(sa.Text()), server_default=sa.text("'{}'"), nullable=False
        ),
        sa.Column("granted_by", sa.String(length=200), nullable=False),
        sa.Column(
            "granted_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "needs <@ ARRAY['wheelchair', 'escort', 'walker', 'front_seat']::text[]",
            name=op.f("ck_transport_grants_needs"),
        ),
        sa.CheckConstraint(
            "length(btrim(reason)) > 0", name=op.f("ck_transport_grants_reason_given")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_transport_grants_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name="fk_transport_grants_course_id_courses",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transport_grants")),
        sa.UniqueConstraint("course_id", name="uq_transport_grants_course_id"),
    )
    op.create_table(
        "attendance_events",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("appointment_id", sa.UUID(), nullable=True),
        sa.Column("version", sa.SmallInteger(), nullable=True),
        sa.Column("attendance", sa.String(length=20), nullable=True),
        sa.Column("cancellation_reason", sa.String(length=20), nullable=True),
        sa.Column("cancelled_by", sa.String(length=20), nullable=True),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("corrects_id", sa.UUID(), nullable=True),
        sa.Column("flag_kind", sa.String(length=20), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("note", sa.String(length=2000), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "attendance IS DISTINCT FROM 'booked' OR corrects_id IS NOT NULL",
            name=op.f("ck_attendance_events_booked_only_as_correction"),
        ),
        sa.CheckConstraint(
            "attendance IS NULL OR attendance IN ('booked', 'attended', 'cancelled', 'no_show', "
            "'sent_home')",
            name=op.f("ck_attendance_events_attendance"),
        ),
        sa.CheckConstraint(
            "cancellation_reason IS NULL OR cancellation_reason IN ('illness', 'other')",
            name=op.f("ck_attendance_events_cancellation_reason"),
        ),
        sa.CheckConstraint(
            "cancelled_by IS NULL OR cancelled_by IN ('citizen', 'centre')",
            name=op.f("ck_attendance_events_cancelled_by"),
        ),
        sa.CheckConstraint(
            "flag_kind IS NULL OR flag_kind IN ('cancellations', 'no_shows')",
            name=op.f("ck_attendance_events_flag_kind"),
        ),
        sa.CheckConstraint(
            "kind <> 'flag_resolution' OR (appointment_id IS NULL AND attendance IS NULL AND "
            "version IS NULL AND corrects_id IS NULL AND flag_kind IS NOT NULL AND resolution IS "
            "NOT NULL AND length(btrim(note)) > 0)",
            name=op.f("ck_attendance_events_flag_resolution"),
        ),
        sa.CheckConstraint(
            "kind <> 'registration' OR (num_nonnulls(appointment_id) = 1 AND attendance IS NOT "
            "NULL AND version IS NOT NULL AND flag_kind IS NULL AND resolution IS NULL)",
            name=op.f("ck_attendance_events_registration"),
        ),
        sa.CheckConstraint(
            "kind IN ('registration', 'flag_resolution')", name=op.f("ck_attendance_events_kind")
        ),
        sa.CheckConstraint(
            "num_nonnulls(cancellation_reason, cancelled_by, reported_at) = CASE WHEN attendance "
            "= 'cancelled' THEN 3 ELSE 0 END",
            name=op.f("ck_attendance_events_cancellation_details"),
        ),
        sa.CheckConstraint(
            "resolution IS NULL OR resolution IN ('continue', 'reassess', 'end')",
            name=op.f("ck_attendance_events_resolution"),
        ),
        sa.CheckConstraint(
            "version IS NULL OR version > 0", name=op.f("ck_attendance_events_version_positive")
        ),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name="fk_attendance_events_appointment_id_appointments",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_attendance_events_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id", "corrects_id"],
            ["attendance_events.course_id", "attendance_events.id"],
            name="fk_attendance_events_corrects_same_course",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name="fk_attendance_events_course_id_courses",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_events")),
        sa.UniqueConstraint(
            "appointment_id", "version", name="uq_attendance_events_session_version"
        ),
        sa.UniqueConstraint("corrects_id", name="uq_attendance_events_corrects_id"),
        sa.UniqueConstraint("course_id", "id", name="uq_attendance_events_course_id"),
    )
    op.create_index(
        "ix_attendance_events_course_seq", "attendance_events", ["course_id", "seq"], unique=False
    )
    op.create_table(
        "trips",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("appointment_id", sa.UUID(), nullable=False),
        sa.Column("agreed_pickup", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actual_pickup", sa.DateTime(timezone=True), nullable=False),
        sa.Column("arrival", sa.DateTime(timezone=True), nullable=False),
        sa.Column("session_end", sa.DateTime(timezone=True), nullable=False),
        sa.Column("departure", sa.DateTime(timezone=True), nullable=False),
        sa.Column("drop_off", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "arrival >= agreed_pickup AND arrival >= actual_pickup AND session_end >= arrival AND"
            " departure >= session_end AND drop_off >= departure",
            name=op.f("ck_trips_times_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name="fk_trips_appointment_id_appointments",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_trips_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name="fk_trips_course_id_courses", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trips")),
        sa.UniqueConstraint("appointment_id", name="uq_trips_appointment_id"),
    )
    op.create_index("ix_trips_centre_pickup", "trips", ["centre_id", "agreed_pickup"], unique=False)
    op.create_table(
        "attendance_flags",
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("raised_by", sa.UUID(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('cancellations', 'no_shows')", name=op.f("ck_attendance_flags_kind")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_attendance_flags_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name="fk_attendance_flags_course_id_courses",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["raised_by"],
            ["attendance_events.id"],
            name="fk_attendance_flags_raised_by_attendance_events",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("course_id", "kind", name="pk_attendance_flags"),
    )
    op.create_index("ix_attendance_flags_centre", "attendance_flags", ["centre_id"], unique=False)
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(NEW_TABLES)} TO {ROLE}")
    op.execute(f"REVOKE UPDATE, DELETE ON {', '.join(APPEND_ONLY)} FROM {ROLE}")


def downgrade() -> None:
    op.drop_index("ix_attendance_flags_centre", table_name="attendance_flags")
    op.drop_table("attendance_flags")
    op.drop_index("ix_trips_centre_pickup", table_name="trips")
    op.drop_table("trips")
    op.drop_index("ix_attendance_events_course_seq", table_name="attendance_events")
    op.drop_table("attendance_events")
    op.drop_table("transport_grants")
    op.drop_index(
        "uq_course_postponements_one_running",
        table_name="course_postponements",
        postgresql_where=sa.text("resumed_on IS NULL"),
    )
    op.drop_index("ix_course_postponements_centre_resume", table_name="course_postponements")
    op.drop_table("course_postponements")
    op.drop_table("course_endings")
