"""`GET /api/v1/worklist` over many open cases, next to raw asyncpg doing the same work.

    .venv/bin/python -m bench.worklist --cases 100000 --requests 2000 --concurrency 8

Seeds the database `traening_bench` on the project's server (DATABASE_URL, else the embedded
PostgreSQL) with open cases, then measures four variants in one process, in interleaved rounds,
with the same request mix, page size and concurrency:

- raw asyncpg running the worklist query alone (the baseline),
- raw asyncpg running every statement the endpoint runs, in one transaction,
- the app in-process through httpx's ASGI transport,
- the app served by uvicorn in a child process on 127.0.0.1, over real HTTP.

The API variants authenticate as an integration client, with a bearer API key that the bench
writes into `api_keys` itself (a new secret every run). The raw variants run the SQL compiled
from the persistence functions the endpoint calls, so they cannot drift from it. The report
(Markdown) goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import platform
import pstats
import socket
import statistics
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, cast

import asyncpg
import httpx
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import Insert

from api.__main__ import migrate
from api.app import create_app
from api.clock import Clock
from api.security.authentication import TOUCH_EVERY, api_key_text, new_prefix
from api.security.secrets import digest, new_token, same
from api.settings import Settings
from domain.access.permissions import Permission
from domain.calendar.working_days import WorkingDayCalendar
from domain.casework import APPLICATION_BASES, LEGAL_BASES, REHAB_PLAN_BASES, ReferralKind
from domain.casework.deadlines import DeadlineStatus, due_date_bounds
from persistence.access import access_log, staff
from persistence.casework import cases
from persistence.centre import centres
from persistence.database import (
    PROJECT_ROOT,
    SERVICE_LOGIN,
    asyncpg_kwargs,
    create_engine,
    embedded_running,
    recreate_database,
    server_url,
    stop_embedded,
    with_database,
    with_user,
)

CENTRE = "ishoj-vallensbaek"
DATABASE = "traening_bench"
PATH = "/api/v1/worklist"
PAGE = 50  # the endpoint's default page size; it fetches one row more to see a next page
WALK_PAGES = 4  # a walk opens the first page and follows next_cursor three times
KEY_NAME = "bench"  # the integration client the API variants call as
KEY_SCOPES = [Permission.WORKLIST_READ.value, Permission.CASES_ALL_SITES.value]
P95_TARGET_MS = 50.0
THROUGHPUT_TARGET = 1 / 3

# Positions in the row persistence.casework.cases.worklist selects.
DEADLINE_ID, DUE_DATE, CITIZEN_ID = 0, 3, 6

BASELINE = "raw query"
RAW_TX = "raw statements"
ASGI = "API (ASGI)"
HTTP = "API (HTTP)"
LEGEND = [
    f"- {BASELINE}: asyncpg pool, the worklist SELECT alone (the baseline)",
    f"- {RAW_TX}: asyncpg pool, every statement the endpoint runs (API-key lookup, its "
    "last-used update at most once a minute, closure days, worklist, access-log insert) in one "
    "transaction",
    f"- {ASGI}: the app in this process, driven by httpx through its ASGI transport",
    f"- {HTTP}: the app under uvicorn in a child process on 127.0.0.1, httpx over TCP",
    "- Both API variants send `Authorization: Bearer tck_<prefix>_<secret>` (an API key with "
    f"scopes {', '.join(KEY_SCOPES)})",
    "- Python CPU: CPU time of this process per request (for API (HTTP) plus the uvicorn "
    "child's); PostgreSQL's is not included",
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class BenchError(RuntimeError):
    pass


# --- Database: create, migrate, seed ---------------------------------------------------------

SEED_NUMBERS = """
INSERT INTO bench_seed (g, citizen_id, case_id)
SELECT g, gen_random_uuid(), gen_random_uuid() FROM generate_series(0, $1::int - 1) AS g
"""

# Birth dates run over 20,000 days from 1935; the serial's first digit (1) puts the century
# in the 1900s, so every CPR number is valid and (birth date, serial) is unique.
SEED_CITIZENS = """
INSERT INTO citizens (id, centre_id, cpr, birth_date, name, address, municipality_code)
SELECT s.citizen_id, $1::uuid,
       to_char(b.born, 'DDMMYY') || lpad((1000 + s.g / 20000)::text, 4, '0'), b.born,
       'Borger ' || s.g, 'Benchvej ' || (s.g % 500 + 1) || ', 2635 Ishøj',
       CASE WHEN s.g % 2 = 0 THEN '183' ELSE '187' END
FROM bench_seed AS s
CROSS JOIN LATERAL (SELECT DATE '1935-01-01' + s.g % 20000 AS born) AS b
"""

# One slot per seeded legal basis: slot 0 a hospital plan, 1 and 2 applications.
_SLOTS = ", ".join(
    f"({slot}, '{code}', '{kind.value}')"
    for slot, (code, kind) in enumerate(
        [(REHAB_PLAN_BASES[0], ReferralKind.REHAB_PLAN)]
        + [(code, ReferralKind.APPLICATION) for code in APPLICATION_BASES[:2]]
    )
)

SEED_CASES = f"""
INSERT INTO cases (id, centre_id, citizen_id, site_id, legal_basis, referral_kind,
                   received_at, received_date, condition)
