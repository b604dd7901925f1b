"""The worklist sorted by a column, and filtered by part of the citizen's name, on the server.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen. The four cases (test_worklist's
seed): "overdue" received 16 Nov (syd), "on_track" 19 Nov (nord), "today" 9 Nov (nord), "later"
20 Nov (syd); by nearest deadline: overdue, today, on_track, later.
"""

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import problem_fields
from tests.api.test_worklist import _seed
from tests.conftest import add_staff, log_in, make_client

ORDERS = {
    "due": ["overdue", "today", "on_track", "later"],
    "-due": ["later", "on_track", "today", "overdue"],
    "name": ["later", "on_track", "overdue", "today"],
    "-name": ["today", "overdue", "on_track", "later"],
    "received": ["today", "overdue", "on_track", "later"],
    "-received": ["later", "on_track", "overdue", "today"],
}


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["citizen_name"] for item in response.json()["items"]]


async def _walk(client: httpx.AsyncClient, sort: str, search: str | None = None) -> list[str]:
    """Every page of one row, in `sort` order: the names in the order the pages gave them."""
    seen: list[str] = []
    cursor = None
    while True:
        if search is None:
            params: dict[str, Any] = {"limit": 1, "sort": sort}
            if cursor:
                params["cursor"] = cursor
            response = await client.get("/api/v1/worklist", params=params)
        else:
            body: dict[str, Any] = {"name": search, "limit": 1, "sort": sort, "cursor": cursor}
            response = await client.post("/api/v1/worklist/search", json=body)
        seen += names(response)
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return seen


async def test_each_order_lists_every_case_and_pages_through_it_once(
    client: httpx.AsyncClient,
) -> None:
    await _seed(client)
    for sort, expected in ORDERS.items():
        assert names(await client.get("/api/v1/worklist", params={"sort": sort})) == expected, sort
        assert await _walk(client, sort) == expected, sort


async def test_a_cursor_of_one_order_is_refused_in_another(client: httpx.AsyncClient) -> None:
    await _seed(client)
    first = await client.get("/api/v1/worklist", params={"limit": 1, "sort": "name"})
    cursor = first.json()["next_cursor"]
    assert cursor.startswith("n.")  # no name in it: the row is found by its deadline's id
    wrong = await client.get("/api/v1/worklist", params={"limit": 1, "cursor": cursor})
    assert wrong.status_code == 422
    assert problem_fields(wrong) == ["cursor"]
    assert "en anden sortering" in wrong.json()["errors"][0]["message"]


async def test_the_name_filter_finds_part_of_a_name_in_the_lists_order(
    client: httpx.AsyncClient,
) -> None:
    await _seed(client)
    search = "/api/v1/worklist/search"
    assert names(await client.post(search, json={"name": "ra"})) == ["on_track"]
    assert names(await client.post(search, json={"name": "AT"})) == ["later"]
    # "_" and "%" are letters here, not patterns.
    assert names(await client.post(search, json={"name": "n_t"})) == ["on_track"]
    assert names(await client.post(search, json={"name": "%%"})) == []
    # "er" is in overdue and later: in the list's order, and a page at a time.
    assert names(await client.post(search, json={"name": "er", "sort": "-name"})) == [
        "overdue",
        "later",
    ]
    assert await _walk(client, "due", search="er") == ["overdue", "later"]
    assert await _walk(client, "received", search="er") == ["overdue", "later"]


async def test_a_name_search_is_logged_with_its_criterion_even_when_it_finds_nobody(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    made = await _seed(client)
    await client.post("/api/v1/worklist/search", json={"name": "ra"})
    await client.post("/api/v1/worklist/search", json={"name": "zz"})
    async with engine.connect() as connection:
        rows = (
            await connection.execute(
                text(
                    "SELECT use, criterion, citizen_ids FROM access_log"
                    " WHERE operation = 'worklist-search' ORDER BY id"
                )
            )
        ).all()
    assert [(row.use, row.criterion) for row in rows] == [
        ("search", "name:ra"),
        ("search", "name:zz"),
    ]
    assert len(rows[0].citizen_ids) == 1
    assert rows[1].citizen_ids == []
    case = (await client.get(f"/api/v1/cases/{made['on_track']}")).json()
    assert [str(i) for i in rows[0].citizen_ids] == [case["citizen"]["id"]]


@pytest.fixture
async def nord_therapist(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> Any:
    await add_staff(engine, centre_id, password_hash, username="nord-terapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    async with make_client(app) as client:
        await log_in(client, "nord-terapeut")
        yield client


async def test_the_name_filter_keeps_to_the_callers_need_to_know(
    client: httpx.AsyncClient, nord_therapist: httpx.AsyncClient
) -> None:
    await _seed(client)
    search = "/api/v1/worklist/search"
    # "overdue" and "later" are cases at Syd: a therapist at Nord does not find them.
    assert names(await nord_therapist.post(search, json={"name": "er"})) == []
    assert names(await nord_therapist.post(search, json={"name": "da"})) == ["today"]
    assert names(await nord_therapist.get("/api/v1/worklist", params={"sort": "name"})) == [
        "on_track",
        "today",
    ]


async def test_bad_search_and_sort_are_problems_naming_the_field(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    search = "/api/v1/worklist/search"
    for body, field in (
        ({}, "name"),
        ({"name": "a"}, "name"),
        ({"name": "a" * 201}, "name"),
        ({"name": "ab", "sort": "cpr"}, "sort"),
        ({"name": "ab", "limit": 0}, "limit"),
        ({"name": "ab", "limit": "5"}, "limit"),
        ({"name": "ab", "cursor": "x"}, "cursor"),
        ({"name": "ab", "mine": "yes"}, "mine"),
    ):
        response = await client.post(search, json=body)
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
        assert problem_fields(response) == [field], body
    wrong = await client.get("/api/v1/worklist", params={"sort": "citizen_cpr"})
    assert wrong.status_code == 422
    assert problem_fields(wrong) == ["sort"]
    async with engine.connect() as connection:
        logged = await connection.scalar(
            text("SELECT count(*) FROM access_log WHERE operation = 'worklist-search'")
        )
    assert logged == 0
