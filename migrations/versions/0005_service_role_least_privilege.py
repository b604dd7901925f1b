"""The service's own group role: reads and writes what it needs, owns nothing.

The owner (the role that runs these migrations) keeps every table. `traening_service` gets
SELECT, INSERT, UPDATE and DELETE on the tables, nothing but SELECT on the reference data the
migrations write (`legal_bases`, `alembic_version`), and only SELECT and INSERT on the
append-only `access_log`; no table gets TRUNCATE, REFERENCES or TRIGGER. The service logs in
as a LOGIN role that is a member of this group only (see persistence/roles.py).

Default privileges give tables and sequences of later migrations the same grants, when those
migrations run as the same owner. A later table that must not be changed by the service (an
append-only one, or reference data) revokes explicitly in its own migration, e.g.
`REVOKE UPDATE, DELETE ON new_log FROM traening_service`, and adds itself to the expected
grants in tests/persistence/test_least_privilege.py.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = "traening_service"
READ_ONLY = ("legal_bases", "alembic_version")


def upgrade() -> None:
    # Roles are cluster-wide and many databases (the tests') share them: create it once. Two
    # migrations running at once on the same server race for the name; the loser goes on.
    op.execute(
        f"""
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ROLE}') THEN
            CREATE ROLE {ROLE} NOLOGIN;
          END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$
        """
    )
    # CONNECT is PUBLIC's by default, but a hardened server revokes it from PUBLIC.
    op.execute(
        f"DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO {ROLE}', "
        "current_database()); END $$"
    )
    op.execute(f"GRANT USAGE ON SCHEMA public TO {ROLE}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {ROLE}")
    op.execute(f"REVOKE INSERT, UPDATE, DELETE ON {', '.join(READ_ONLY)} FROM {ROLE}")
    # Append-only: the trigger of 0002 refuses updates and deletes too, but a role that may not
    # even ask is the first line; only the retention job's own role deletes.
    op.execute(f"REVOKE UPDATE, DELETE ON access_log FROM {ROLE}")
    # nextval needs USAGE; SELECT allows currval. No UPDATE: setval stays the owner's.
    op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ROLE}")
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {ROLE}"
    )
    op.execute(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {ROLE}"
    )


def downgrade() -> None:
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM {ROLE}")
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM {ROLE}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {ROLE}")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {ROLE}")
    op.execute(f"REVOKE ALL ON SCHEMA public FROM {ROLE}")
    op.execute(
        f"DO $$ BEGIN EXECUTE format('REVOKE ALL ON DATABASE %I FROM {ROLE}', "
        "current_database()); END $$"
    )
    # The role is cluster-wide and may serve other databases: it stays (as 0002's does).
