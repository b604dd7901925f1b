"""The decision to end a § 86 course is a decision of the case (outcome `end`).

Revision ID: 0018_ending14
Revises: 0017
Create Date: 2026-12-01 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018_ending14"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_constraint(op.f("ck_decisions_outcome"), "decisions", type_="check")
    op.create_check_constraint(
        op.f("ck_decisions_outcome"), "decisions", "outcome IN ('grant', 'refuse', 'end')"
    )


def downgrade() -> None:
    op.execute("DELETE FROM decisions WHERE outcome = 'end'")
    op.drop_constraint(op.f("ck_decisions_outcome"), "decisions", type_="check")
    op.create_check_constraint(
        op.f("ck_decisions_outcome"), "decisions", "outcome IN ('grant', 'refuse')"
    )
