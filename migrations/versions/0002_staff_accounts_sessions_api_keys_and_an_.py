"""Staff accounts, sessions, API keys, login throttling and an append-only access log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 07:50:18.457739
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("client_address", sa.String(length=64), nullable=False),
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    op.create_index(
        "ix_login_failures_address_at", "login_failures", ["client_address", "at"], unique=False
    )
    op.create_index(
        "ix_login_failures_username_at", "login_failures", ["username", "at"], unique=False
    )
    op.create_table(
        "staff_users",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("roles", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column(
            "site_ids",
            postgresql.ARRAY(sa.UUID()),
            server_default=sa.text("'{}'::uuid[]"),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column(
            "password_changed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "username ~ '^[a-z0-9._-]{3,64}$'", name=op.f("ck_staff_users_username_form")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_staff_users_centre_id_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_users")),
    )
    op.create_index(
        "uq_staff_users_username",
        "staff_users",
        [sa.literal_column("lower(username)")],
        unique=True,
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("scopes", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_api_keys_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["staff_users.id"], name=op.f("fk_api_keys_created_by_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("prefix", name=op.f("uq_api_keys_prefix")),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.UUID(), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "last_seen_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["staff_users.id"],
            name=op.f("fk_staff_sessions_user_id_staff_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_staff_sessions")),
    )
    op.create_index("ix_staff_sessions_user", "staff_sessions", ["user_id"], unique=False)
    op.add_column("access_log", sa.Column("user_id", sa.UUID(), nullable=True))
    op.add_column("access_log", sa.Column("api_key_id", sa.UUID(), nullable=True))
    op.add_column(
        "access_log", sa.Column("client", sa.String(length=100), server_default="", nullable=False)
    )
    op.add_column(
        "access_log",
        sa.Column("outcome", sa.String(length=20), server_default="allowed", nullable=False),
    )
    op.create_index(
        "ix_access_log_centre_at", "access_log", ["centre_id", "at", "id"], unique=False
    )
    op.add_column("cases", sa.Column("assigned_to", sa.UUID(), nullable=True))
    op.add_column(
        "cases",
        sa.Column(
            "last_entry_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
    )
    op.create_foreign_key(
        op.f("fk_cases_assigned_to_staff_users"), "cases", "staff_users", ["assigned_to"], ["id"]
    )
    op.create_check_constraint(
        op.f("ck_access_log_outcome"), "access_log", "outcome IN ('allowed', 'refused')"
    )
    # The access log is append-only: updates are refused, and deletes too except by the
    # retention job's own role (the application's role is never a member of it).
    op.execute(
        """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'traening_retention') THEN
            CREATE ROLE traening_retention NOLOGIN;
          END IF;
        END $$
        """
    )
    op.execute("GRANT SELECT, INSERT, DELETE ON access_log TO traening_retention")
    op.execute("GRANT USAGE ON SEQUENCE access_log_id_seq TO traening_retention")
    op.execute(
        """
        CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' AND current_user = 'traening_retention' THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION 'the access log is append-only' USING ERRCODE = 'insufficient_privilege';
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log "
        "FOR EACH ROW EXECUTE FUNCTION access_log_append_only()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER access_log_append_only ON access_log")
    op.execute("DROP FUNCTION access_log_append_only()")
    op.execute("REVOKE ALL ON access_log FROM traening_retention")
    op.execute("REVOKE ALL ON SEQUENCE access_log_id_seq FROM traening_retention")
    # The role is cluster-wide and may serve other databases: it stays.
    op.drop_constraint(op.f("ck_access_log_outcome"), "access_log", type_="check")
    op.drop_constraint(op.f("fk_cases_assigned_to_staff_users"), "cases", type_="foreignkey")
    op.drop_column("cases", "last_entry_at")
    op.drop_column("cases", "assigned_to")
    op.drop_index("ix_access_log_centre_at", table_name="access_log")
    op.drop_column("access_log", "outcome")
    op.drop_column("access_log", "client")
    op.drop_column("access_log", "api_key_id")
    op.drop_column("access_log", "user_id")
    op.drop_index("ix_staff_sessions_user", table_name="staff_sessions")
    op.drop_table("staff_sessions")
    op.drop_table("api_keys")
    op.drop_index("uq_staff_users_username", table_name="staff_users")
    op.drop_table("staff_users")
    op.drop_index("ix_login_failures_username_at", table_name="login_failures")
    op.drop_index("ix_login_failures_address_at", table_name="login_failures")
    op.drop_table("login_failures")
