"""The bench database: `traening_bench` with many open cases, and the bench's API key.

Seeded set-based (generate_series), then VACUUM (ANALYZE); see docs/benchmarks.md for what
the rows look like. `--reuse` keeps a database that already holds the asked number of cases.
"""

from __future__ import annotations

import asyncio
import sys
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

import asyncpg
from sqlalchemy.ext.asyncio import AsyncSession

from api.__main__ import migrate
from api.clock import Clock
from api.security.authentication import api_key_text, new_prefix
from api.security.secrets import digest, new_token
from domain.access.permissions import Permission
from domain.casework import APPLICATION_BASES, REHAB_PLAN_BASES, ReferralKind
from persistence.centre import centres
from persistence.database import asyncpg_kwargs, create_engine, recreate_database

CENTRE = "ishoj-vallensbaek"
DATABASE = "traening_bench"
KEY_NAME = "bench"  # the integration client the API variants call as
# The pages the bench reads (bench/pages.py): the worklist, a case, citizen search; and
# scheduling's (bench/scheduling.py): a week, a booking.
KEY_SCOPES = [
    Permission.WORKLIST_READ.value,
    Permission.CASES_READ.value,
    Permission.CITIZENS_READ.value,
    Permission.CASES_ALL_SITES.value,
    Permission.COURSES_READ.value,  # the scheduling pages (bench/scheduling.py)
    Permission.COURSES_WRITE.value,
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


def seeded_cpr(number: int) -> str:
    """The CPR number SEED_CITIZENS gives citizen `number` (DDMMYY-SSSS)."""
    born = date(1935, 1, 1) + timedelta(days=number % 20000)
    return f"{born:%d%m%y}-{1000 + number // 20000:04d}"


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
    name = urlsplit(url).path.lstrip("/")
    if reuse and asyncio.run(open_cases(url)) == count:
        log(f"Reusing {name} with {count} open cases.")
        migrate(url)
    else:
        log(f"Recreating {name} and seeding {count} open cases ...")
        started = time.perf_counter()
        asyncio.run(recreate_database(url))
        migrate(url)
        asyncio.run(seed(url, count, Clock().today()))
        log(f"Seeded in {time.perf_counter() - started:.1f} s.")
    return asyncio.run(api_key(url))
