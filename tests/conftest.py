"""Shared fixtures: a real PostgreSQL database for the session, an app per test.

The app connects as the service's role (`service_engine`), so every API test also proves its
grants suffice; fixtures that truncate or seed use the owner's `engine`.

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
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.__main__ import alembic_config
from api.app import create_app
from api.clock import FixedClock
from api.security.secrets import hash_password
from api.settings import Settings
from persistence.access import staff
from persistence.centre.centres import list_sites, provision_centre
from persistence.database import (
    SERVICE_LOGIN,
    asyncpg_kwargs,
    create_engine,
    embedded_running,
    ensure_database,
    server_url,
    stop_embedded,
    with_database,
    with_user,
)
from persistence.roles import ensure_service_login

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
    await ensure_service_login(url, SERVICE_LOGIN)
    yield url
    await drop_test_database(url)
    if started_here:
        stop_embedded()


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """The owner's: for fixtures that truncate, seed or age rows by hand."""
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


def service_database_url(database_url: str) -> str:
    return with_user(database_url, SERVICE_LOGIN)


@pytest.fixture(scope="session")
async def service_engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """The service's: what the app runs as."""
    engine = create_engine(service_database_url(database_url))
    yield engine
    await engine.dispose()


TABLES = (
    "access_log, case_deadlines, applications, rehab_plans, cases, citizens, closure_days, "
    "service_standard_limits, login_failures, staff_sessions, api_keys, staff_users, sites, "
    "centres"
)
PASSWORD = "Korrekt-Hest-Batteri-Klips"


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


@pytest.fixture(scope="session")
async def password_hash() -> str:
    """Argon2 is slow on purpose: hash the test password once per run."""
    return await hash_password(PASSWORD)


async def add_staff(
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
    *,
    username: str,
    roles: list[str],
    sites: list[str] = (),  # type: ignore[assignment]
) -> uuid.UUID:
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        codes = {site.code: site.id for site in await list_sites(session, centre_id)}
        user = await staff.add_user(
            session,
            centre_id,
            username=username,
            display_name=username.title(),
            password_hash=password_hash,
            roles=roles,
            site_ids=[codes[code] for code in sites],
        )
        return user.id


@pytest.fixture
async def app(
    service_engine: AsyncEngine, centre_id: uuid.UUID, clock: FixedClock
) -> AsyncIterator[FastAPI]:
    app = create_app(Settings(centre_code=CENTRE), engine=service_engine, clock=clock)
    async with app.router.lifespan_context(app):
        yield app


def make_client(app: FastAPI) -> httpx.AsyncClient:
    # localhost over http: the session cookie is not marked Secure there, as in development.
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://localhost")


async def log_in(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> None:
    """Log in and send the session's CSRF token with every later request."""
    response = await client.post(
        "/api/v1/auth/login", json={"username": username, "password": password}
    )
    assert response.status_code == 200, response.text
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]


@pytest.fixture
async def anonymous(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(app) as client:
        yield client


@pytest.fixture
async def client(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> AsyncIterator[httpx.AsyncClient]:
    """A team leader of both sites: every casework permission."""
    await add_staff(engine, centre_id, password_hash, username="leder",
                    roles=["team_leader"], sites=["syd", "nord"])  # fmt: skip
    async with make_client(app) as client:
        await log_in(client, "leder")
        yield client


async def count_rows(engine: AsyncEngine, table: str) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
