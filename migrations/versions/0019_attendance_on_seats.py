"""Attendance on class seats: a registration's subject is an appointment, or a team seat at
one occurrence (`seat_id` and `occurrence_id` together). Each seat's session numbers its
registrations by `version` like an appointment, unique per (seat, occurrence, version), so
two registrations of one seat at once cannot both be in force.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 11:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "attendance_events"
REGISTRATION_BEFORE = (
    "kind <> 'registration' OR (num_nonnulls(appointment_id) = 1 AND attendance IS NOT NULL "
    "AND version IS NOT NULL AND flag_kind IS NULL AND resolution IS NULL)"
)
REGISTRATION = (
    "kind <> 'registration' OR (num_nonnulls(appointment_id, seat_id) = 1 AND attendance IS "
    "NOT NULL AND version IS NOT NULL AND flag_kind IS NULL AND resolution IS NULL)"
)
RESOLUTION_BEFORE = (
    "kind <> 'flag_resolution' OR (appointment_id IS NULL AND attendance IS NULL AND version "
    "IS NULL AND corrects_id IS NULL AND flag_kind IS NOT NULL AND resolution IS NOT NULL AND "
    "length(btrim(note)) > 0)"
)
RESOLUTION = (
    "kind <> 'flag_resolution' OR (appointment_id IS NULL AND seat_id IS NULL AND attendance "
    "IS NULL AND version IS NULL AND corrects_id IS NULL AND flag_kind IS NOT NULL AND "
    "resolution IS NOT NULL AND length(btrim(note)) > 0)"
)


def _checks(registration: str, resolution: str) -> None:
    op.drop_constraint(op.f("ck_attendance_events_registration"), TABLE, type_="check")
    op.drop_constraint(op.f("ck_attendance_events_flag_resolution"), TABLE, type_="check")
    op.create_check_constraint(op.f("ck_attendance_events_registration"), TABLE, registration)
    op.create_check_constraint(op.f("ck_attendance_events_flag_resolution"), TABLE, resolution)


def upgrade() -> None:
    op.add_column(TABLE, sa.Column("seat_id", sa.UUID(), nullable=True))
    op.add_column(TABLE, sa.Column("occurrence_id", sa.UUID(), nullable=True))
    op.create_foreign_key(
        "fk_attendance_events_seat_id_team_seats", TABLE, "team_seats", ["seat_id"], ["id"],
        ondelete="CASCADE",
    )  # fmt: skip
    op.create_foreign_key(
        "fk_attendance_events_occurrence_id_team_occurrences", TABLE, "team_occurrences",
        ["occurrence_id"], ["id"], ondelete="CASCADE",
    )  # fmt: skip
    op.create_check_constraint(
        op.f("ck_attendance_events_seat_session"), TABLE,
        "(seat_id IS NULL) = (occurrence_id IS NULL)",
    )  # fmt: skip
    _checks(REGISTRATION, RESOLUTION)
    op.create_unique_constraint(
        "uq_attendance_events_seat_version", TABLE, ["seat_id", "occurrence_id", "version"]
    )
    op.create_index("ix_attendance_events_occurrence", TABLE, ["occurrence_id"], unique=False)


def downgrade() -> None:
    op.execute("DELETE FROM attendance_events WHERE seat_id IS NOT NULL")
    op.drop_index("ix_attendance_events_occurrence", table_name=TABLE)
    op.drop_constraint("uq_attendance_events_seat_version", TABLE, type_="unique")
    _checks(REGISTRATION_BEFORE, RESOLUTION_BEFORE)
    op.drop_constraint(op.f("ck_attendance_events_seat_session"), TABLE, type_="check")
    op.drop_constraint("fk_attendance_events_occurrence_id_team_occurrences", TABLE,
                       type_="foreignkey")  # fmt: skip
    op.drop_constraint("fk_attendance_events_seat_id_team_seats", TABLE, type_="foreignkey")
    op.drop_column(TABLE, "occurrence_id")
    op.drop_column(TABLE, "seat_id")
