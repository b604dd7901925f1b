"""Tell every app process when cached reference data may have changed.

Each process caches, for a few seconds, the reference data every referral is counted from
(api/caches.py): the legal bases, each centre's sites and its service standard. These
triggers send `NOTIFY traening_changes, 'reference'` when one of those tables changes, with
the function of migration 0009, so the other processes drop their entries at once instead of
at the end of the entry's lifetime. A notification is delivered at commit, and only if the
transaction commits.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("legal_bases", "sites", "service_standard_limits")
TOPIC = "reference"


def upgrade() -> None:
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER notify_{table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change('{TOPIC}')"
        )
        op.execute(
            f"CREATE TRIGGER notify_{table}_truncated AFTER TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change('{TOPIC}')"
        )


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER notify_{table}_truncated ON {table}")
        op.execute(f"DROP TRIGGER notify_{table}_changed ON {table}")