SELECT s.case_id, $1::uuid, s.citizen_id,
       CASE WHEN s.g % 2 = 0 THEN $2::uuid ELSE $3::uuid END,
       k.legal_basis, k.referral_kind, r.at, (r.at AT TIME ZONE 'Europe/Copenhagen')::date,
       'Benchmark: genoptræning efter fald'
FROM bench_seed AS s
CROSS JOIN LATERAL (
    SELECT now() - make_interval(days => s.g % 30, mins => (s.g * 7) % 600) AS at
) AS r
JOIN (VALUES {_SLOTS}) AS k (slot, legal_basis, referral_kind)
  ON k.slot = s.g % 3
"""

# § 140 cases get invitation, training_start and free_choice; § 86 cases invitation and
# decision. The invitation falls from 20 days ago to 30 days ahead, by a hash of the case
# number so that due dates do not follow legal basis or site; later kinds follow it.
SEED_DEADLINES = """
INSERT INTO case_deadlines (centre_id, case_id, kind, due_date)
SELECT $1::uuid, s.case_id, k.kind,
       LEAST($2::date + 30,
             $2::date - 20 + ((hashint4(s.g)::bigint + 2147483648) % 51)::int
             + k.step * (3 + s.g % 5))
FROM bench_seed AS s
JOIN (VALUES ('invitation', 0, NULL), ('training_start', 1, true), ('free_choice', 2, true),
             ('decision', 1, false)) AS k (kind, step, rehab)
  ON k.rehab IS NULL OR k.rehab = (s.g % 3 = 0)
"""

OPEN_CASES = """
SELECT count(*) FROM cases JOIN centres ON centres.id = cases.centre_id
WHERE centres.code = $1 AND cases.closed_at IS NULL
"""


@asynccontextmanager
async def connect(url: str) -> AsyncIterator[Any]:
    connection = await asyncpg.connect(**asyncpg_kwargs(url))
    try:
        yield connection
    finally:
        await connection.close()


async def open_cases(url: str) -> int:
    """Open cases of the centre in the bench database; 0 when it is missing or unmigrated."""
    try:
        async with connect(url) as connection:
            return int(await connection.fetchval(OPEN_CASES, CENTRE))
    except (asyncpg.InvalidCatalogNameError, asyncpg.UndefinedTableError):
        return 0


async def provision(url: str) -> uuid.UUID:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            session = AsyncSession(bind=connection)
            centre_id = await centres.provision_centre(session, CENTRE)
            await session.flush()
            return centre_id
    finally:
        await engine.dispose()


async def seed(url: str, count: int, today: date) -> None:
    """Citizens, open cases and their open deadlines, set-based (no detail rows)."""
    centre_id = await provision(url)
    async with connect(url) as connection:
        sites = [row["id"] for row in await site_rows(connection, centre_id)]
        async with connection.transaction():
            await connection.execute(
                "CREATE TEMP TABLE bench_seed (g int, citizen_id uuid, case_id uuid) ON COMMIT DROP"
            )
            await connection.execute(SEED_NUMBERS, count)
            await connection.execute(SEED_CITIZENS, centre_id)
            await connection.execute(SEED_CASES, centre_id, *sites)
            await connection.execute(SEED_DEADLINES, centre_id, today)
        await connection.execute("VACUUM (ANALYZE) citizens, cases, case_deadlines")


async def site_rows(connection: Any, centre_id: uuid.UUID) -> list[Any]:
    rows: list[Any] = await connection.fetch(
        "SELECT id, code FROM sites WHERE centre_id = $1 ORDER BY code", centre_id
    )
    if len(rows) != 2:
        raise BenchError(f"Expected the seed's two sites, found {len(rows)}.")
    return rows


@dataclass(frozen=True, slots=True)
class BenchKey:
    """The integration client's API key; only the bench knows the secret."""

    id: uuid.UUID
    name: str
    prefix: str
    secret: str

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {api_key_text(self.prefix, self.secret)}"}


FIND_KEY = "SELECT id, prefix FROM api_keys WHERE centre_id = $1 AND name = $2"
RENEW_KEY = """
UPDATE api_keys SET secret_hash = $2, scopes = $3, last_used_at = NULL, revoked_at = NULL
WHERE id = $1
"""
ADD_KEY = """
INSERT INTO api_keys (centre_id, name, prefix, secret_hash, scopes)
VALUES ($1, $2, $3, $4, $5) RETURNING id
"""


async def api_key(url: str) -> BenchKey:
    """The bench's API key, with a new secret: its row is renewed, or added when missing."""
    secret = new_token()
    async with connect(url) as connection:
        centre_id = await connection.fetchval("SELECT id FROM centres WHERE code = $1", CENTRE)
        found = await connection.fetchrow(FIND_KEY, centre_id, KEY_NAME)
        if found is not None:
            await connection.execute(RENEW_KEY, found["id"], digest(secret), KEY_SCOPES)
            return BenchKey(found["id"], KEY_NAME, found["prefix"], secret)
        prefix = new_prefix()
        key_id = await connection.fetchval(
            ADD_KEY, centre_id, KEY_NAME, prefix, digest(secret), KEY_SCOPES
        )
        return BenchKey(key_id, KEY_NAME, prefix, secret)


