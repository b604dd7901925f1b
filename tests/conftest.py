"""Shared fixtures: a real PostgreSQL database for the session, an app per test.

With DATABASE_URL set, the tests create (and afterwards drop) their own database on that
server; without it they use the embedded server in the project's git-ignored data folder.
They never stop a server.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import asyncpg
import httpx
import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.__main__ import alembic_config
from api.app import create_app
from api.clock import FixedClock
from api.settings import Settings
from persistence.centres import provision_centre
from persistence.database import (
    asyncpg_kwargs,
    create_engine,
    embedded_running,
    ensure_database,
    server_url,
    stop_embedded,
    with_database,
)

# Monday 23 November 2026, 10:00 in Copenhagen.
DEFAULT_NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CENTRE = "ishoj-vallensbaek"


async def create_test_database(prefix: str) -> str:
    url = with_database(server_url(), f"{prefix}_{uuid.uuid4().hex[:10]}")
    await ensure_database(url)
    return url


async def drop_test_database(url: str) -> None:
    name = url.rsplit("/", 1)[-1].split("?", 1)[0]
    admin = asyncpg_kwargs(with_database(url, "postgres"))
    connection = await asyncpg.connect(**admin)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


@pytest.fixture(scope="session")
async def database_url() -> AsyncIterator[str]:
    # The embedded server is stopped afterwards only if this session started it.
    started_here = not os.environ.get("DATABASE_URL") and not embedded_running()
    url = await create_test_database("traening_test")
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    yield url
    await drop_test_database(url)
    if started_here:
        stop_embedded()


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


TABLES = (
    "access_log, case_deadlines, applications, rehab_plans, cases, citizens, "
    "closure_days, service_standard_limits, sites, centres"
)


@pytest.fixture
async def centre_id(engine: AsyncEngine) -> uuid.UUID:
    """A freshly provisioned centre in an otherwise empty database."""
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {TABLES} CASCADE"))
        session = AsyncSession(bind=connection)
        centre = await provision_centre(session, CENTRE)
        await session.flush()
    return centre


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DEFAULT_NOW)


@pytest.fixture
async def client(
    engine: AsyncEngine, centre_id: uuid.UUID, clock: FixedClock
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(centre_code=CENTRE), engine=engine, clock=clock)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield client


async def count_rows(engine: AsyncEngine, table: str) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
