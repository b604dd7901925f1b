"""The hot reads' lean handler (api/lean_route.py) answers as FastAPI's own handler does.

Two apps on the same database: the service's (lean handler) and one with
`Settings.lean_routes` off (FastAPI solving the route's dependencies, the reference). Each
request goes to both with a request id of its own; the status, the body byte for byte,
the headers and the access-log entries written under that id must be the same. The
requests cover good ones and each way to fail: bad query values and bodies (422), no or an
ended session, a missing CSRF token, a role or key without the permission, a case that does
not exist or is another site's (404, logged as a refused attempt).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from api.app import create_app
from api.casework.routes import cases, worklist
from api.citizens import routes as citizens
from api.clock import FixedClock
from api.lean_route import HotRoutes, plan
from api.settings import Settings
from tests.api.helpers import application, create_citizen, new_api_key, register, site_ids
from tests.api.helpers import plan as rehab_plan
from tests.conftest import CENTRE, add_staff, log_in, make_client

WORKLIST = "/api/v1/worklist"
SEARCH = "/api/v1/citizens/search"
WORKLIST_SEARCH = "/api/v1/worklist/search"
# Headers that differ between any two answers, whichever handler gives them.
VARYING = {"x-request-id", "date"}


@pytest.fixture
async def reference(
    service_engine: AsyncEngine, centre_id: uuid.UUID, clock: FixedClock
) -> AsyncIterator[FastAPI]:
    app = create_app(
        Settings(centre_code=CENTRE, lean_routes=False), engine=service_engine, clock=clock
    )
    async with app.router.lifespan_context(app):
        yield app


def test_the_hot_reads_and_only_they_have_a_lean_plan() -> None:
    planned = {
        route.path: plan(route)
        for router in (worklist.router, cases.router, citizens.router)
        for route in router.routes
        if isinstance(route, APIRoute)
    }
    assert sorted(path for path, found in planned.items() if found is not None) == [
        "/cases/{case_id}",
        "/citizens/search",
        "/worklist",
        "/worklist/search",
    ]


def _hot_routes(app: FastAPI) -> HotRoutes:
    stack = app.router.middleware_stack
    assert isinstance(stack, HotRoutes)
    return stack


def test_a_hot_route_is_found_by_its_method_and_address_and_nothing_else_is() -> None:
    hot = _hot_routes(create_app(Settings(centre_code=CENTRE)))
    case_id = str(uuid.uuid4())
    found = {
        (method, path): (route.route.path, params)
        for method, path in [
            ("GET", WORKLIST),
            ("POST", WORKLIST_SEARCH),
            ("POST", SEARCH),
            ("GET", f"/api/v1/cases/{case_id}"),
            ("GET", "/api/v1/cases/not-an-id"),  # the handler answers 422, as the router's
            # Not hot: another method, an address with a route of its own, another route.
            ("HEAD", WORKLIST),
            ("GET", SEARCH),
            ("GET", "/api/v1/worklist/counts"),
            ("GET", "/api/v1/cases"),
            ("POST", f"/api/v1/cases/{case_id}/events"),
            ("GET", f"/api/v1/cases/{case_id}/"),
        ]
        for route, params in [hot._find(method, path) or (None, None)]
        if route is not None
    }
    assert found == {
        ("GET", WORKLIST): ("/worklist", {}),
        ("POST", WORKLIST_SEARCH): ("/worklist/search", {}),
        ("POST", SEARCH): ("/citizens/search", {}),
        ("GET", f"/api/v1/cases/{case_id}"): ("/cases/{case_id}", {"case_id": case_id}),
        ("GET", "/api/v1/cases/not-an-id"): ("/cases/{case_id}", {"case_id": "not-an-id"}),
    }


def test_the_reference_app_routes_every_request_through_the_router() -> None:
    stack = create_app(Settings(centre_code=CENTRE, lean_routes=False)).router.middleware_stack
    assert not isinstance(stack, HotRoutes)


async def _seed(client: httpx.AsyncClient) -> dict[str, str]:
    sites = await site_ids(client)
    made: dict[str, str] = {}
    specs = [
        ("Anna Syd", "syd", rehab_plan("", "", received_at="2026-11-16T10:00:00+01:00")),
        ("Bent Nord", "nord", application("", "", received_at="2026-11-09T10:00:00+01:00")),
        ("Carl Nord", "nord",
         application("", "", legal_basis="SEL_86_2", received_at="2026-11-20T10:00:00+01:00")),
    ]  # fmt: skip
    for number, (name, site, body) in enumerate(specs):
        citizen = await create_citizen(client, cpr=f"0{number + 1}0170-1234", name=name)
        body.update(citizen_id=citizen["id"], site_id=sites[site])
        response = await register(client, **body)
        assert response.status_code == 201, response.text
        made[name] = response.json()["id"]
    return made


def _twin(app: FastAPI, client: httpx.AsyncClient) -> httpx.AsyncClient:
    """A client of `app` with `client`'s cookies and headers (its session, its CSRF token)."""
    twin = make_client(app)
    for name, value in client.cookies.items():
        twin.cookies.set(name, value)
    twin.headers.update(client.headers)
    return twin