def prepare_database(url: str, count: int, reuse: bool) -> BenchKey:
    """Outside any event loop: migrate() runs its own."""
    if reuse and asyncio.run(open_cases(url)) == count:
        log(f"Reusing {DATABASE} with {count} open cases.")
        migrate(url)
    else:
        log(f"Recreating {DATABASE} and seeding {count} open cases ...")
        started = time.perf_counter()
        asyncio.run(recreate_database(url))
        migrate(url)
        asyncio.run(seed(url, count, Clock().today()))
        log(f"Seeded in {time.perf_counter() - started:.1f} s.")
    return asyncio.run(api_key(url))


# --- The request mix -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Query:
    kind: str = "first page"  # how the report groups its latencies
    status: DeadlineStatus | None = None
    site_id: uuid.UUID | None = None
    legal_basis: str | None = None

    def api_params(self) -> dict[str, str]:
        params = {"limit": str(PAGE)}
        if self.status is not None:
            params["status"] = self.status.value
        if self.site_id is not None:
            params["site_id"] = str(self.site_id)
        if self.legal_basis is not None:
            params["legal_basis"] = self.legal_basis
        return params


OVERDUE = Query("status=overdue", status=DeadlineStatus.OVERDUE)
NEXT_PAGE = "next page (cursor)"
KINDS = ("first page", OVERDUE.kind, "status=due_soon", "site_id", "legal_basis", NEXT_PAGE)


@dataclass(frozen=True, slots=True)
class Job:
    """Pages fetched one after another by one client, following next_cursor."""

    query: Query
    pages: int = 1


def cycle(index: int, sites: Sequence[uuid.UUID]) -> list[Job]:
    """Nine requests: first page, overdue, due soon, a site, a legal basis, a 4-page walk."""
    return [
        Job(Query()),
        Job(OVERDUE),
        Job(Query("status=due_soon", status=DeadlineStatus.DUE_SOON)),
        Job(Query("site_id", site_id=sites[index % len(sites)])),
        Job(Query("legal_basis", legal_basis=LEGAL_BASES[index % len(LEGAL_BASES)])),
        Job(Query(), pages=WALK_PAGES),
    ]


def build_jobs(requests: int, sites: Sequence[uuid.UUID]) -> list[Job]:
    jobs: list[Job] = []
    left = requests
    index = 0
    while left > 0:
        for job in cycle(index, sites):
            if left <= 0:
                break
            jobs.append(Job(job.query, min(job.pages, left)))
            left -= job.pages
        index += 1
    return jobs


# --- The SQL the endpoint runs, compiled from the persistence functions ----------------------

DIALECT = asyncpg_dialect()  # type: ignore[no-untyped-call]

# Distinct stand-in values: each compiled bind parameter is traced back to its role by value.
SENTINELS: dict[str, Any] = {
    "centre_id": uuid.UUID(int=1),
    "after_due": date(1901, 1, 1),
    "after_id": uuid.UUID(int=2),
    "legal_basis": "legal-basis",
    "site_id": uuid.UUID(int=3),
    "due_from": date(1901, 1, 2),
    "due_until": date(1901, 1, 3),
    # The page size is rendered into the text (LIMIT 51) so PostgreSQL can reuse its plan;
    # should it be bound again, this value still tells its role.
    "limit": PAGE + 1,
    "prefix": "bench-prefix",
    "key_id": uuid.UUID(int=4),
    "now": datetime(1901, 1, 4, tzinfo=UTC),
}


class _Empty:
    def all(self) -> list[Any]:
        return []

    def __iter__(self) -> Iterator[Any]:
        return iter(())


class _Capture:
    """Stands in for a session and keeps the statement instead of running it."""

    def __init__(self) -> None:
        self.statement: ClauseElement | None = None

    async def execute(
        self, statement: ClauseElement, params: Mapping[str, Any] | None = None
    ) -> _Empty:
        # Prebuilt statements take their values at execution: bind them in for compiling.
        if params and isinstance(statement, Insert):
            statement = statement.values(**params)
        elif params:
            statement = statement.params(**params)
        self.statement = statement
        return _Empty()

    async def scalars(
        self, statement: ClauseElement, params: Mapping[str, Any] | None = None
    ) -> _Empty:
        return await self.execute(statement, params)

    async def scalar(
        self, statement: ClauseElement, params: Mapping[str, Any] | None = None
    ) -> None:
        await self.execute(statement, params)

    def compiled(self, role: Callable[[str, Any], str]) -> Sql:
        assert self.statement is not None
        # render_postcompile: literal_execute parameters go into the text, as when executed.
        compiled = cast(
            SQLCompiler,
            self.statement.compile(dialect=DIALECT, compile_kwargs={"render_postcompile": True}),
        )
        # The values come from a plain compile: with render_postcompile SQLAlchemy will not
        # hand out the parameters of a statement whose values were bound after building.
        values = self.statement.compile(dialect=DIALECT).params
        roles = {name: role(name, value) for name, value in values.items()}
        defaults = {roles[name]: value for name, value in values.items()}
        names = compiled.positiontup or []
        return Sql(compiled.string, tuple(roles[name] for name in names), defaults)


