"""Case events: the dated, correctable history of a case.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 08:58:01.963934
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_events",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("case_id", sa.UUID(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=40), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("user_id", sa.UUID(), nullable=True),
        sa.Column("corrects", sa.UUID(), nullable=True),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.CheckConstraint(
            "(event IS NULL) <> (corrects IS NULL)", name=op.f("ck_case_events_event_or_correction")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id", "case_id"],
            ["cases.centre_id", "cases.id"],
            name="fk_case_events_case_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["corrects"], ["case_events.id"], name=op.f("fk_case_events_corrects_case_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
        sa.UniqueConstraint("case_id", "position", name="uq_case_events_case_position"),
        sa.UniqueConstraint("corrects", name="uq_case_events_corrects"),
    )


def downgrade() -> None:
    op.drop_table("case_events")
