"""A refused attempt on a citizen's data names the citizen whenever its target identifies one,
so an auditor searching by citizen finds it."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import new_case
from tests.conftest import add_staff, log_in, make_client


@pytest.fixture
async def auditor(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> AsyncIterator[httpx.AsyncClient]:
    await add_staff(engine, centre_id, password_hash, username="revisor", roles=["auditor"])
    async with make_client(app) as auditor:
        await log_in(auditor, "revisor")
        yield auditor


async def _refusals(engine: AsyncEngine) -> list[tuple[str, str, list[uuid.UUID]]]:
    async with engine.connect() as connection:
        rows = await connection.execute(
            text(
                "SELECT actor, operation, citizen_ids FROM access_log"
                " WHERE outcome = 'refused' ORDER BY id"
            )
        )
        return [(row.actor, row.operation, list(row.citizen_ids)) for row in rows]


async def test_an_auditor_refused_a_citizen_record_is_logged_under_that_citizen(
    client: httpx.AsyncClient, auditor: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client)
    citizen = uuid.UUID(case["citizen"]["id"])
    response = await auditor.get(f"/api/v1/citizens/{citizen}")
    assert response.status_code == 403
    assert await _refusals(engine) == [("revisor", "citizens-get", [citizen])]


async def test_an_anonymous_case_read_is_logged_under_the_case_citizen(
    client: httpx.AsyncClient, anonymous: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client)
    response = await anonymous.get(f"/api/v1/cases/{case['id']}")
    assert response.status_code == 401
    citizen = uuid.UUID(case["citizen"]["id"])
    assert await _refusals(engine) == [("anonymous", "cases-get", [citizen])]


async def test_a_write_to_another_sites_case_is_logged_under_its_citizen(
    app: FastAPI,
    client: httpx.AsyncClient,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    case = await new_case(client)  # at Træningscenter Syd
    await add_staff(engine, centre_id, password_hash, username="nordterapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    async with make_client(app) as therapist:
        await log_in(therapist, "nordterapeut")
        response = await therapist.post(
            f"/api/v1/cases/{case['id']}/events", json={"event": "withdraw"}
        )
    assert response.status_code == 404
    citizen = uuid.UUID(case["citizen"]["id"])
    assert await _refusals(engine) == [("nordterapeut", "cases-record_event", [citizen])]


async def test_a_read_of_another_sites_case_is_refused_and_logged_as_refused_only(
    app: FastAPI,
    client: httpx.AsyncClient,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    """The case page reads and logs in one statement: the entry of a reading is written only
    for a caller who may see the case; another site's therapist gets a 404 and a refusal."""
    case = await new_case(client)  # at Træningscenter Syd
    await add_staff(engine, centre_id, password_hash, username="nordterapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    citizen = uuid.UUID(case["citizen"]["id"])
    async with make_client(app) as therapist:
        await log_in(therapist, "nordterapeut")
        refused = await therapist.get(f"/api/v1/cases/{case['id']}")
        assert refused.status_code == 404
        assert await _refusals(engine) == [("nordterapeut", "cases-get", [citizen])]
        assert await _readings(engine, "nordterapeut") == []
    # A therapist of the case's own site reads it, and the reading is logged.
    await add_staff(engine, centre_id, password_hash, username="sydterapeut",
                    roles=["therapist"], sites=["syd"])  # fmt: skip
    async with make_client(app) as therapist:
        await log_in(therapist, "sydterapeut")
        read = await therapist.get(f"/api/v1/cases/{case['id']}")
    assert read.status_code == 200
    assert read.json()["citizen"]["id"] == str(citizen)
    assert await _readings(engine, "sydterapeut") == [[citizen]]


async def _readings(engine: AsyncEngine, actor: str) -> list[list[uuid.UUID]]:
    async with engine.connect() as connection:
        rows = await connection.execute(
            text(
                "SELECT citizen_ids FROM access_log WHERE actor = :actor AND use = 'read'"
                " AND outcome = 'allowed' AND operation = 'cases-get' ORDER BY id"
            ),
            {"actor": actor},
        )
        return [list(row.citizen_ids) for row in rows]


async def test_a_target_that_names_no_record_is_logged_without_a_citizen(
    auditor: httpx.AsyncClient, anonymous: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    assert (await auditor.get(f"/api/v1/citizens/{uuid.uuid4()}")).status_code == 403
    assert (await anonymous.get(f"/api/v1/cases/{uuid.uuid4()}")).status_code == 401
    assert await _refusals(engine) == [
        ("revisor", "citizens-get", []),
        ("anonymous", "cases-get", []),
    ]
