"""Teams (hold) with their weekly times, occurrences, seats and waiting lists; staff's
calendar feeds.

Occurrences are rows of their own, unique per (team, planned date), so an edit of one or of
the rest of a series can neither lose nor double a date; exclusion constraints refuse two
held occurrences of one team or one room at once. A course holds one seat per team at a time
(a partial unique index) and waits once; the capacity is counted under a row lock on the team
by the repository, as a constraint cannot count. A feed keeps only its token's digest.

Everything goes with its team, course or member of staff (ON DELETE CASCADE), so retention
deleting a case deletes its seats and places on waiting lists.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = "traening_service"
NEW_TABLES = (
    "calendar_feeds", "teams", "team_weekly_times", "team_occurrences", "team_seats",
    "team_waiting_list",
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "calendar_feeds",
        sa.Column("staff_id", sa.UUID(), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("token_digest", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_calendar_feeds_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_users.id"],
            name=op.f("fk_calendar_feeds_staff_id_staff_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_calendar_feeds")),
        sa.UniqueConstraint("token_digest", name=op.f("uq_calendar_feeds_token_digest")),
    )
    op.create_table(
        "teams",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("site_id", sa.UUID(), nullable=False),
        sa.Column("room_id", sa.UUID(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("discipline", sa.String(length=40), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("therapist_ids", postgresql.ARRAY(sa.UUID()), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "discipline IN ('physiotherapy', 'occupational_therapy')",
            name=op.f("ck_teams_discipline"),
        ),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_teams_capacity_positive")),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_teams_ends_after_start")),
        sa.CheckConstraint("length(btrim(name)) > 0", name=op.f("ck_teams_name_given")),
        sa.ForeignKeyConstraint(
            ["centre_id", "site_id"],
            ["sites.centre_id", "sites.id"],
            name="fk_teams_site_same_centre",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_teams_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_teams_room_id_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
    )
    op.create_index("ix_teams_centre_site", "teams", ["centre_id", "site_id"], unique=False)
    op.create_table(
        "team_occurrences",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("team_id", sa.UUID(), nullable=False),
        sa.Column("room_id", sa.UUID(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "during",
            postgresql.TSTZRANGE(),
            sa.Computed("tstzrange(starts_at, ends_at)", persisted=True),
            nullable=False,
        ),
        sa.Column(
            "status", sa.String(length=20), server_default=sa.text("'planned'"), nullable=False
        ),
        sa.Column("moved", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("sequence", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True),
        postgresql.ExcludeConstraint(
            (sa.column("room_id"), "="),
            (sa.column("during"), "&&"),
            where=sa.text("status = 'planned'"),
            using="gist",
            name="ex_team_occurrences_room_overlap",
            deferrable=True,
            initially="IMMEDIATE",
        ),
        postgresql.ExcludeConstraint(
            (sa.column("team_id"), "="),
            (sa.column("during"), "&&"),
            where=sa.text("status = 'planned'"),
            using="gist",
            name="ex_team_occurrences_team_overlap",
            deferrable=True,
            initially="IMMEDIATE",
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'cancelled')", name=op.f("ck_team_occurrences_status")
        ),
        sa.CheckConstraint(
            "ends_at > starts_at", name=op.f("ck_team_occurrences_ends_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_team_occurrences_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["rooms.id"], name=op.f("fk_team_occurrences_room_id_rooms")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_team_occurrences_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_occurrences")),
        sa.UniqueConstraint("team_id", "planned_on", name="uq_team_occurrences_planned_on"),
    )
    op.create_index(
        "ix_team_occurrences_centre_starts",
        "team_occurrences",
        ["centre_id", "starts_at"],
        unique=False,
    )
    op.create_table(
        "team_weekly_times",
        sa.Column("team_id", sa.UUID(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("starts", sa.Time(), nullable=False),
        sa.Column("ends", sa.Time(), nullable=False),
        sa.CheckConstraint("ends > starts", name=op.f("ck_team_weekly_times_ends_after_start")),
        sa.CheckConstraint("weekday BETWEEN 1 AND 5", name=op.f("ck_team_weekly_times_weekday")),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_team_weekly_times_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("team_id", "weekday", name=op.f("pk_team_weekly_times")),
    )
    op.create_table(
        "team_seats",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("team_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("citizen_id", sa.UUID(), nullable=False),
        sa.Column("from_day", sa.Date(), nullable=False),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("booked_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "released_on IS NULL OR released_on >= from_day",
            name=op.f("ck_team_seats_released_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["centre_id", "citizen_id"],
            ["citizens.centre_id", "citizens.id"],
            name="fk_team_seats_citizen_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_team_seats_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_team_seats_course_id_courses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_team_seats_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_seats")),
    )
    op.create_index("ix_team_seats_course", "team_seats", ["course_id"], unique=False)
    op.create_index(
        "uq_team_seats_one_per_course",
        "team_seats",
        ["team_id", "course_id"],
        unique=True,
        postgresql_where=sa.text("released_on IS NULL"),
    )
    op.create_table(
        "team_waiting_list",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("team_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("citizen_id", sa.UUID(), nullable=False),
        sa.Column("placed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("offered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("placed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id", "citizen_id"],
            ["citizens.centre_id", "citizens.id"],
            name="fk_team_waiting_list_citizen_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_team_waiting_list_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_team_waiting_list_course_id_courses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_team_waiting_list_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_waiting_list")),
        sa.UniqueConstraint("team_id", "course_id", name="uq_team_waiting_list_course"),
    )
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(NEW_TABLES)} TO {ROLE}")


def downgrade() -> None:
    op.drop_table("team_waiting_list")
    op.drop_index(
        "uq_team_seats_one_per_course",
        table_name="team_seats",
        postgresql_where=sa.text("released_on IS NULL"),
    )
    op.drop_index("ix_team_seats_course", table_name="team_seats")
    op.drop_table("team_seats")
    op.drop_table("team_weekly_times")
    op.drop_index("ix_team_occurrences_centre_starts", table_name="team_occurrences")
    op.drop_table("team_occurrences")
    op.drop_index("ix_teams_centre_site", table_name="teams")
    op.drop_table("teams")
    op.drop_table("calendar_feeds")