@dataclass(frozen=True, slots=True)
class Sql:
    text: str
    roles: tuple[str, ...]  # what each $n is
    defaults: Mapping[str, Any]  # the values it was compiled with

    def args(self, values: Mapping[str, Any]) -> list[Any]:
        """Values by role; a role not given keeps the value the function filled in itself."""
        return [values[role] if role in values else self.defaults[role] for role in self.roles]


def _role_by_value(name: str, value: Any) -> str:
    for role, sentinel in SENTINELS.items():
        if type(value) is type(sentinel) and value == sentinel:
            return role
    raise BenchError(f"Cannot tell what the bind parameter {name} is.")


def _role_by_name(name: str, value: Any) -> str:
    return name


Shape = frozenset[str]


async def worklist_sql(shape: Shape) -> Sql:
    """persistence.casework.cases.worklist's statement for the filters (and cursor) in `shape`."""

    def given(role: str) -> Any:
        return SENTINELS[role] if role in shape else None

    capture = _Capture()
    after = (SENTINELS["after_due"], SENTINELS["after_id"]) if "after_due" in shape else None
    await cases.worklist(
        cast(AsyncSession, capture),
        SENTINELS["centre_id"],
        limit=SENTINELS["limit"],
        after=after,
        legal_basis=given("legal_basis"),
        site_id=given("site_id"),
        due_from=given("due_from"),
        due_until=given("due_until"),
    )
    return capture.compiled(_role_by_value)


async def calendar_sql() -> Sql:
    capture = _Capture()
    await centres.working_day_calendar(cast(AsyncSession, capture), SENTINELS["centre_id"])
    return capture.compiled(_role_by_value)


async def key_sql() -> Sql:
    """The API-key lookup authentication runs first in every request."""
    capture = _Capture()
    await staff.api_key_by_prefix(cast(AsyncSession, capture), SENTINELS["prefix"])
    return capture.compiled(_role_by_value)


async def touch_sql() -> Sql:
    """The key's last-used update, run when the last one is a minute old or more."""
    capture = _Capture()
    await staff.touch_api_key(cast(AsyncSession, capture), SENTINELS["key_id"], SENTINELS["now"])
    return capture.compiled(_role_by_value)


async def audit_sql() -> Sql:
    capture = _Capture()
    await access_log.record_access(
        cast(AsyncSession, capture),
        centre_id=SENTINELS["centre_id"],
        actor="",
        request_id="",
        operation="",
        use="",
        citizen_ids=[],
    )
    return capture.compiled(_role_by_name)  # bound by column name


# --- The variants: each fetches one page and returns the next page's cursor -------------------

Cursor = Any
PageFetch = Callable[[Query, Cursor], Awaitable[Cursor]]


@dataclass(frozen=True)
class Variant:
    name: str
    fetch: PageFetch
    # CPU seconds used so far by the Python processes doing the variant's work (not PostgreSQL).
    cpu: Callable[[], float] = time.process_time


def api_fetch(client: httpx.AsyncClient) -> PageFetch:
    async def fetch(query: Query, cursor: Cursor) -> Cursor:
        params = query.api_params()
        if cursor is not None:
            params["cursor"] = cursor
        response = await client.get(PATH, params=params)
        if response.status_code != 200:
            raise BenchError(f"{PATH} answered {response.status_code}: {response.text[:300]}")
        return response.json()["next_cursor"]

    return fetch


@dataclass
class Raw:
    """The endpoint's database work through a plain asyncpg pool."""

    pool: Any
    centre_id: uuid.UUID
    key: BenchKey
    bounds: dict[DeadlineStatus, tuple[date | None, date | None]]
    lookup: Sql
    touch: Sql
    calendar: Sql
    audit: Sql
    statements: dict[Shape, Sql] = field(default_factory=dict)

    def values(self, query: Query, cursor: Cursor) -> dict[str, Any]:
        due_from, due_until = self.bounds[query.status] if query.status else (None, None)
        after_due, after_id = cursor if cursor is not None else (None, None)
        return {
            "centre_id": self.centre_id,
            "limit": PAGE + 1,
            "after_due": after_due,
            "after_id": after_id,
            "legal_basis": query.legal_basis,
            "site_id": query.site_id,
            "due_from": due_from,
            "due_until": due_until,
        }

    async def statement(self, values: Mapping[str, Any]) -> Sql:
        shape = frozenset(role for role, value in values.items() if value is not None)
        if shape not in self.statements:
            self.statements[shape] = await worklist_sql(shape)
        return self.statements[shape]

    async def query_only(self, query: Query, cursor: Cursor) -> Cursor:
        values = self.values(query, cursor)
        sql = await self.statement(values)
        rows = await self.pool.fetch(sql.text, *sql.args(values))
        return next_cursor(rows)

    async def same_statements(self, query: Query, cursor: Cursor) -> Cursor:
        """Calendar, worklist and access-log insert in one transaction, as the endpoint does."""
        values = self.values(query, cursor)
        sql = await self.statement(values)
        async with self.pool.acquire() as connection, connection.transaction():
            await self.authenticate(connection)
            await connection.fetch(self.calendar.text, *self.calendar.args(values))
            rows = await connection.fetch(sql.text, *sql.args(values))
            if rows:
                await connection.fetch(self.audit.text, *self.audit.args(self.entry(rows)))
        return next_cursor(rows)

    async def authenticate(self, connection: Any) -> None:
        """What api.security.authentication does for a bearer key, statement for statement."""
        found = await connection.fetchrow(
            self.lookup.text, *self.lookup.args({"prefix": self.key.prefix})
        )
        if found is None or not same(found["secret_hash"], digest(self.key.secret)):
            raise BenchError("The bench's API key was not accepted.")
        if found["revoked_at"] is not None:
            raise BenchError("The bench's API key is revoked.")
        now = datetime.now(UTC)
        if found["last_used_at"] is None or now - found["last_used_at"] >= TOUCH_EVERY:
            await connection.fetch(
                self.touch.text, *self.touch.args({"key_id": found["id"], "now": now})
            )

    def entry(self, rows: Sequence[Any]) -> dict[str, Any]:
        return {
            "centre_id": self.centre_id,
            "actor": self.key.name,
            "api_key_id": self.key.id,
            "client": f"api-key:{self.key.name}",
            "request_id": uuid.uuid4().hex,
            "operation": "worklist-list",
            "use": "read",
            "citizen_ids": list(dict.fromkeys(row[CITIZEN_ID] for row in rows[:PAGE])),
            "criterion": None,
        }