async def _entries(engine: AsyncEngine, request_id: str) -> list[tuple[Any, ...]]:
    async with engine.connect() as connection:
        rows = await connection.execute(
            text(
                "SELECT actor, operation, use, citizen_ids, criterion, user_id, api_key_id, "
                "client, outcome FROM access_log WHERE request_id = :id ORDER BY id"
            ),
            {"id": request_id},
        )
        return [
            tuple(sorted(value) if isinstance(value, list) else value for value in row)
            for row in rows.all()
        ]


async def _same(
    engine: AsyncEngine,
    lean: httpx.AsyncClient,
    reference: httpx.AsyncClient,
    method: str,
    path: str,
    **options: Any,
) -> httpx.Response:
    answers = []
    for which, client in (("lean", lean), ("reference", reference)):
        request_id = f"{which}-{uuid.uuid4().hex}"
        headers = {**options.pop("headers", {}), "X-Request-Id": request_id}
        response = await client.request(method, path, headers=headers, **options)
        options["headers"] = {k: v for k, v in headers.items() if k != "X-Request-Id"}
        answers.append((response, await _entries(engine, request_id)))
    (mine, my_log), (theirs, their_log) = answers
    where = f"{method} {path} {options}"
    assert mine.status_code == theirs.status_code, where
    assert mine.content == theirs.content, where
    assert _headers(mine) == _headers(theirs), where
    assert my_log == their_log, where
    return mine


def _headers(response: httpx.Response) -> list[tuple[str, str]]:
    return sorted((k, v) for k, v in response.headers.multi_items() if k not in VARYING)


WORKLIST_QUERIES: list[dict[str, Any]] = [
    {},
    {"limit": 1},
    {"limit": 2, "sort": "name"},
    {"status": "overdue"},
    {"status": "due_soon", "mine": "true"},
    {"legal_basis": "SEL_86_2"},
    {"limit": 0},
    {"limit": "mange"},
    {"limit": 201, "status": "sent"},
    {"legal_basis": "sel_86"},
    {"legal_basis": "X" * 41},
    {"site_id": "nord"},
    {"mine": "måske"},
    {"sort": "age"},
    {"cursor": "not a cursor"},
    {"cursor": f"n.{uuid.uuid4().hex}"},
    {"cursor": f"123.{uuid.uuid4().hex}", "sort": "received"},
    {"cursor": "", "status": ""},
    {"limit": "", "mine": ""},
    {"unknown": "ignored"},
    {"limit": ["1", "3"]},
]

SEARCH_BODIES: list[dict[str, Any]] = [
    {"json": {"name": "Nord"}},
    {"json": {"name": "nobody here"}},
    {"json": {"cpr": "010170-1234"}},
    {"json": {"cpr": "0101701234"}},
    {"json": {"phone": "12 34 56 78"}},
    {"json": {}},
    {"json": {"name": "a", "cpr": "010170-1234"}},
    {"json": {"cpr": "321370-1234"}},
    {"json": {"name": ""}},
    {"json": {"name": 5}},
    {"json": {"nickname": "Anna"}},
    {"json": []},
    {"json": None},
    {"content": b"{not json"},
    {"content": b""},
    {"content": b'{"name": "Nord"}', "headers": {"Content-Type": "text/plain"}},
    {"content": b'{"name": "Nord"}', "headers": {"Content-Type": "application/merge+json"}},
]

