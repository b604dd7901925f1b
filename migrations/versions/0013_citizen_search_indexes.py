"""Citizen search by part of a name or by phone without reading the whole register.

A name search is `name ILIKE '%part%'`: a trigram index (pg_trgm, trusted since PostgreSQL
13, so the database's owner may create it) answers it for parts of three letters or more.
A phone search compares the last eight digits of the citizen's and the relative's phone: an
index on each expression, the same expressions the search uses (persistence/casework/
reach.py, `_last_eight`), so the planner can combine the two.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_LAST_EIGHT = "right(regexp_replace({column}, '[^0-9]', '', 'g'), 8)"


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE INDEX ix_citizens_name_trigrams ON citizens USING gin (name gin_trgm_ops)")
    for column in ("phone", "relative_phone"):
        expression = _LAST_EIGHT.format(column=column)
        op.execute(
            f"CREATE INDEX ix_citizens_{column}_last_eight ON citizens (centre_id, ({expression}))"
        )


def downgrade() -> None:
    for column in ("phone", "relative_phone"):
        op.execute(f"DROP INDEX IF EXISTS ix_citizens_{column}_last_eight")
    op.execute("DROP INDEX IF EXISTS ix_citizens_name_trigrams")
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
