"""The worklist: open cases by nearest deadline, filtered and paged on the server.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen.
"""

from typing import Any

import httpx

from tests.api.helpers import application, create_citizen, plan, register, site_ids


async def _seed(client: httpx.AsyncClient) -> dict[str, str]:
    sites = await site_ids(client)
    made: dict[str, str] = {}
    specs: list[tuple[str, str, dict[str, Any]]] = [
        # Plan received Mon 16 Nov, discharged Fri 13: free choice Fri 20 Nov (overdue).
        ("overdue", "syd", plan("", "", received_at="2026-11-16T10:00:00+01:00")),
        # Plan received Thu 19 Nov ahead of discharge on Fri 20 Nov: invitation Thu 26 Nov
        # (3 working days away), free choice Fri 27 Nov.
        ("on_track", "nord",
         plan("", "", received_at="2026-11-19T10:00:00+01:00", discharge_date="2026-11-20")),
        # Application received Mon 9 Nov: invitation Mon 23 Nov (today, due soon).
        ("today", "nord", application("", "", received_at="2026-11-09T10:00:00+01:00")),
        # Application received Fri 20 Nov: invitation Fri 4 Dec.
        ("later", "syd",
         application("", "", legal_basis="SEL_86_2", received_at="2026-11-20T10:00:00+01:00")),
    ]  # fmt: skip
    for number, (name, site, body) in enumerate(specs):
        citizen = await create_citizen(client, cpr=f"0{number + 1}0170-1234", name=name)
        body.update(citizen_id=citizen["id"], site_id=sites[site])
        response = await register(client, **body)
        assert response.status_code == 201, response.text
        made[name] = response.json()["id"]
    return made


def rows(response: httpx.Response) -> list[tuple[str, str, str, int, str]]:
    assert response.status_code == 200, response.text
    return [
        (i["citizen_name"], i["deadline_kind"], i["due_date"], i["working_days_left"], i["status"])
        for i in response.json()["items"]
    ]


async def test_one_row_per_open_case_by_its_nearest_deadline(client: httpx.AsyncClient) -> None:
    await _seed(client)
    assert rows(await client.get("/api/v1/worklist")) == [
        ("overdue", "free_choice", "2026-11-20", -1, "overdue"),
        ("today", "invitation", "2026-11-23", 0, "due_soon"),
        ("on_track", "invitation", "2026-11-26", 3, "on_track"),
        ("later", "invitation", "2026-12-04", 9, "on_track"),
    ]


async def test_filters_by_status_site_and_legal_basis(client: httpx.AsyncClient) -> None:
    made = await _seed(client)
    sites = await site_ids(client)
    overdue = rows(await client.get("/api/v1/worklist", params={"status": "overdue"}))
    assert [r[0] for r in overdue] == ["overdue"]
    soon = rows(await client.get("/api/v1/worklist", params={"status": "due_soon"}))
    assert [r[0] for r in soon] == ["today"]
    on_track = rows(await client.get("/api/v1/worklist", params={"status": "on_track"}))
    assert [r[0] for r in on_track] == ["on_track", "later"]
    nord = rows(await client.get("/api/v1/worklist", params={"site_id": sites["nord"]}))
    assert [r[0] for r in nord] == ["today", "on_track"]
    maintenance = rows(await client.get("/api/v1/worklist", params={"legal_basis": "SEL_86_2"}))
    assert [r[0] for r in maintenance] == ["later"]
    assert made


async def test_cursor_pagination_walks_every_case_once(client: httpx.AsyncClient) -> None:
    made = await _seed(client)
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 1}
        if cursor:
            params["cursor"] = cursor
        body = (await client.get("/api/v1/worklist", params=params)).json()
        seen += [item["case_id"] for item in body["items"]]
        cursor = body["next_cursor"]
        pages += 1
        if cursor is None:
            break
    assert sorted(seen) == sorted(made.values())
    assert len(seen) == len(set(seen)) == 4
    assert pages == 4


async def test_bad_worklist_parameters_are_problems(client: httpx.AsyncClient) -> None:
    for params, field in (
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"limit": 0}, "limit"),
        ({"limit": 1000}, "limit"),
        ({"status": "late"}, "status"),
        ({"site_id": "x"}, "site_id"),
    ):
        response = await client.get("/api/v1/worklist", params=params)
        assert response.status_code == 422, params
        assert [e["field"] for e in response.json()["errors"]] == [field]
