"""Cached callers and calendars never outlive a change: at once in the app that made it,
within 5 s in another app with its own pool, cache and listener (another process).

`other` is that second app: a second engine, so its notifications come over its own
connection, as in a second worker process.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from api.app import create_app
from api.caches import LIFETIME
from api.clock import FixedClock
from api.settings import Settings
from persistence.database import create_engine
from tests.api.helpers import application, create_citizen, register, site_ids
from tests.conftest import CENTRE, PASSWORD, add_staff, log_in, make_client, service_database_url

BOUND = 5.0  # seconds: the promise
WORKLIST = "/api/v1/worklist"


@pytest.fixture
async def other(
    database_url: str, centre_id: uuid.UUID, clock: FixedClock
) -> AsyncIterator[FastAPI]:
    engine = create_engine(service_database_url(database_url), pool_size=3)
    app = create_app(Settings(centre_code=CENTRE), engine=engine, clock=clock)
    try:
        async with app.router.lifespan_context(app):
            yield app
    finally:
        await engine.dispose()


@pytest.fixture
async def admin(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> AsyncIterator[httpx.AsyncClient]:
    await add_staff(engine, centre_id, password_hash, username="admin", roles=["administrator"])
    async with make_client(app) as client:
        await log_in(client, "admin")
        yield client


@pytest.fixture
async def therapist(engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str) -> uuid.UUID:
    return await add_staff(engine, centre_id, password_hash, username="terapeut",
                           roles=["therapist"], sites=["nord"])  # fmt: skip


async def refused_within(client: httpx.AsyncClient, seconds: float) -> float:
    """Seconds until the client's next worklist call is refused; fails past `seconds`."""
    started = time.monotonic()
    while True:
        status = (await client.get(WORKLIST)).status_code
        waited = time.monotonic() - started
        if status == 401:
            return waited
        assert status == 200
        assert waited < seconds, f"still let in after {waited:.2f} s"
        await asyncio.sleep(0.05)


def same_cookie(app: FastAPI, client: httpx.AsyncClient) -> httpx.AsyncClient:
    """A client of `app` holding `client`'s session (the same browser, another process)."""
    twin = make_client(app)
    twin.cookies.set("tc_session", client.cookies["tc_session"])
    return twin


@asynccontextmanager
async def key_clients(
    app: FastAPI, other: FastAPI, admin: httpx.AsyncClient
) -> AsyncIterator[tuple[str, httpx.AsyncClient, httpx.AsyncClient]]:
    """A new API key, used once by a client of each app (so both have it cached)."""
    created = await admin.post(
        "/api/v1/admin/api-keys", json={"name": "ESDH", "scopes": ["worklist.read"]}
    )
    key = created.json()
    async with make_client(app) as here, make_client(other) as there:
        for client in (here, there):
            client.headers["Authorization"] = f"Bearer {key['secret']}"
            assert (await client.get(WORKLIST)).status_code == 200  # now cached in both
        assert other.state.caches.api_keys.get(key["prefix"]) is not None
        yield key["id"], here, there


async def test_a_revoked_key_is_refused_at_once_here_and_within_the_bound_elsewhere(
    app: FastAPI, other: FastAPI, admin: httpx.AsyncClient
) -> None:
    async with key_clients(app, other, admin) as (key_id, here, there):
        assert (await admin.delete(f"/api/v1/admin/api-keys/{key_id}")).status_code == 204
        assert (await here.get(WORKLIST)).status_code == 401
        assert await refused_within(there, BOUND) < BOUND
        assert (await there.get(WORKLIST)).status_code == 401


async def test_without_notifications_the_entry_ends_with_its_lifetime(
    app: FastAPI, other: FastAPI, admin: httpx.AsyncClient
) -> None:
    async with key_clients(app, other, admin) as (key_id, here, there):
        await other.state.caches.stop()  # its listener gone: only the lifetime is left
        revoked = time.monotonic()
        assert (await admin.delete(f"/api/v1/admin/api-keys/{key_id}")).status_code == 204
        assert (await here.get(WORKLIST)).status_code == 401
        # The other process still trusts its cached entry (so this test tests the cache) ...
        assert (await there.get(WORKLIST)).status_code == 200
        # ... until its lifetime is over, inside the bound.
        await refused_within(there, BOUND)
        assert time.monotonic() - revoked < BOUND
        await asyncio.sleep(BOUND - LIFETIME)
        assert (await there.get(WORKLIST)).status_code == 401


async def test_logging_out_ends_the_session_in_every_process(
    app: FastAPI, other: FastAPI, therapist: uuid.UUID
) -> None:
    async with make_client(app) as here:
        await log_in(here, "terapeut")
        token = here.cookies["tc_session"]
        async with same_cookie(other, here) as there, same_cookie(app, here) as replay:
            assert (await there.get(WORKLIST)).status_code == 200
            assert (await replay.get(WORKLIST)).status_code == 200
            assert (await here.post("/api/v1/auth/logout")).status_code == 204
            replay.cookies.set("tc_session", token)
            assert (await replay.get(WORKLIST)).status_code == 401
            assert await refused_within(there, BOUND) < BOUND


async def test_a_deactivated_user_is_let_in_nowhere(
    app: FastAPI, other: FastAPI, admin: httpx.AsyncClient, therapist: uuid.UUID
) -> None:
    async with make_client(app) as here:
        await log_in(here, "terapeut")
        async with same_cookie(other, here) as there:
            assert (await here.get(WORKLIST)).status_code == 200
            assert (await there.get(WORKLIST)).status_code == 200
            changed = await admin.patch(f"/api/v1/admin/users/{therapist}", json={"active": False})
            assert changed.status_code == 200
            assert (await here.get(WORKLIST)).status_code == 401
            assert await refused_within(there, BOUND) < BOUND


