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
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import new_case
from tests.conftest import add_staff, log_in, make_client


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
