"""Every case, open or closed, a page at a time (`GET /cases`): for exports.

The clock stands at Monday 23 November 2026. Four cases: three applications and a plan,
received on 9, 16, 19 and 20 November at the two sites; the one of 16 November withdrawn.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import (
    application,
    create_citizen,
    new_api_key,
    plan,
    problem_fields,
    register,
    site_ids,
)
from tests.api.test_input_rules import ENGLISH
from tests.conftest import add_staff, log_in, make_client

CASES = "/api/v1/cases"


@pytest.fixture
async def admin(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> AsyncIterator[httpx.AsyncClient]:
    await add_staff(engine, centre_id, password_hash, username="admin", roles=["administrator"])
    async with make_client(app) as client:
        await log_in(client, "admin")
        yield client


async def _seed(client: httpx.AsyncClient) -> dict[str, str]:
    sites = await site_ids(client)
    specs: list[tuple[str, str, dict[str, Any]]] = [
        ("Anna", "nord", application("", "", received_at="2026-11-09T10:00:00+01:00")),
        ("Bent", "syd", application("", "", received_at="2026-11-16T10:00:00+01:00")),
        ("Carl", "nord", plan("", "", received_at="2026-11-19T10:00:00+01:00",
                              discharge_date="2026-11-19")),
        ("Dorte", "syd", application("", "", legal_basis="SEL_86_2",
                                     received_at="2026-11-20T10:00:00+01:00")),
    ]  # fmt: skip
    made: dict[str, str] = {}
    for number, (name, site, body) in enumerate(specs):
        citizen = await create_citizen(client, cpr=f"0{number + 1}0280-1234", name=name)
        body.update(citizen_id=citizen["id"], site_id=sites[site])
        response = await register(client, **body)
        assert response.status_code == 201, response.text
        made[name] = response.json()["id"]
    withdrawn = await client.post(
        f"/api/v1/cases/{made['Bent']}/events",
        json={"event": "withdraw", "occurred_on": "2026-11-20"},
    )
    assert withdrawn.status_code == 201, withdrawn.text
    return made


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["citizen_name"] for item in response.json()["items"]]


async def test_every_case_open_or_closed_by_day_of_receipt(client: httpx.AsyncClient) -> None:
    made = await _seed(client)
    response = await client.get(CASES)
    assert names(response) == ["Anna", "Bent", "Carl", "Dorte"]
    body = response.json()
    assert body["next_cursor"] is None
    bent = body["items"][1]
    assert bent["case_id"] == made["Bent"]
    assert bent["status"] == "withdrawn"
    assert bent["closed_at"] is not None
    assert bent["received_date"] == "2026-11-16"
    assert bent["site"]["code"] == "syd"
    assert bent["legal_basis"] == "SEL_86_1"
    assert body["items"][2]["referral_kind"] == "rehab_plan"
    # No CPR number and no health data in a list item.
    assert "cpr" not in bent
    assert "condition" not in bent
    assert "0202801234" not in response.text
    assert "020280-1234" not in response.text


async def test_filters_by_status_site_legal_basis_and_days_of_receipt(
    client: httpx.AsyncClient,
) -> None:
    await _seed(client)
    sites = await site_ids(client)
    assert names(await client.get(CASES, params={"status": "open"})) == ["Anna", "Carl", "Dorte"]
    assert names(await client.get(CASES, params={"status": "closed"})) == ["Bent"]
    assert names(await client.get(CASES, params={"status": "all"})) == [
        "Anna", "Bent", "Carl", "Dorte"
    ]  # fmt: skip
    assert names(await client.get(CASES, params={"site_id": sites["nord"]})) == ["Anna", "Carl"]
    assert names(await client.get(CASES, params={"legal_basis": "SEL_86_2"})) == ["Dorte"]
    period = {"received_from": "2026-11-16", "received_to": "2026-11-19"}
    assert names(await client.get(CASES, params=period)) == ["Bent", "Carl"]
    assert names(await client.get(CASES, params={**period, "status": "open"})) == ["Carl"]
    assert names(await client.get(CASES, params={"received_from": "2026-11-20"})) == ["Dorte"]
    assert names(await client.get(CASES, params={"received_to": "2026-11-08"})) == []


async def test_keyset_pages_walk_every_case_once(client: httpx.AsyncClient) -> None:
    made = await _seed(client)
    seen: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(CASES, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        seen += [item["case_id"] for item in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages == 2
    assert seen == [made[name] for name in ("Anna", "Bent", "Carl", "Dorte")]
    # A page that ends exactly at the last case says so: no empty page after it.
    full = await client.get(CASES, params={"limit": 4})
    assert full.json()["next_cursor"] is None


async def test_a_therapist_sees_their_sites_and_assigned_cases_only(
    app: FastAPI,
    client: httpx.AsyncClient,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    made = await _seed(client)
    therapist = await add_staff(engine, centre_id, password_hash, username="terapeut",
                                roles=["therapist"], sites=["nord"])  # fmt: skip
    # Assigned while the therapist worked at syd too (the API assigns at the case's site).
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE cases SET assigned_to = :user WHERE id = :case"),
            {"user": therapist, "case": made["Dorte"]},
        )
    async with make_client(app) as own:
        await log_in(own, "terapeut")
        # Nord's cases, and Dorte's (syd) because it is assigned to them; not Bent's.
        assert names(await own.get(CASES)) == ["Anna", "Carl", "Dorte"]


async def test_an_api_key_needs_all_sites_to_see_any_case(
    app: FastAPI, client: httpx.AsyncClient, admin: httpx.AsyncClient
) -> None:
    await _seed(client)
    everywhere = await new_api_key(admin, "Eksport", ["cases.read", "cases.all_sites"])
    nowhere = await new_api_key(admin, "Uden matrikler", ["cases.read"])
    worklist_only = await new_api_key(admin, "Arbejdsliste", ["worklist.read"])
    async with make_client(app) as key:
        key.headers["Authorization"] = f"Bearer {everywhere}"
        assert len(names(await key.get(CASES))) == 4
        key.headers["Authorization"] = f"Bearer {nowhere}"
        assert names(await key.get(CASES)) == []
        key.headers["Authorization"] = f"Bearer {worklist_only}"
        assert (await key.get(CASES)).status_code == 403


async def test_each_page_is_logged_as_an_export_of_its_citizens(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    await _seed(client)
    sites = await site_ids(client)
    first = await client.get(CASES, params={"limit": 2, "site_id": sites["syd"]})
    assert first.status_code == 200
    async with engine.connect() as connection:
        entry = (
            await connection.execute(text("SELECT * FROM access_log ORDER BY id DESC LIMIT 1"))
        ).one()
        shown = set(
            await connection.scalars(
                text("SELECT citizen_id FROM cases WHERE id = ANY(:ids)"),
                {"ids": [uuid.UUID(item["case_id"]) for item in first.json()["items"]]},
            )
        )
    assert (entry.operation, entry.use, entry.outcome) == ("cases-list", "export", "allowed")
    assert set(entry.citizen_ids) == shown
    assert len(shown) == 2
    assert entry.criterion == f"cases status=all site_id={sites['syd']}"
    assert entry.request_id == first.headers["x-request-id"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"status": "ended"}, "status"),
        ({"limit": 501}, "limit"),
        ({"limit": 0}, "limit"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"site_id": "nord"}, "site_id"),
        ({"received_from": "2026-13-01"}, "received_from"),
        ({"received_from": "2026-11-20", "received_to": "2026-11-19"}, "received_to"),
        ({"legal_basis": "sel 86"}, "legal_basis"),
    ],
)
async def test_bad_input_is_refused_in_danish_naming_the_field(
    client: httpx.AsyncClient, params: dict[str, Any], field: str
) -> None:
    response = await client.get(CASES, params=params)
    assert response.status_code == 422, response.text
    assert problem_fields(response) == [field]
    for error in response.json()["errors"]:
        assert not ENGLISH.search(error["message"]), error