WORKLIST_SEARCH_BODIES: list[dict[str, Any]] = [
    {"json": {"name": "Nord"}},
    {"json": {"name": "Nord", "limit": 1, "sort": "name"}},
    {"json": {"name": "Nord", "status": "whenever"}},
    {"json": {"limit": 500}},
    {"json": {"name": "x", "cursor": "bad"}},
    {"content": b"[1, 2"},
]


async def test_every_answer_is_the_reference_answer(
    app: FastAPI,
    reference: FastAPI,
    client: httpx.AsyncClient,
    anonymous: httpx.AsyncClient,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    made = await _seed(client)
    async with _twin(reference, client) as other:
        for query in WORKLIST_QUERIES:
            await _same(engine, client, other, "GET", WORKLIST, params=query)
        for options in SEARCH_BODIES:
            await _same(engine, client, other, "POST", SEARCH, **options)
        for options in WORKLIST_SEARCH_BODIES:
            await _same(engine, client, other, "POST", WORKLIST_SEARCH, **options)
        for case_id in [*made.values(), str(uuid.uuid4()), "not-an-id"]:
            await _same(engine, client, other, "GET", f"/api/v1/cases/{case_id}")
        # A browser's POST without its CSRF token: refused before anything is read.
        del client.headers["X-CSRF-Token"]
        del other.headers["X-CSRF-Token"]
        await _same(engine, client, other, "POST", SEARCH, json={"name": "Nord"})

    # Nobody logged in, or an unknown session or key.
    async with make_client(reference) as nobody:
        await _same(engine, anonymous, nobody, "GET", WORKLIST, params={"limit": 0})
        await _same(engine, anonymous, nobody, "GET", f"/api/v1/cases/{made['Anna Syd']}")
        await _same(engine, anonymous, nobody, "POST", SEARCH, json={"name": "Nord"})
        await _same(engine, anonymous, nobody, "POST", SEARCH, content=b"{broken")
        for header in ("Bearer tck_nope_nope", "Bearer something", "Basic abc"):
            headers = {"Authorization": header}
            await _same(engine, anonymous, nobody, "GET", WORKLIST, headers=headers)
        anonymous.cookies.set("tc_session", "ended")
        nobody.cookies.set("tc_session", "ended")
        await _same(engine, anonymous, nobody, "GET", f"/api/v1/cases/{made['Anna Syd']}")

    # A therapist of one site: another site's case is not found, and that is logged.
    await add_staff(engine, centre_id, password_hash, username="terapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    async with make_client(app) as therapist:
        await log_in(therapist, "terapeut")
        async with _twin(reference, therapist) as twin:
            for case_id in made.values():
                await _same(engine, therapist, twin, "GET", f"/api/v1/cases/{case_id}")
            await _same(engine, therapist, twin, "GET", WORKLIST)
            await _same(engine, therapist, twin, "POST", SEARCH, json={"cpr": "010170-1234"})

    # Roles and keys without the permission: 403, the attempt logged.
    await add_staff(engine, centre_id, password_hash, username="revisor", roles=["auditor"])
    async with make_client(app) as auditor:
        await log_in(auditor, "revisor")
        async with _twin(reference, auditor) as twin:
            await _same(engine, auditor, twin, "GET", WORKLIST, params={"limit": 0})
            await _same(engine, auditor, twin, "GET", f"/api/v1/cases/{made['Bent Nord']}")
            await _same(engine, auditor, twin, "POST", SEARCH, json={"name": "Nord"})
    await add_staff(engine, centre_id, password_hash, username="admin", roles=["administrator"])
    async with make_client(app) as admin:
        await log_in(admin, "admin")
        narrow = await new_api_key(admin, "Kalender", scopes=["centre.read"])
        wide = await new_api_key(admin, "ESDH")
    for secret in (narrow, wide):
        async with make_client(app) as key, make_client(reference) as twin:
            for on in (key, twin):
                on.headers["Authorization"] = f"Bearer {secret}"
            await _same(engine, key, twin, "GET", WORKLIST)
            await _same(engine, key, twin, "GET", f"/api/v1/cases/{made['Carl Nord']}")
            await _same(engine, key, twin, "POST", SEARCH, json={"cpr": "020170-1234"})
            await _same(engine, key, twin, "POST", WORKLIST_SEARCH, json={"name": "a"})