def next_cursor(rows: Sequence[Any]) -> Cursor:
    if len(rows) <= PAGE:
        return None
    last = rows[PAGE - 1]
    return (last[DUE_DATE], last[DEADLINE_ID])


async def keep_session(connection: Any) -> None:
    """No reset query on release: SQLAlchemy's pool sends none after a commit either."""


async def open_raw(stack: AsyncExitStack, url: str, pool_size: int, key: BenchKey) -> Raw:
    pool = await stack.enter_async_context(
        asyncpg.create_pool(
            **asyncpg_kwargs(url), min_size=pool_size, max_size=pool_size, reset=keep_session
        )
    )
    async with pool.acquire() as connection:
        centre_id = await connection.fetchval("SELECT id FROM centres WHERE code = $1", CENTRE)
        closures = await connection.fetch(
            "SELECT day FROM closure_days WHERE centre_id = $1", centre_id
        )
    calendar = WorkingDayCalendar(row["day"] for row in closures)
    today = Clock().today()
    bounds = {status: due_date_bounds(status, today, calendar) for status in DeadlineStatus}
    statements = (await key_sql(), await touch_sql(), await calendar_sql(), await audit_sql())
    return Raw(pool, centre_id, key, bounds, *statements)


def client(concurrency: int, **kwargs: Any) -> httpx.AsyncClient:
    # trust_env=False: no proxy from the environment; every request stays on this machine.
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    return httpx.AsyncClient(trust_env=False, limits=limits, timeout=60, **kwargs)


async def open_asgi(
    stack: AsyncExitStack, url: str, concurrency: int, key: BenchKey
) -> tuple[PageFetch, int]:
    """The app in this process; returns its fetch and its engine's pool size."""
    app = create_app(Settings(centre_code=CENTRE, database_url=with_user(url, SERVICE_LOGIN)))
    await stack.enter_async_context(app.router.lifespan_context(app))
    transport = httpx.ASGITransport(app=app)
    asgi = await stack.enter_async_context(
        client(concurrency, transport=transport, base_url="http://127.0.0.1", headers=key.headers())
    )
    return api_fetch(asgi), int(app.state.engine.pool.size())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@asynccontextmanager
async def uvicorn_server(url: str) -> AsyncIterator[tuple[str, int]]:
    """`uvicorn api.app:create_app` in a child process on 127.0.0.1; yields its URL and pid."""
    port = free_port()
    service = with_user(url, SERVICE_LOGIN)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SERVICE_DATABASE_URL": service,
        "CENTRE_CODE": CENTRE,
    }
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory"),
        *("--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"),
        "--no-access-log",
        cwd=PROJECT_ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        await wait_until_up(base, process)
        yield base, process.pid
    finally:
        if process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), 15)
            except TimeoutError:
                process.kill()
                await process.wait()


async def wait_until_up(base: str, process: asyncio.subprocess.Process) -> None:
    async with httpx.AsyncClient(base_url=base, trust_env=False, timeout=2) as probe:
        for _ in range(150):
            if process.returncode is not None:
                raise BenchError(f"uvicorn exited with {process.returncode}.")
            with suppress(httpx.TransportError):
                if (await probe.get("/api/v1/health")).status_code == 200:
                    return
            await asyncio.sleep(0.2)
    raise BenchError("uvicorn did not answer within 30 s.")


async def open_http(stack: AsyncExitStack, url: str, concurrency: int, key: BenchKey) -> Variant:
    base, pid = await stack.enter_async_context(uvicorn_server(url))
    remote = await stack.enter_async_context(
        client(concurrency, base_url=base, headers=key.headers())
    )
    return Variant(HTTP, api_fetch(remote), lambda: time.process_time() + process_cpu(pid))


