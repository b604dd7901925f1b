"""The database roles, and the checks that the service runs with least privilege.

- The owner (DATABASE_URL's user) owns the schema: it runs the migrations and the retention
  job, which deletes old access-log entries after SET ROLE traening_retention.
- `traening_service` (NOLOGIN, migration 0005) holds the service's grants: read and write the
  tables, only read the reference data, only read and insert into the access log.
- The service logs in as a LOGIN role (`traening_app`, or SERVICE_DATABASE_URL's user) that is a
  member of `traening_service` and nothing else, and owns nothing: it cannot truncate the
  access log, alter or drop its append-only trigger, or become the retention role.
- `traening_retention` (NOLOGIN, migration 0002): the only role the access log lets delete.
"""

from __future__ import annotations

import logging

import asyncpg

from persistence.database import asyncpg_kwargs
from persistence.retention import RETENTION_ROLE

SERVICE_GROUP = "traening_service"

log = logging.getLogger(__name__)


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


async def ensure_service_login(owner_url: str, login: str) -> None:
    """Create the service's login role (no password) in the group, if the owner may.

    For local servers that trust local users (the embedded one, CI's, the tests'). In
    production the DBA creates it with a password (README, Database roles); an owner that may not
    create roles then only checks it.
    """
    connection = await asyncpg.connect(**asyncpg_kwargs(owner_url))
    try:
        owner = await connection.fetchrow(
            "SELECT rolname, rolsuper OR rolcreaterole AS may_create FROM pg_roles "
            "WHERE rolname = current_user"
        )
        assert owner is not None
        if login == owner["rolname"]:
            log.warning("The service would log in as the owner %s: it will refuse to.", login)
            return
        role = _identifier(login)
        exists = await connection.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", login)
        if not exists:
            if not owner["may_create"]:
                log.warning("The service's login role %s does not exist: ask the DBA.", login)
                return
            # Roles are cluster-wide: two test runs may create it at once; the loser goes on.
            await connection.execute(
                f"DO $$ BEGIN CREATE ROLE {role} LOGIN; "
                "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
            )
            log.info("Created the login role %s for the service (no password: local use).", login)
        member = await connection.fetchval(
            "SELECT pg_has_role($1, $2, 'USAGE')", login, SERVICE_GROUP
        )
        if not member:
            if not owner["may_create"]:
                log.warning("%s is not a member of %s: ask the DBA.", login, SERVICE_GROUP)
                return
            await connection.execute(
                f"DO $$ BEGIN GRANT {SERVICE_GROUP} TO {role}; "
                "EXCEPTION WHEN unique_violation THEN NULL; END $$"
            )
    finally:
        await connection.close()


# What the connected role must not be or hold: (problem, query answering true when it is so).
# A query's $1 is the retention role.
_CHECKS = (
    ("is a superuser", "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"),
    (
        "may create roles or databases or bypass row security",
        "SELECT rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles "
        "WHERE rolname = current_user",
    ),
    (
        "may become the retention role",
        "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1) "
        "AND pg_has_role(current_user, $1, 'MEMBER')",
    ),
    (
        "owns the database, a schema, a table or a function",
        """
        SELECT EXISTS (SELECT FROM pg_database
                       WHERE datname = current_database() AND pg_has_role(datdba, 'MEMBER'))
            OR EXISTS (SELECT FROM pg_namespace WHERE pg_has_role(nspowner, 'MEMBER'))
            OR EXISTS (SELECT FROM pg_class WHERE pg_has_role(relowner, 'MEMBER'))
            OR EXISTS (SELECT FROM pg_proc WHERE pg_has_role(proowner, 'MEMBER'))
        """,
    ),
    (
        "may update, delete or truncate the access log",
        # CASE: AND need not stop early, and an unmigrated database has no access log yet.
        "SELECT CASE WHEN to_regclass('access_log') IS NULL THEN false "
        "ELSE has_table_privilege('access_log', 'UPDATE, DELETE, TRUNCATE') END",
    ),
)


async def privilege_problems(url: str) -> list[str]:
    """What is wrong with serving as the role of `url`; empty when it has least privilege."""
    connection = await asyncpg.connect(**asyncpg_kwargs(url))
    try:
        user = await connection.fetchval("SELECT current_user")
        problems = []
        for problem, query in _CHECKS:
            arguments = [RETENTION_ROLE] if "$1" in query else []
            if await connection.fetchval(query, *arguments):
                problems.append(f"{user} {problem}")
        return problems
    finally:
        await connection.close()
