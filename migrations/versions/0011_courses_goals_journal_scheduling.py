"""Courses and individual appointments: goals, journal notes, content, frequency exceptions;
rooms, working hours, absences, home helpers and appointments.

The course gains its planned end and its responsible therapists. A goal keeps every version
in goal_changes; journal notes are corrected by a new note in the same course (a composite
foreign key refuses one across courses). Both are append-only for the service role.

Appointments refuse overlapping bookings of one member of staff, one home helper and one
citizen with exclusion constraints over a generated tstzrange (btree_gist lets the gist index
compare the ids with =); cancelled bookings free their time. A room's capacity is held by the
repository under a row lock on the room, as an exclusion constraint cannot count.

Every new record goes with its course or case (ON DELETE CASCADE), so the retention job that
deletes a case deletes them too.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


ROLE = "traening_service"
APPEND_ONLY = ("goal_changes", "journal_notes")
NEW_TABLES = (
    "home_helpers", "rooms", "staff_absences", "staff_working_hours", "appointments",
    "course_goals", "course_services", "frequency_exceptions", "goal_changes", "journal_notes",
)  # fmt: skip


def upgrade() -> None:
    # Trusted since PostgreSQL 13: the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.create_table(
        "home_helpers",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("home_care_unit", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_home_helpers_centre_id_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_helpers")),
    )
    op.create_table(
        "rooms",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("site_id", sa.UUID(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_rooms_capacity_positive")),
        sa.ForeignKeyConstraint(
            ["centre_id", "site_id"],
            ["sites.centre_id", "sites.id"],
            name="fk_rooms_site_same_centre",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_rooms_centre_id_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("site_id", "name", name="uq_rooms_site_name"),
    )
    op.create_table(
        "staff_absences",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("staff_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('holiday', 'illness', 'further_training')",
            name=op.f("ck_staff_absences_kind"),
        ),
        sa.CheckConstraint(
            "last_day >= first_day", name=op.f("ck_staff_absences_ends_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_staff_absences_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_users.id"],
            name=op.f("fk_staff_absences_staff_id_staff_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_absences")),
    )
    op.create_index(
        "ix_staff_absences_staff_days", "staff_absences", ["staff_id", "first_day"], unique=False
    )
    op.create_table(
        "staff_working_hours",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("staff_id", sa.UUID(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("starts", sa.Time(), nullable=False),
        sa.Column("ends", sa.Time(), nullable=False),
        sa.CheckConstraint("ends > starts", name=op.f("ck_staff_working_hours_ends_after_start")),
        sa.CheckConstraint("weekday BETWEEN 1 AND 7", name=op.f("ck_staff_working_hours_weekday")),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_staff_working_hours_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_users.id"],
            name=op.f("fk_staff_working_hours_staff_id_staff_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_working_hours")),
        sa.UniqueConstraint("staff_id", "weekday", "starts", name="uq_staff_working_hours_stretch"),
    )
    op.create_table(
        "appointments",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("citizen_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=True),
        sa.Column("case_id", sa.UUID(), nullable=True),
        sa.Column("purpose", sa.String(length=30), nullable=False),
        sa.Column(
            "form", sa.String(length=20), server_default=sa.text("'individual'"), nullable=False
        ),
        sa.Column("discipline", sa.String(length=40), nullable=True),
        sa.Column("provider", sa.String(length=30), nullable=False),
        sa.Column("staff_id", sa.UUID(), nullable=True),
        sa.Column("home_helper_id", sa.UUID(), nullable=True),
        sa.Column("supervisor_id", sa.UUID(), nullable=True),
        sa.Column("place", sa.String(length=20), nullable=False),
        sa.Column("site_id", sa.UUID(), nullable=True),
        sa.Column("room_id", sa.UUID(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "during",
            postgresql.TSTZRANGE(),
            sa.Computed("tstzrange(starts_at, ends_at)", persisted=True),
            nullable=False,
        ),
        sa.Column(
            "status", sa.String(length=20), server_default=sa.text("'booked'"), nullable=False
        ),
        sa.Column("outside_hours_reason", sa.String(length=500), nullable=True),
        sa.Column("booked_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True),
        postgresql.ExcludeConstraint(
            (sa.column("citizen_id"), "="),
            (sa.column("during"), "&&"),
            where=sa.text("status <> 'cancelled'"),
            using="gist",
            name="ex_appointments_citizen_overlap",
        ),
        postgresql.ExcludeConstraint(
            (sa.column("home_helper_id"), "="),
            (sa.column("during"), "&&"),
            where=sa.text("status <> 'cancelled' AND home_helper_id IS NOT NULL"),
            using="gist",
            name="ex_appointments_home_helper_overlap",
        ),
        postgresql.ExcludeConstraint(
            (sa.column("staff_id"), "="),
            (sa.column("during"), "&&"),
            where=sa.text("status <> 'cancelled' AND staff_id IS NOT NULL"),
            using="gist",
            name="ex_appointments_staff_overlap",
        ),
        sa.CheckConstraint(
            "(place = 'site') = (site_id IS NOT NULL) AND (room_id IS NULL OR place = 'site')",
            name=op.f("ck_appointments_place_recorded"),
        ),
        sa.CheckConstraint(
            "(provider = 'home_helper') = (home_helper_id IS NOT NULL) "
            "AND (provider = 'home_helper') = (staff_id IS NULL)",
            name=op.f("ck_appointments_provider_recorded"),
        ),
        sa.CheckConstraint(
            "discipline IS NULL OR discipline IN ('physiotherapy', 'occupational_therapy')",
            name=op.f("ck_appointments_discipline"),
        ),
        sa.CheckConstraint("form IN ('individual', 'team')", name=op.f("ck_appointments_form")),
        sa.CheckConstraint(
            "place IN ('site', 'home', 'nearby')", name=op.f("ck_appointments_place")
        ),
        sa.CheckConstraint(
            "provider = 'therapist' OR supervisor_id IS NOT NULL",
            name=op.f("ck_appointments_supervised"),
        ),
        sa.CheckConstraint(
            "provider IN ('therapist', 'training_assistant', 'home_helper')",
            name=op.f("ck_appointments_provider"),
        ),
        sa.CheckConstraint(
            "purpose IN ('training', 'initial_assessment', 'follow_up')",
            name=op.f("ck_appointments_purpose"),
        ),
        sa.CheckConstraint(
            "status IN ('booked', 'attended', 'cancelled', 'no_show', 'sent_home')",
            name=op.f("ck_appointments_status"),
        ),
        sa.CheckConstraint(
            "course_id IS NOT NULL OR case_id IS NOT NULL", name=op.f("ck_appointments_belongs")
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_appointments_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_appointments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id", "citizen_id"],
            ["citizens.centre_id", "citizens.id"],
            name="fk_appointments_citizen_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_appointments_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_appointments_course_id_courses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["home_helper_id"],
            ["home_helpers.id"],
            name=op.f("fk_appointments_home_helper_id_home_helpers"),
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["rooms.id"], name=op.f("fk_appointments_room_id_rooms")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_appointments_site_id_sites")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_appointments_staff_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["staff_users.id"],
            name=op.f("fk_appointments_supervisor_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    op.create_index(
        "ix_appointments_centre_starts", "appointments", ["centre_id", "starts_at"], unique=False
    )
    op.create_index(
        "ix_appointments_course_starts", "appointments", ["course_id", "starts_at"], unique=False
    )
    op.create_index(
        "ix_appointments_room_starts", "appointments", ["room_id", "starts_at"], unique=False
    )
    op.create_table(
        "course_goals",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("text", sa.String(length=2000), nullable=False),
        sa.Column("measure", sa.String(length=500), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "changed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'achieved', 'not_achieved')",
            name=op.f("ck_course_goals_status"),
        ),
        sa.CheckConstraint("length(btrim(text)) > 0", name=op.f("ck_course_goals_text_given")),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_course_goals_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name="fk_course_goals_course_id_courses",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_goals")),
    )
    op.create_index("ix_course_goals_course", "course_goals", ["course_id"], unique=False)
    op.create_table(
        "course_services",
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("system", sa.String(length=100), nullable=False),
        sa.Column("display", sa.String(length=200), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column(
            "added_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_course_services_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name="fk_course_services_course_id_courses",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("course_id", "code", name="pk_course_services"),
    )
    op.create_table(
        "frequency_exceptions",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "reason <> 'other' OR note IS NOT NULL",
            name=op.f("ck_frequency_exceptions_other_reason_written"),
        ),
        sa.CheckConstraint(
            "reason IN ('acquired_brain_injury', 'other')",
            name=op.f("ck_frequency_exceptions_reason"),
        ),
        sa.CheckConstraint(
            "ends_on >= starts_on", name=op.f("ck_frequency_exceptions_ends_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_frequency_exceptions_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name="fk_frequency_exceptions_course_id_courses",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_frequency_exceptions")),
    )
    op.create_index(
        "ix_frequency_exceptions_centre_ends",
        "frequency_exceptions",
        ["centre_id", "ends_on"],
        unique=False,
    )
    op.create_table(
        "goal_changes",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("goal_id", sa.UUID(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=2000), nullable=False),
        sa.Column("measure", sa.String(length=500), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column(
            "changed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'achieved', 'not_achieved')",
            name=op.f("ck_goal_changes_status"),
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_goal_changes_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["course_goals.id"],
            name="fk_goal_changes_goal_id_course_goals",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_changes")),
        sa.UniqueConstraint("goal_id", "version", name="uq_goal_changes_version"),
    )
    op.create_table(
        "journal_notes",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("appointment_id", sa.UUID(), nullable=True),
        sa.Column("author_id", sa.UUID(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column(
            "written_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.UUID(), nullable=True),
        sa.CheckConstraint("length(btrim(text)) > 0", name=op.f("ck_journal_notes_text_given")),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name="fk_journal_notes_appointment_id_appointments",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff_users.id"], name=op.f("fk_journal_notes_author_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_journal_notes_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id", "corrects_id"],
            ["journal_notes.course_id", "journal_notes.id"],
            name="fk_journal_notes_corrects_same_course",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name="fk_journal_notes_course_id_courses",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_notes")),
        sa.UniqueConstraint("course_id", "id", name="uq_journal_notes_course_id"),
    )
    op.create_index(
        "ix_journal_notes_course_written",
        "journal_notes",
        ["course_id", "written_at"],
        unique=False,
    )
    op.add_column("courses", sa.Column("planned_end_on", sa.Date(), nullable=True))
    op.add_column(
        "courses",
        sa.Column(
            "therapist_ids",
            postgresql.ARRAY(sa.UUID()),
            server_default=sa.text("'{}'::uuid[]"),
            nullable=False,
        ),
    )
    op.add_column(
        "courses", sa.Column("plan_changed_at", sa.DateTime(timezone=True), nullable=True)
    )
    # The default privileges of 0005 cover these tables when the same owner migrates; say so
    # explicitly, and keep the journal and the goals' history append-only for the service.
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(NEW_TABLES)} TO {ROLE}")
    op.execute(f"REVOKE UPDATE, DELETE ON {', '.join(APPEND_ONLY)} FROM {ROLE}")


def downgrade() -> None:
    op.drop_column("courses", "plan_changed_at")
    op.drop_column("courses", "therapist_ids")
    op.drop_column("courses", "planned_end_on")
    op.drop_index("ix_journal_notes_course_written", table_name="journal_notes")
    op.drop_table("journal_notes")
    op.drop_table("goal_changes")
    op.drop_index("ix_frequency_exceptions_centre_ends", table_name="frequency_exceptions")
    op.drop_table("frequency_exceptions")
    op.drop_table("course_services")
    op.drop_index("ix_course_goals_course", table_name="course_goals")
    op.drop_table("course_goals")
    op.drop_index("ix_appointments_room_starts", table_name="appointments")
    op.drop_index("ix_appointments_course_starts", table_name="appointments")
    op.drop_index("ix_appointments_centre_starts", table_name="appointments")
    op.drop_table("appointments")
    op.drop_table("staff_working_hours")
    op.drop_index("ix_staff_absences_staff_days", table_name="staff_absences")
    op.drop_table("staff_absences")
    op.drop_table("rooms")
    op.drop_table("home_helpers")
    op.execute("DROP EXTENSION IF EXISTS btree_gist")