def process_cpu(pid: int) -> float:
    """User and system CPU seconds of a process (Linux /proc; 0 elsewhere)."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return 0.0
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- Driving and statistics ------------------------------------------------------------------


@dataclass
class Result:
    variant: str
    latencies: list[float] = field(default_factory=list)  # seconds
    elapsed: float = 0.0
    cpu: float = 0.0  # seconds, see Variant.cpu
    by_kind: dict[str, list[float]] = field(default_factory=dict)

    def add(self, kind: str, latency: float) -> None:
        self.latencies.append(latency)
        self.by_kind.setdefault(kind, []).append(latency)

    @property
    def requests(self) -> int:
        return len(self.latencies)

    @property
    def throughput(self) -> float:
        return self.requests / self.elapsed

    @property
    def cpu_ms(self) -> float:
        return self.cpu / self.requests * 1000

    def percentile_ms(self, percent: int, kind: str | None = None) -> float:
        latencies = self.by_kind[kind] if kind else self.latencies
        cuts = statistics.quantiles(latencies, n=100, method="inclusive")
        return cuts[percent - 1] * 1000


async def drive(fetch: PageFetch, jobs: Sequence[Job], concurrency: int, into: Result) -> None:
    """`concurrency` clients take jobs in turn until none are left; each page is timed."""
    queue = iter(jobs)

    async def client_loop() -> None:
        for job in queue:
            cursor: Cursor = None
            for page in range(job.pages):
                started = time.perf_counter()
                cursor = await fetch(job.query, cursor)
                into.add(job.query.kind if page == 0 else NEXT_PAGE, time.perf_counter() - started)
                if cursor is None:
                    break

    started = time.perf_counter()
    await asyncio.gather(*(client_loop() for _ in range(concurrency)))
    into.elapsed += time.perf_counter() - started


# --- Plans -----------------------------------------------------------------------------------


async def explain(url: str, raw: Raw, query: Query, mode: str) -> list[str]:
    """EXPLAIN (ANALYZE, BUFFERS) of the endpoint's first page of `query`, as a prepared
    statement (as both drivers run it), with the plan cache mode given."""
    values = raw.values(query, None)
    sql = await raw.statement(values)
    literals = ", ".join(literal(value) for value in sql.args(values))
    async with connect(url) as connection:
        await connection.execute(f"SET plan_cache_mode = {mode}")
        await connection.execute(f"PREPARE bench_plan AS {sql.text}")
        rows = await connection.fetch(f"EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_plan({literals})")
    return [row[0] for row in rows]


def literal(value: Any) -> str:
    """A quoted literal; the statement's own casts ($1::UUID, ...) give it its type."""
    return "'" + str(value).replace("'", "''") + "'"


PLAN_COUNTS = """
SELECT coalesce(sum(generic_plans), 0), coalesce(sum(custom_plans), 0)
FROM pg_prepared_statements WHERE statement LIKE '%FROM case_deadlines JOIN cases%'
"""


async def plan_cache(raw: Raw) -> list[str]:
    """How PostgreSQL planned the worklist statements the raw variants prepared and ran."""
    connections = [await raw.pool.acquire() for _ in range(raw.pool.get_size())]
    try:
        counts = [await connection.fetchrow(PLAN_COUNTS) for connection in connections]
    finally:
        for connection in connections:
            await raw.pool.release(connection)
    generic, custom = (sum(row[column] for row in counts) for column in (0, 1))
    return [
        "Plan cache of the raw pool's prepared worklist statements after the run: "
        f"{generic} executions with a generic plan, {custom} planned afresh (custom plan).",
        "",
    ]


async def plans(url: str, raw: Raw) -> list[str]:
    out = await plan_cache(raw)
    for label, query in (("first page", Query()), ("status=overdue", OVERDUE)):
        for mode in ("force_custom_plan", "force_generic_plan"):
            lines = await explain(url, raw, query, mode)
            used = any("ix_case_deadlines_open_by_due" in line for line in lines)
            out += [f"### {label}, {mode} (ix_case_deadlines_open_by_due used: {used})", ""]
            out += ["```", *lines, "```", ""]
    return out


# --- The run ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    cases: int
    requests: int
    concurrency: int
    rounds: int
    warmup: int
    reuse: bool
    http: bool
    profile: str | None


async def measure(
    url: str, options: Options, key: BenchKey
) -> tuple[list[Result], list[str], list[str], list[str]]:
    async with AsyncExitStack() as stack:
        asgi, pool_size = await open_asgi(stack, url, options.concurrency, key)
        raw = await open_raw(stack, url, pool_size, key)
        async with raw.pool.acquire() as connection:
            sites = [row["id"] for row in await site_rows(connection, raw.centre_id)]
            await connection.execute("TRUNCATE access_log")
            facts = await environment(connection, options, pool_size)
        variants = [
            Variant(BASELINE, raw.query_only),
            Variant(RAW_TX, raw.same_statements),
            Variant(ASGI, asgi),
        ]
        if options.http:
            variants.append(await open_http(stack, url, options.concurrency, key))
        results = await rounds(variants, sites, options)
        profiled = await profile(asgi, sites, options) if options.profile else []
        return results, facts, await plans(url, raw), profiled


