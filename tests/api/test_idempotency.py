"""Idempotent writes: an integration that retries never doubles a referral.

The IETF HTTP API working group's Idempotency-Key draft: an API key must send a key on the
operations that create; a repeat with the same key and body gets the first answer, the same
key with another body a 422, a repeat while the first runs a 409 with Retry-After; keys are
each client's own and expire after a day. All on real PostgreSQL, through the ASGI app.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.clock import FixedClock
from domain.intake import fingerprint
from persistence.intake import purge_expired_keys
from tests.api.helpers import CITIZEN, application, new_api_key, plan, problem_fields, site_ids
from tests.conftest import DEFAULT_NOW, add_staff, count_rows, log_in, make_client

REFERRALS = "/api/v1/referrals"


@pytest.fixture
async def admin(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> AsyncIterator[httpx.AsyncClient]:
    await add_staff(engine, centre_id, password_hash, username="admin", roles=["administrator"])
    async with make_client(app) as client:
        await log_in(client, "admin")
        yield client


@pytest.fixture
async def esdh(app: FastAPI, admin: httpx.AsyncClient) -> AsyncIterator[httpx.AsyncClient]:
    """The municipality's ESDH system, calling with an API key."""
    secret = await new_api_key(admin, "ESDH")
    async with make_client(app) as client:
        client.headers["Authorization"] = f"Bearer {secret}"
        yield client


