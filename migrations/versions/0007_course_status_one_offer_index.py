"""The course's statuses and the one-offer rule over every open course.

A course may now also be planned or postponed (the glossary's course_status), and the
service standard's one offer at a time is one partial unique index over planned, active and
postponed courses, replacing the index over active ones only.

Existing rows cannot violate the new index: the old check allowed only active, ended and
cancelled, so the open courses today are exactly the active ones the old index kept unique.
Downward, the old check and index come back; a planned or postponed row would break the old
check, so the downgrade refuses (with the database's error) rather than guess what it was.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_constraint(op.f("ck_courses_status"), "courses", type_="check")
    op.create_check_constraint(
        op.f("ck_courses_status"),
        "courses",
        "status IN ('planned', 'active', 'postponed', 'ended', 'cancelled')",
    )
    op.create_index(
        "uq_courses_one_offer_per_citizen",
        "courses",
        ["centre_id", "citizen_id"],
        unique=True,
        postgresql_where=sa.text("status IN ('planned', 'active', 'postponed')"),
    )
    op.drop_index("uq_courses_one_active_per_citizen", table_name="courses")


def downgrade() -> None:
    op.create_index(
        "uq_courses_one_active_per_citizen",
        "courses",
        ["centre_id", "citizen_id"],
        unique=True,
        postgresql_where=sa.text("status = 'active'"),
    )
    op.drop_index("uq_courses_one_offer_per_citizen", table_name="courses")
    op.drop_constraint(op.f("ck_courses_status"), "courses", type_="check")
    op.create_check_constraint(
        op.f("ck_courses_status"), "courses", "status IN ('active', 'ended', 'cancelled')"
    )