async def rounds(
    variants: Sequence[Variant], sites: Sequence[uuid.UUID], options: Options
) -> list[Result]:
    """Warm every variant up, then run them in turn, a different one first each round."""
    for variant in variants:
        log(f"Warming up: {variant.name}")
        jobs = build_jobs(options.warmup, sites)
        await drive(variant.fetch, jobs, options.concurrency, Result(variant.name))
    results = [Result(variant.name) for variant in variants]
    pairs = list(zip(variants, results, strict=True))
    for number in range(options.rounds):
        shift = number % len(pairs)
        share = options.requests // options.rounds + (number < options.requests % options.rounds)
        for variant, result in pairs[shift:] + pairs[:shift]:
            log(f"Round {number + 1}/{options.rounds}: {variant.name}")
            jobs = build_jobs(share, sites)
            cpu = variant.cpu()
            await drive(variant.fetch, jobs, options.concurrency, result)
            result.cpu += variant.cpu() - cpu
    return results


async def profile(asgi: PageFetch, sites: Sequence[uuid.UUID], options: Options) -> list[str]:
    """The in-process API once more under cProfile, timed in CPU time (so neither waits nor
    other processes count); stats to options.profile, a summary back."""
    assert options.profile is not None
    log(f"Profiling {ASGI} ...")
    jobs = build_jobs(options.requests // options.rounds, sites)
    result = Result(ASGI)
    profiler = cProfile.Profile(time.process_time)
    cpu = time.process_time()
    profiler.enable()
    await drive(asgi, jobs, options.concurrency, result)
    profiler.disable()
    cpu = time.process_time() - cpu
    profiler.dump_stats(options.profile)
    entries = cast(ProfileStats, vars(pstats.Stats(profiler))["stats"])
    total = cpu / result.requests * 1000
    lines = [
        f"cProfile of {ASGI} (client and app in one process), {result.requests} requests at "
        f"concurrency {options.concurrency}, stats in `{options.profile}`. Timed in CPU time: "
        f"{total:.1f} ms per request under the profiler (its overhead included). A coroutine "
        "counts only while it runs; each resumption counts as a call. SQLAlchemy runs its "
        "statements in greenlets, which cProfile does not follow: cumulative times of frames "
        "that await the session are unreliable (above 100 % even); own times are sound.",
        "",
        "Own time by package:",
        "",
        *package_table(entries, result.requests, total),
        "",
        "The project's own functions, by cumulative time:",
        "",
        *profile_table(entries, result.requests, total, own_code),
        "",
        "Everything, by own time:",
        "",
        *profile_table(entries, result.requests, total, not_event_loop, column=OWN),
        "",
    ]
    log("\n".join(lines))
    return lines


# (file, line, function) -> (primitive calls, calls, own seconds, cumulative seconds, callers)
ProfileStats = dict[tuple[str, int, str], tuple[int, int, float, float, Any]]
OWN, CUMULATIVE = 2, 3
PROFILE_TOP = 25
EVENT_LOOP = ("asyncio/", "selectors.py", "cProfile", "select.epoll", "_contextvars.Context")
OWN_CODE = ("api/", "persistence/", "domain/")


def own_code(where: str) -> bool:
    return where.startswith(OWN_CODE)


def not_event_loop(where: str) -> bool:
    return not any(part in where for part in EVENT_LOOP)


def package_table(entries: ProfileStats, requests: int, total_ms: float) -> list[str]:
    """Own CPU time summed by top-level package (the project's modules count as one)."""
    sums: dict[str, float] = {}
    for (path, _, name), (_, _, own, _, _) in entries.items():
        where = short_path(path)
        if where == "~":  # C code: by the module of its type ("of 'asyncpg.protocol...'")
            owner = name.split(" of '", 1)[1].split("'", 1)[0] if " of '" in name else ""
            module = owner.split(".", 1)[0] if "." in owner else ""
            package = f"{module} (C)" if module and module[0] != "_" else "built-ins"
        elif own_code(where):
            package = "project (api, persistence, domain)"
        else:
            package = where.split("/", 1)[0].removesuffix(".py")
        sums[package] = sums.get(package, 0.0) + own
    lines = ["| package | own ms/req | share |", "|---|---:|---:|"]
    for package, own in sorted(sums.items(), key=lambda item: item[1], reverse=True)[:12]:
        per_request = own / requests * 1000
        lines.append(f"| {package} | {per_request:.2f} | {per_request / total_ms:.0%} |")
    return lines


def profile_table(
    entries: ProfileStats,
    requests: int,
    total_ms: float,
    keep: Callable[[str], bool],
    column: int = CUMULATIVE,
) -> list[str]:
    """The top entries, in CPU ms per request and as a share of all the run's CPU time."""
    ranked = sorted(entries.items(), key=lambda item: item[1][column], reverse=True)
    lines = [
        "| cumulative ms/req | share | own ms/req | calls/req | function |",
        "|---:|---:|---:|---:|---|",
    ]
    shown = 0
    for (path, line, name), (_, calls, own, cumulative, _) in ranked:
        where = short_path(path)
        if not keep(f"{where}:{name}"):
            continue
        per_request = cumulative / requests * 1000
        lines.append(
            f"| {per_request:.2f} | {per_request / total_ms:.0%} "
            f"| {own / requests * 1000:.2f} | {calls / requests:.1f} | `{where}:{line}({name})` |"
        )
        shown += 1
        if shown == PROFILE_TOP:
            break
    return lines


def short_path(path: str) -> str:
    """A file name relative to site-packages, the project or the standard library."""
    for marker in ("site-packages/", f"{PROJECT_ROOT}/", "/lib/python3."):
        if marker in path:
            rest = path.split(marker, 1)[1]
            return rest.split("/", 1)[1] if marker == "/lib/python3." else rest
    return path


async def environment(connection: Any, options: Options, pool_size: int) -> list[str]:
    version = await connection.fetchval("SHOW server_version")
    open_count = await connection.fetchval(OPEN_CASES, CENTRE)
    deadlines = await connection.fetchval(
        "SELECT count(*) FROM case_deadlines WHERE met_on IS NULL"
    )
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("fastapi", "sqlalchemy", "asyncpg", "httpx", "uvicorn")
    )
    return [
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {os.cpu_count()} CPUs ({platform.machine()}, {platform.system()}), "
        f"PostgreSQL {version}, Python {platform.python_version()}",
        f"- Packages: {versions}",
        f"- Data: {open_count} open cases, {deadlines} open deadlines",
        f"- Load: {options.requests} requests per variant in {options.rounds} interleaved "
        f"rounds, concurrency {options.concurrency}, page size {PAGE}, pool size {pool_size}",
    ]


