"""One hostile client must not stop the centre: a storm of wrong logins and refused writes
leaves the connection pool to everybody else."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from api.app import create_app
from api.clock import FixedClock
from api.settings import Settings
from persistence.database import sqlalchemy_url
from tests.api.helpers import new_case
from tests.conftest import CENTRE, add_staff, log_in, make_client


async def test_wrong_logins_and_refused_writes_leave_the_pool_to_others(
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
    client: httpx.AsyncClient,
) -> None:
    case = await new_case(client)  # at Træningscenter Syd
    await add_staff(engine, centre_id, password_hash, username="nordterapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    async with make_client(app) as therapist, make_client(app) as attacker:
        await log_in(therapist, "nordterapeut")

        async def wrong_login(number: int) -> httpx.Response:
            return await attacker.post(
                "/api/v1/auth/login",
                json={"username": f"gaet{number}", "password": "Forkert-kodeord-1234"},
            )

        async def refused_write() -> httpx.Response:
            # Another site's case: refused, and the refusal is logged.
            return await therapist.post(
                f"/api/v1/cases/{case['id']}/events",
                json={"event": "withdraw", "occurred_on": "2026-11-20"},
            )

        async def legitimate_read() -> tuple[httpx.Response, float]:
            await asyncio.sleep(0.05)  # while the storm is under way
            started = time.perf_counter()
            response = await client.get("/api/v1/worklist")
            return response, time.perf_counter() - started

        storm = asyncio.gather(
            *(wrong_login(number) for number in range(100)),
            *(refused_write() for _ in range(50)),
        )
        read, took = await legitimate_read()
        answers = await storm

    assert read.status_code == 200
    print(f"worklist during the storm: {took:.3f} s")
    assert took < 1.0, f"the worklist took {took:.2f} s during the storm"
    statuses = Counter(answer.status_code for answer in answers)
    assert all(status < 500 for status in statuses), statuses
    assert statuses[404] == 50  # the refused writes
    assert statuses[401] + statuses[429] == 100
    async with engine.connect() as connection:
        refused = await connection.scalar(
            text(
                "SELECT count(*) FROM access_log WHERE outcome = 'refused'"
                " AND CAST(:citizen AS uuid) = ANY(citizen_ids)"
            ),
            {"citizen": case["citizen"]["id"]},
        )
    assert refused == 50


async def test_every_kind_of_refusal_needs_only_one_connection(
    database_url: str,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
    client: httpx.AsyncClient,
    clock: FixedClock,
) -> None:
    """With a pool of one connection, a request that wanted a second would wait for itself."""
    case = await new_case(client)  # at Træningscenter Syd
    await add_staff(engine, centre_id, password_hash, username="nordterapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    await add_staff(engine, centre_id, password_hash, username="revisor", roles=["auditor"])
    single = create_async_engine(
        sqlalchemy_url(database_url), pool_size=1, max_overflow=0, pool_timeout=3
    )
    app = create_app(Settings(centre_code=CENTRE), engine=single, clock=clock)
    try:
        async with app.router.lifespan_context(app), make_client(app) as anyone:
            wrong = await anyone.post(
                "/api/v1/auth/login", json={"username": "nordterapeut", "password": "x" * 12}
            )
            assert wrong.status_code == 401
            anonymous = await anyone.get(f"/api/v1/cases/{case['id']}")
            assert anonymous.status_code == 401
            await log_in(anyone, "nordterapeut")
            other_site = await anyone.post(
                f"/api/v1/cases/{case['id']}/events", json={"event": "withdraw"}
            )
            assert other_site.status_code == 404
            anyone.cookies.clear()
            await log_in(anyone, "revisor")
            forbidden = await anyone.get(f"/api/v1/citizens/{case['citizen']['id']}")
            assert forbidden.status_code == 403
    finally:
        await single.dispose()
    async with engine.connect() as connection:
        refused = await connection.scalar(
            text("SELECT count(*) FROM access_log WHERE outcome = 'refused'")
        )
    assert refused == 3
