"""Legal bases say what they grant: genoptræning or vedligeholdende træning.

Which eligibility rules apply (the need test, the re-application quarantine) is decided in the
domain from this column and the referral kind, not from the legal basis's code.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "legal_bases",
        sa.Column("training", sa.String(length=20), nullable=False,
                  server_default="rehabilitation"),
    )  # fmt: skip
    # Serviceloven § 86, stk. 2 is vedligeholdende træning; the others are genoptræning.
    op.execute("UPDATE legal_bases SET training = 'maintenance' WHERE code = 'SEL_86_2'")
    op.alter_column("legal_bases", "training", server_default=None)
    op.create_check_constraint(
        op.f("ck_legal_bases_training"),
        "legal_bases",
        "training IN ('rehabilitation', 'maintenance')",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_legal_bases_training"), "legal_bases", type_="check")
    op.drop_column("legal_bases", "training")
