"""The citizen record: e-mail, the GP's clinic and ydernummer, a relative, and the history
of changes to the record.

New columns are nullable, so existing citizens keep their records as they are.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = [
    ("email", 254),
    ("general_practitioner_clinic", 200),
    ("general_practitioner_provider_number", 6),
    ("relative_name", 200),
    ("relative_relation", 200),
    ("relative_phone", 30),
]


def upgrade() -> None:
    for name, length in _COLUMNS:
        op.add_column("citizens", sa.Column(name, sa.String(length), nullable=True))
    op.create_check_constraint(
        op.f("ck_citizens_provider_number_digits"),
        "citizens",
        "general_practitioner_provider_number ~ '^[0-9]{6}$'",
    )
    op.create_check_constraint(
        op.f("ck_citizens_relative_named"),
        "citizens",
        "relative_name IS NOT NULL OR (relative_relation IS NULL AND relative_phone IS NULL)",
    )
    op.create_table(
        "citizen_changes",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("citizen_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column(
            "changed_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("user_id", postgresql.UUID(as_uuid=True), nullable=True),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("old_value", sa.String(300), nullable=True),
        sa.Column("new_value", sa.String(300), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id", "citizen_id"],
            ["citizens.centre_id", "citizens.id"],
            name="fk_citizen_changes_citizen_same_centre",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizen_changes")),
    )
    op.create_index("ix_citizen_changes_citizen", "citizen_changes", ["citizen_id", "changed_at"])


def downgrade() -> None:
    op.drop_index("ix_citizen_changes_citizen", table_name="citizen_changes")
    op.drop_table("citizen_changes")
    op.drop_constraint(op.f("ck_citizens_relative_named"), "citizens", type_="check")
    op.drop_constraint(op.f("ck_citizens_provider_number_digits"), "citizens", type_="check")
    for name, _ in reversed(_COLUMNS):
        op.drop_column("citizens", name)