async def test_a_changed_password_ends_the_other_sessions_everywhere(
    app: FastAPI, other: FastAPI, therapist: uuid.UUID
) -> None:
    async with make_client(app) as first, make_client(app) as second:
        await log_in(first, "terapeut")
        await log_in(second, "terapeut")
        async with same_cookie(other, second) as there:
            assert (await second.get(WORKLIST)).status_code == 200
            assert (await there.get(WORKLIST)).status_code == 200
            changed = await first.post(
                "/api/v1/auth/password",
                json={"current_password": PASSWORD, "new_password": "Blaa-Cykel-Over-Broen"},
            )
            assert changed.status_code == 204
            assert (await first.get(WORKLIST)).status_code == 200
            assert (await second.get(WORKLIST)).status_code == 401
            assert await refused_within(there, BOUND) < BOUND


async def test_a_new_closure_day_counts_at_once_here_and_within_the_bound_elsewhere(
    app: FastAPI, other: FastAPI, client: httpx.AsyncClient
) -> None:
    # Application received Fri 20 Nov: invitation due Fri 4 Dec, 9 working days from Mon 23.
    citizen = await create_citizen(client, name="Borger")
    body = application(citizen["id"], (await site_ids(client))["syd"],
                       received_at="2026-11-20T10:00:00+01:00")  # fmt: skip
    assert (await register(client, **body)).status_code == 201
    async with same_cookie(other, client) as there:
        there.headers.update(client.headers)

        async def days_left(on: httpx.AsyncClient) -> int:
            response = await on.get(WORKLIST)
            assert response.status_code == 200, response.text
            return int(response.json()["items"][0]["working_days_left"])

        assert await days_left(client) == 9
        assert await days_left(there) == 9
        # Tuesday 1 December closed: one working day fewer.
        added = await client.post(
            "/api/v1/closure-days", json={"day": "2026-12-01", "reason": "Kursus"}
        )
        assert added.status_code == 201
        assert await days_left(client) == 8
        started = time.monotonic()
        while await days_left(there) != 8:
            assert time.monotonic() - started < BOUND
            await asyncio.sleep(0.05)


async def test_a_new_service_standard_version_counts_at_once_here_and_within_the_bound_elsewhere(
    app: FastAPI, other: FastAPI, client: httpx.AsyncClient, centre_id: uuid.UUID
) -> None:
    # An application received Monday 23 November: invitation within 10 working days, by
    # Monday 7 December; under a version of 8 working days from that day, by Thursday 3.
    syd = (await site_ids(client))["syd"]
    numbers = iter(range(1, 1000))

    async def invitation_due(on: httpx.AsyncClient) -> str:
        citizen = await create_citizen(client, cpr=f"0101901{next(numbers):03d}")
        body = application(citizen["id"], syd, received_at="2026-11-23T08:00:00+01:00")
        response = await register(on, **body)
        assert response.status_code == 201, response.text
        due = {d["kind"]: d["due_date"] for d in response.json()["deadlines"]}
        return str(due["invitation"])

    async with same_cookie(other, client) as there:
        there.headers.update(client.headers)
        assert await invitation_due(client) == "2026-12-07"
        assert await invitation_due(there) == "2026-12-07"
        # Both processes now count from their cached standard.
        assert app.state.caches.standards.get(centre_id) is not None
        assert other.state.caches.standards.get(centre_id) is not None
        added = await client.post(
            "/api/v1/service-standard",
            json={
                "legal_basis": "SEL_86_1",
                "effective_from": "2026-11-23",
                "limits": [{"kind": "invitation", "value": 8, "unit": "working_days"}],
            },
        )
        assert added.status_code == 201, added.text
        assert await invitation_due(client) == "2026-12-03"
        started = time.monotonic()
        while await invitation_due(there) != "2026-12-03":
            assert time.monotonic() - started < BOUND
            await asyncio.sleep(0.05)


async def test_a_new_closure_day_counts_in_a_new_referral_at_once_here_and_soon_elsewhere(
    app: FastAPI, other: FastAPI, client: httpx.AsyncClient, centre_id: uuid.UUID
) -> None:
    # As above, 10 working days from Monday 23 November; Tuesday 1 December closed: Tuesday 8.
    syd = (await site_ids(client))["syd"]
    numbers = iter(range(1, 1000))

    async def invitation_due(on: httpx.AsyncClient) -> str:
        citizen = await create_citizen(client, cpr=f"0202902{next(numbers):03d}")
        body = application(citizen["id"], syd, received_at="2026-11-23T08:00:00+01:00")
        response = await register(on, **body)
        assert response.status_code == 201, response.text
        due = {d["kind"]: d["due_date"] for d in response.json()["deadlines"]}
        return str(due["invitation"])

    async with same_cookie(other, client) as there:
        there.headers.update(client.headers)
        assert await invitation_due(client) == "2026-12-07"
        assert await invitation_due(there) == "2026-12-07"
        assert other.state.caches.calendars.get(centre_id) is not None
        added = await client.post(
            "/api/v1/closure-days", json={"day": "2026-12-01", "reason": "Kursus"}
        )
        assert added.status_code == 201
        assert await invitation_due(client) == "2026-12-08"
        started = time.monotonic()
        while await invitation_due(there) != "2026-12-08":
            assert time.monotonic() - started < BOUND
            await asyncio.sleep(0.05)