async def _citizen(client: httpx.AsyncClient, cpr: str = CITIZEN["cpr"]) -> str:
    created = await client.post(
        "/api/v1/citizens", json={**CITIZEN, "cpr": cpr}, headers={"Idempotency-Key": cpr}
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def _referral(client: httpx.AsyncClient, **changes: Any) -> dict[str, Any]:
    sites = await site_ids(client)
    return application(await _citizen(client), sites["syd"], **changes)


async def _post(client: httpx.AsyncClient, body: Any, key: str | None) -> httpx.Response:
    headers = {"Idempotency-Key": key} if key is not None else {}
    return await client.post(REFERRALS, json=body, headers=headers)


async def test_ten_concurrent_posts_with_one_key_create_one_referral(
    esdh: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    body = await _referral(esdh)
    key = '"3f0c2d9e-1b7a-4c55-9f0e-6d2b8a417c01"'  # as the draft writes it: a quoted string
    responses = await asyncio.gather(*(_post(esdh, body, key) for _ in range(10)))

    replayed = ["idempotent-replayed" in r.headers for r in responses]
    first = [
        r
        for r, again in zip(responses, replayed, strict=True)
        if not again and r.status_code == 201
    ]
    assert len(first) == 1
    case_id = first[0].json()["id"]
    for response in responses:
        if response.status_code == 409:
            assert problem_fields(response) == []
            assert response.json()["rule"] == "idempotency_key_in_progress"
            assert int(response.headers["retry-after"]) >= 1
        else:
            assert response.status_code == 201
    # The clients retry their 409s, as Retry-After says, and get the first answer.
    ids = []
    for response in responses:
        while response.status_code == 409:
            await asyncio.sleep(0.05)
            response = await _post(esdh, body, key)
        ids.append(response.json()["id"])
    assert ids == [case_id] * 10
    assert await count_rows(engine, "cases") == 1


async def test_a_repeat_gets_the_stored_answer_byte_for_byte(
    esdh: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    body = await _referral(esdh)
    first = await _post(esdh, body, "key-1")
    assert first.status_code == 201
    # The same data, keys in another order: the same request.
    again = await _post(esdh, dict(reversed(list(body.items()))), "key-1")
    assert again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.content == first.content
    assert await count_rows(engine, "cases") == 1
    # The repeat shows the citizen's data again: the access log has it as a read.
    async with engine.connect() as connection:
        uses = await connection.execute(
            text(
                "SELECT use, citizen_ids FROM access_log "
                "WHERE operation = 'cases-register_referral' ORDER BY id"
            )
        )
        citizen = uuid.UUID(body["citizen_id"])
        assert [(use, ids) for use, ids in uses] == [("create", [citizen]), ("read", [citizen])]


async def test_the_same_key_with_another_body_is_refused(
    esdh: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    body = await _referral(esdh)
    assert (await _post(esdh, body, "key-1")).status_code == 201
    other = await _post(esdh, {**body, "condition": "Knæalloplastik"}, "key-1")
    assert other.status_code == 422
    assert problem_fields(other) == ["Idempotency-Key"]
    assert other.json()["type"] == "urn:traening:problem:idempotency"
    assert other.json()["rule"] == "idempotency_key_reused"
    assert await count_rows(engine, "cases") == 1


async def test_an_api_key_must_send_a_key_and_staff_need_not(
    esdh: httpx.AsyncClient, client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    body = await _referral(esdh)
    missing = await _post(esdh, body, None)
    assert missing.status_code == 400
    assert problem_fields(missing) == ["Idempotency-Key"]
    assert missing.json()["rule"] == "idempotency_key_missing"
    no_citizen = await esdh.post("/api/v1/citizens", json={**CITIZEN, "cpr": "020202-2222"})
    assert no_citizen.status_code == 400
    assert await count_rows(engine, "cases") == 0
    # Staff in the SPA (a session) may leave it out.
    assert (await _post(client, body, None)).status_code == 201


async def test_a_malformed_key_is_refused(esdh: httpx.AsyncClient, engine: AsyncEngine) -> None:
    body = await _referral(esdh)
    for bad in ("", "mellem rum", "x" * 201, '"ubalanceret'):
        response = await _post(esdh, body, bad)
        assert response.status_code == 422, bad
        assert problem_fields(response) == ["Idempotency-Key"]
    assert await count_rows(engine, "cases") == 0


async def test_keys_are_each_clients_own(
    app: FastAPI,
    admin: httpx.AsyncClient,
    esdh: httpx.AsyncClient,
    client: httpx.AsyncClient,
    engine: AsyncEngine,
) -> None:
    body = await _referral(esdh)
    secret = await new_api_key(admin, "Script")
    async with make_client(app) as script:
        script.headers["Authorization"] = f"Bearer {secret}"
        answers = [await _post(caller, body, "same-key") for caller in (esdh, script, client)]
    assert [a.status_code for a in answers] == [201, 201, 201]
    assert not any("idempotent-replayed" in a.headers for a in answers)
    assert len({a.json()["id"] for a in answers}) == 3
    assert await count_rows(engine, "cases") == 3


async def test_a_key_expires_after_a_day_and_the_retention_job_forgets_it(
    esdh: httpx.AsyncClient, engine: AsyncEngine, clock: FixedClock
) -> None:
    body = await _referral(esdh)
    first = await _post(esdh, body, "key-1")
    clock.at += timedelta(hours=23, minutes=59)
    assert (await _post(esdh, body, "key-1")).json()["id"] == first.json()["id"]
    clock.at += timedelta(minutes=1)  # 24 hours after the first request: a new key
    later = await _post(esdh, body, "key-1")
    assert later.status_code == 201
    assert "idempotent-replayed" not in later.headers
    assert later.json()["id"] != first.json()["id"]
    assert await count_rows(engine, "cases") == 2
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        # The citizen's key (its CPR number) is a day old; the referral's was just renewed.
        assert await purge_expired_keys(session, now=clock.at) == 1
        assert await purge_expired_keys(session, now=clock.at + timedelta(days=1)) == 1
    assert await count_rows(engine, "idempotency_keys") == 0


async def _claim_by_hand(
    engine: AsyncEngine, client_name: str, body: bytes, age: timedelta
) -> None:
    """A claim as a request that is still running (or died) leaves it."""
    async with engine.begin() as connection:
        principal = await connection.scalar(
            text("SELECT id FROM api_keys WHERE name = :name"), {"name": client_name}
        )
        centre = await connection.scalar(text("SELECT id FROM centres"))
        await connection.execute(
            text(
                "INSERT INTO idempotency_keys (centre_id, client, key, fingerprint, state, claim, "
                "claimed_at, created_at) VALUES (:centre, :client, 'key-1', :fingerprint, "
                "'in_progress', gen_random_uuid(), :at, :at)"
            ),
            {
                "centre": centre,
                "client": f"api_key:{principal}",
                "fingerprint": fingerprint("POST", REFERRALS, body),
                "at": DEFAULT_NOW - age,
            },
        )


async def test_a_claim_still_running_is_409_and_a_dead_one_is_taken_over(
    esdh: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    body = await _referral(esdh)
    encoded = httpx.Request("POST", "http://x", json=body).content
    await _claim_by_hand(engine, "ESDH", encoded, age=timedelta(seconds=30))
    running = await _post(esdh, body, "key-1")
    assert running.status_code == 409
    assert running.headers["retry-after"] == "1"
    assert await count_rows(engine, "cases") == 0

    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE idempotency_keys SET claimed_at = claimed_at - interval '31 seconds'")
        )
    taken_over = await _post(esdh, body, "key-1")  # its first request died a minute ago
    assert taken_over.status_code == 201
    assert (await _post(esdh, body, "key-1")).headers["idempotent-replayed"] == "true"
    assert await count_rows(engine, "cases") == 1


async def test_a_failed_request_frees_its_key(esdh: httpx.AsyncClient, engine: AsyncEngine) -> None:
    body = await _referral(esdh)
    unknown = await _post(esdh, {**body, "citizen_id": str(uuid.uuid4())}, "key-1")
    assert unknown.status_code == 422
    # Nothing was done: the key is free for the corrected request.
    assert (await _post(esdh, body, "key-1")).status_code == 201
    assert await count_rows(engine, "cases") == 1


async def test_a_sender_reference_sent_again_is_answered_with_its_case(
    esdh: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    body = await _referral(esdh, sender_reference="ESDH-2026-004711")
    first = await _post(esdh, body, "key-1")
    assert first.status_code == 201
    assert first.json()["sender_system"] == "ESDH"
    assert first.json()["sender_reference"] == "ESDH-2026-004711"
    # Sent again under another key, even with other details: the case it opened.
    again = await _post(esdh, {**body, "condition": "Skulderskade"}, "key-2")
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["condition"] == "Faldtendens"
    # Five at once, each under a key of its own: one case.
    fresh = {**body, "sender_reference": "ESDH-2026-004712"}
    answers = await asyncio.gather(*(_post(esdh, fresh, f"k-{n}") for n in range(5)))
    assert sorted(a.status_code for a in answers) == [200, 200, 200, 200, 201]
    assert len({a.json()["id"] for a in answers}) == 1
    assert await count_rows(engine, "cases") == 2
    # Another sender's equal reference is another referral.
    other = await _post(esdh, {**body, "sender_system": "MedCom"}, "key-3")
    assert other.status_code == 201
    alone = await _post(esdh, {**body, "sender_reference": None, "sender_system": "X"}, "key-4")
    assert alone.status_code == 422
    assert problem_fields(alone) == ["sender_system"]


async def test_a_likely_duplicate_is_registered_and_flagged(
    esdh: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    body = await _referral(esdh)
    first = (await _post(esdh, body, "key-1")).json()
    assert first["possible_duplicate_of"] is None
    # Same citizen, legal basis and day of receipt, another hour: taken, and flagged.
    later = {**body, "received_at": "2026-11-16T14:30:00+01:00"}
    second = await _post(esdh, later, "key-2")
    assert second.status_code == 201
    assert second.json()["possible_duplicate_of"] == first["id"]
    # Another day, or another legal basis: not a duplicate.
    next_day = await _post(esdh, {**body, "received_at": "2026-11-17T09:00:00+01:00"}, "key-3")
    assert next_day.json()["possible_duplicate_of"] is None
    other_basis = plan(body["citizen_id"], body["site_id"])
    assert (await _post(esdh, other_basis, "key-4")).json()["possible_duplicate_of"] is None
    # Staff see it on the worklist and on the case page.
    items = (await client.get("/api/v1/worklist")).json()["items"]
    flagged = {item["case_id"]: item["possible_duplicate_of"] for item in items}
    assert flagged[second.json()["id"]] == first["id"]
    assert flagged[first["id"]] is None
    shown = await client.get(f"/api/v1/cases/{second.json()['id']}")
    assert shown.json()["possible_duplicate_of"] == first["id"]
