"""Legal bases carry their Danish names for the screens: a short name and the service.

Besides the formal name (Sundhedsloven § 140), each legal basis gets the short name caseworkers
write (SUL § 140) and the service it gives without the paragraph (Genoptræning efter
hospitalsophold). The SPA showed these from a table of its own, keyed by the legal basis's code;
now they are data with the rest of the row, so a new legal basis is one row again.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAMES = {
    "SUL_140": ("SUL § 140", "Genoptræning efter hospitalsophold"),
    "SEL_86_1": ("SEL § 86, stk. 1", "Genoptræning"),
    "SEL_86_2": ("SEL § 86, stk. 2", "Vedligeholdende træning"),
}


def upgrade() -> None:
    op.add_column("legal_bases", sa.Column("short_name", sa.String(length=60), nullable=True))
    op.add_column("legal_bases", sa.Column("service", sa.String(length=200), nullable=True))
    legal_bases = sa.table(
        "legal_bases",
        sa.column("code", sa.String),
        sa.column("short_name", sa.String),
        sa.column("service", sa.String),
    )
    for code, (short_name, service) in NAMES.items():
        op.execute(
            legal_bases.update()
            .where(legal_bases.c.code == code)
            .values(short_name=short_name, service=service)
        )
    # A row added by hand before this revision is named by its code until someone names it.
    op.execute("UPDATE legal_bases SET short_name = code WHERE short_name IS NULL")
    op.execute("UPDATE legal_bases SET service = name WHERE service IS NULL")
    op.alter_column("legal_bases", "short_name", nullable=False)
    op.alter_column("legal_bases", "service", nullable=False)


def downgrade() -> None:
    op.drop_column("legal_bases", "service")
    op.drop_column("legal_bases", "short_name")