# --- Report ----------------------------------------------------------------------------------


def table(results: Sequence[Result]) -> list[str]:
    by_name = {result.variant: result for result in results}
    baseline, raw_tx = by_name[BASELINE], by_name[RAW_TX]
    lines = [
        "| variant | requests | req/s | p50 ms | p95 ms | p99 ms | ÷ raw query | ÷ raw statements "
        "| Python CPU ms/req |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        lines.append(
            f"| {result.variant} | {result.requests} | {result.throughput:.0f} "
            f"| {result.percentile_ms(50):.1f} | {result.percentile_ms(95):.1f} "
            f"| {result.percentile_ms(99):.1f} "
            f"| {result.throughput / baseline.throughput:.2f} "
            f"| {result.throughput / raw_tx.throughput:.2f} | {result.cpu_ms:.2f} |"
        )
    return lines


def kinds_table(results: Sequence[Result]) -> list[str]:
    """p50 / p95 in ms by kind of request: does a filter or a deep page cost more?"""
    lines = [
        "| request | " + " | ".join(result.variant for result in results) + " |",
        "|---|" + "---:|" * len(results),
    ]
    for kind in KINDS:
        cells = [
            f"{result.percentile_ms(50, kind):.1f} / {result.percentile_ms(95, kind):.1f}"
            if len(result.by_kind.get(kind, ())) > 1
            else "–"
            for result in results
        ]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def verdicts(results: Sequence[Result]) -> list[str]:
    baseline = next(result for result in results if result.variant == BASELINE)
    lines = []
    for result in results:
        if result.variant not in (ASGI, HTTP):
            continue
        p95 = result.percentile_ms(95)
        ratio = result.throughput / baseline.throughput
        lines.append(
            f"- {result.variant}: p95 {p95:.1f} ms "
            f"({'meets' if p95 < P95_TARGET_MS else 'misses'} < {P95_TARGET_MS:.0f} ms), "
            f"throughput {ratio:.2f} × raw query "
            f"({'meets' if ratio >= THROUGHPUT_TARGET else 'misses'} ≥ 0.33)"
        )
    return lines


def report(
    options: Options,
    results: list[Result],
    facts: list[str],
    plan: list[str],
    profiled: list[str],
) -> str:
    command = (
        f".venv/bin/python -m bench.worklist --cases {options.cases} "
        f"--requests {options.requests} --concurrency {options.concurrency} "
        f"--rounds {options.rounds}" + ("" if options.http else " --no-http")
    )
    lines = ["## Worklist benchmark", "", f"`{command}`", "", *facts, ""]
    lines += [*table(results), "", *LEGEND, "", *verdicts(results), ""]
    lines += ["p50 / p95 ms by kind of request:", "", *kinds_table(results), ""]
    lines += ["## Plans", "", *plan]
    if profiled:
        lines += ["## Profile", "", *profiled]
    return "\n".join(lines)


def parse(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(prog="python -m bench.worklist", description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000, help="open cases to seed")
    parser.add_argument("--requests", type=int, default=2000, help="requests per variant")
    parser.add_argument("--concurrency", type=int, default=8, help="clients at once")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds")
    parser.add_argument("--warmup", type=int, default=90, help="unmeasured requests first")
    parser.add_argument(
        "--reuse", action="store_true", help="keep traening_bench if it has --cases open cases"
    )
    parser.add_argument("--no-http", dest="http", action="store_false", help="skip uvicorn")
    parser.add_argument("--profile", metavar="FILE", help="cProfile the in-process API")
    args = parser.parse_args(argv)
    if args.cases < 1 or args.requests < args.rounds or args.concurrency < 1 or args.rounds < 1:
        parser.error("--cases, --concurrency and --rounds must be positive, --requests ≥ rounds")
    return Options(**vars(args))


def main(argv: Sequence[str] | None = None) -> int:
    options = parse(argv)
    # Stop the embedded server afterwards only if this run started it.
    started_here = not os.environ.get("DATABASE_URL") and not embedded_running()
    try:
        url = with_database(server_url(), DATABASE)
        key = prepare_database(url, options.cases, options.reuse)
        results, facts, plan, profiled = asyncio.run(measure(url, options, key))
        print(report(options, results, facts, plan, profiled), flush=True)
    finally:
        if started_here and embedded_running():
            stop_embedded()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
