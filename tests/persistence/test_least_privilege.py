"""The service runs as a role that owns nothing and may only append to the access log.

The owner migrates; the service's login role (a member of `traening_service` only) reads and
writes the tables, and neither changes, empties nor unguards the access log.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest
from alembic import command

from api.__main__ import alembic_config
from persistence.database import SERVICE_LOGIN, asyncpg_kwargs, service_url, with_user
from persistence.roles import SERVICE_GROUP, ensure_service_login, privilege_problems
from persistence.tables import Base
from tests.conftest import create_test_database, drop_test_database, service_database_url

DML = {"SELECT", "INSERT", "UPDATE", "DELETE"}
# Append-only, and reference data only migrations write; every other table gets DML.
EXPECTED = {
    "access_log": {"SELECT", "INSERT"},
    "legal_bases": {"SELECT"},
    # The journal and the goals' history: corrected by new rows, never changed.
    "journal_notes": {"SELECT", "INSERT"},
    "goal_changes": {"SELECT", "INSERT"},
    # Attendance: a mistaken registration is corrected by a new event.
    "attendance_events": {"SELECT", "INSERT"},
}
PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")

# Each of these would let the service rewrite or empty the access log, or unguard it.
FORBIDDEN = [
    "UPDATE access_log SET actor = 'someone else'",
    "DELETE FROM access_log",
    "TRUNCATE access_log",
    "ALTER TABLE access_log DISABLE TRIGGER access_log_append_only",
    "ALTER TABLE access_log OWNER TO CURRENT_USER",
    "DROP TRIGGER access_log_append_only ON access_log",
    "DROP TABLE access_log",
    "DROP FUNCTION access_log_append_only()",
    "CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql "
    "AS $$ BEGIN RETURN NEW; END $$",
    "SET ROLE traening_retention",
    "SET session_replication_role = replica",  # would skip every trigger
    "CREATE TABLE shadow_log (id integer)",
]


@pytest.fixture
async def as_service(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(**asyncpg_kwargs(service_database_url(database_url)))
    yield connection
    await connection.close()


async def _append(connection: asyncpg.Connection, centre_id: uuid.UUID) -> int:
    entry: int = await connection.fetchval(
        "INSERT INTO access_log (centre_id, actor, request_id, operation, use, citizen_ids) "
        "VALUES ($1, 'leder', 'r-1', 'citizens-read', 'read', '{}') RETURNING id",
        centre_id,
    )
    return entry


async def test_the_service_role_appends_to_the_access_log_and_reads_it(
    as_service: asyncpg.Connection, centre_id: uuid.UUID
) -> None:
    entry = await _append(as_service, centre_id)
    assert await as_service.fetchval("SELECT actor FROM access_log WHERE id = $1", entry) == "leder"
    assert await as_service.fetchval("SELECT current_user") == SERVICE_LOGIN


@pytest.mark.parametrize("statement", FORBIDDEN)
async def test_the_service_role_may_not_change_the_access_log_or_its_guard(
    as_service: asyncpg.Connection, centre_id: uuid.UUID, statement: str
) -> None:
    entry = await _append(as_service, centre_id)
    with pytest.raises(asyncpg.InsufficientPrivilegeError) as refused:
        await as_service.execute(statement)
    # Refused for want of privilege, before the append-only trigger had to.
    assert "append-only" not in str(refused.value)
    assert await as_service.fetchval("SELECT actor FROM access_log WHERE id = $1", entry) == "leder"


async def test_the_service_role_owns_nothing_and_is_no_superuser(
    database_url: str, as_service: asyncpg.Connection
) -> None:
    owned = await as_service.fetch(
        "SELECT relname FROM pg_class WHERE pg_has_role(relowner, 'MEMBER') "
        "UNION ALL SELECT tablename FROM pg_tables WHERE tableowner IN ($1, $2)",
        SERVICE_LOGIN,
        SERVICE_GROUP,
    )
    assert owned == []
    role = await as_service.fetchrow(
        "SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles "
        "WHERE rolname = current_user"
    )
    assert role is not None
    assert not any(role.values()), role
    assert await privilege_problems(service_database_url(database_url)) == []
    # The owner is no role to serve as: `serve` refuses it.
    assert any("owns" in problem for problem in await privilege_problems(database_url))


async def test_every_table_grants_the_service_what_it_needs_and_no_more(
    as_service: asyncpg.Connection,
) -> None:
    tables = [*Base.metadata.tables, "alembic_version"]
    for table in tables:
        held = {
            privilege
            for privilege in PRIVILEGES
            if await as_service.fetchval("SELECT has_table_privilege($1, $2)", table, privilege)
        }
        expected = EXPECTED.get(table, {"SELECT"} if table == "alembic_version" else DML)
        assert held == expected, table
    sequences = await as_service.fetch(
        "SELECT c.relname, has_sequence_privilege(c.oid, 'USAGE') AS usage, "
        "has_sequence_privilege(c.oid, 'UPDATE') AS setval FROM pg_class c "
        "WHERE c.relkind = 'S' AND c.relnamespace = 'public'::regnamespace"
    )
    assert sequences
    assert all(row["usage"] and not row["setval"] for row in sequences), sequences


async def test_creating_the_login_role_again_changes_nothing(database_url: str) -> None:
    await ensure_service_login(database_url, SERVICE_LOGIN)
    await ensure_service_login(database_url, SERVICE_LOGIN)
    connection = await asyncpg.connect(**asyncpg_kwargs(database_url))
    try:
        member = await connection.fetchval(
            "SELECT pg_has_role($1, $2, 'USAGE')", SERVICE_LOGIN, SERVICE_GROUP
        )
    finally:
        await connection.close()
    assert member


# --- The migration that grants: up, down and up again -------------------------------------


@pytest.fixture
async def empty_database() -> AsyncIterator[str]:
    url = await create_test_database("traening_migrations")
    yield url
    await drop_test_database(url)


GRANTS_TO_GROUP = """
SELECT (SELECT count(*) FROM pg_class, aclexplode(relacl) a WHERE a.grantee = $1::regrole)
     + (SELECT count(*) FROM pg_namespace, aclexplode(nspacl) a WHERE a.grantee = $1::regrole)
     + (SELECT count(*) FROM pg_database, aclexplode(datacl) a
        WHERE datname = current_database() AND a.grantee = $1::regrole)
     + (SELECT count(*) FROM pg_default_acl, aclexplode(defaclacl) a
        WHERE a.grantee = $1::regrole)
