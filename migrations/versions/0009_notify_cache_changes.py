"""Tell every app process when a cached caller or calendar may have changed.

Each process caches verified sessions and API keys, and each centre's working-day calendar,
for a few seconds (api/caches.py). These triggers send `NOTIFY traening_changes, '<topic>'`
when a watched table changes, so the other processes drop their entries at once instead of
at the end of the entry's lifetime: `auth` for accounts, sessions and API keys, `calendar`
for closure days. Writes of last-seen and last-used times alone notify nobody (the column
lists below), since they change nothing a cache decides on. A notification is delivered at
commit, and only if the transaction commits.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 06:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, topic, the events that fire it)
TRIGGERS = (
    ("staff_users", "auth", "INSERT OR UPDATE OR DELETE"),
    ("staff_sessions", "auth", "UPDATE OF revoked_at, expires_at, user_id OR DELETE"),
    ("api_keys", "auth", "UPDATE OF revoked_at, secret_hash, scopes, prefix OR DELETE"),
    ("closure_days", "calendar", "INSERT OR UPDATE OR DELETE"),
)


def upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION notify_cache_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('traening_changes', TG_ARGV[0]);
            RETURN NULL;
        END
        $$
        """
    )
    for table, topic, events in TRIGGERS:
        op.execute(
            f"CREATE TRIGGER notify_{table}_changed AFTER {events} ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change('{topic}')"
        )
        op.execute(
            f"CREATE TRIGGER notify_{table}_truncated AFTER TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change('{topic}')"
        )


def downgrade() -> None:
    for table, _, _ in TRIGGERS:
        op.execute(f"DROP TRIGGER notify_{table}_truncated ON {table}")
        op.execute(f"DROP TRIGGER notify_{table}_changed ON {table}")
    op.execute("DROP FUNCTION notify_cache_change()")