"""


async def test_the_grants_come_and_go_with_their_migration(empty_database: str) -> None:
    config = alembic_config(empty_database)
    await asyncio.to_thread(command.upgrade, config, "head")
    owner = await asyncpg.connect(**asyncpg_kwargs(empty_database))
    try:
        assert await owner.fetchval(GRANTS_TO_GROUP, SERVICE_GROUP) > 0
        # A table of a later migration gets the same grants by default.
        await owner.execute("CREATE TABLE later_table (id bigserial PRIMARY KEY)")
        later = await owner.fetchval(
            "SELECT array_agg(p ORDER BY p) FROM unnest($2::text[]) p "
            "WHERE has_table_privilege($1, 'later_table', p)",
            SERVICE_GROUP,
            list(PRIVILEGES),
        )
        assert set(later) == DML
        assert await owner.fetchval(
            "SELECT has_sequence_privilege($1, 'later_table_id_seq', 'USAGE')", SERVICE_GROUP
        )
        await owner.execute("DROP TABLE later_table")

        await asyncio.to_thread(command.downgrade, config, "0004")
        assert await owner.fetchval(GRANTS_TO_GROUP, SERVICE_GROUP) == 0
        await asyncio.to_thread(command.upgrade, config, "head")
        assert await owner.fetchval(
            "SELECT has_table_privilege($1, 'access_log', 'INSERT') "
            "AND NOT has_table_privilege($1, 'access_log', 'UPDATE')",
            SERVICE_GROUP,
        )
    finally:
        await owner.close()


# --- Which URL the service uses ------------------------------------------------------------


def test_the_service_url_is_the_owners_as_the_login_role_without_the_password() -> None:
    owner = "postgresql://owner:secret@db.example:5433/traening?sslmode=require"
    assert with_user(owner, SERVICE_LOGIN) == (
        "postgresql://traening_app@db.example:5433/traening?sslmode=require"
    )
    embedded = "postgresql://postgres:@/traening?host=/srv/.pgdata"
    assert (
        with_user(embedded, SERVICE_LOGIN)
        == "postgresql://traening_app@/traening?host=/srv/.pgdata"
    )


def test_service_database_url_names_the_service_role_when_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://owner:secret@db:5432/traening")
    monkeypatch.delenv("TRAENING_DATABASE", raising=False)
    monkeypatch.delenv("SERVICE_DATABASE_URL", raising=False)
    assert service_url() == "postgresql://traening_app@db:5432/traening"
    monkeypatch.setenv("SERVICE_DATABASE_URL", "postgresql://app:pw@db:5432/traening")
    assert service_url() == "postgresql://app:pw@db:5432/traening"
    monkeypatch.setenv("TRAENING_DATABASE", "traening_e2e")
    assert service_url() == "postgresql://app:pw@db:5432/traening_e2e"
