"""Every route declares its permission: anonymous callers get 401, others without it 403."""

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncEngine

from api.app import create_app
from api.security.authentication import api_key_text
from api.security.secrets import digest, new_token
from domain.access import ROLE_PERMISSIONS, Permission, Role
from persistence.models import ApiKey
from tests.api.helpers import application, create_citizen, register, site_ids
from tests.conftest import add_staff, count_rows, log_in, make_client

SPEC = create_app().openapi()
OPERATIONS = [
    (method.upper(), path, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
]
# Reachable without a login, and only these.
PUBLIC = {"health-alive", "health-ready", "auth-login", "working_days-add", "working_days-count"}
# Any logged-in caller: their own session and password.
LOGGED_IN = {"auth-session", "auth-logout", "auth-change_password"}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


async def _api_key(engine: AsyncEngine, centre_id: uuid.UUID, name: str) -> str:
    """A key with one unrelated scope, made directly in the database."""
    secret, prefix = new_token(), uuid.uuid4().hex[:12]
    async with engine.begin() as connection:
        await connection.execute(
            insert(ApiKey).values(
                centre_id=centre_id, name=name, prefix=prefix,
                secret_hash=digest(secret), scopes=["access_log.read"],
            )
        )  # fmt: skip
    return f"Bearer {api_key_text(prefix, secret)}"


def _fill(path: str) -> str:
    parts = [str(uuid.uuid4()) if p.startswith("{") else p for p in path.split("/")]
    return "/".join(parts)


def test_every_operation_declares_a_permission_or_is_public() -> None:
    for method, path, operation in OPERATIONS:
        declared = operation.get("x-permission")
        assert declared, f"{method} {path} declares no permission"
        if declared == "public":
            assert operation["operationId"] in PUBLIC, f"{method} {path} is public"
        elif declared == "logged_in":
            assert operation["operationId"] in LOGGED_IN, f"{method} {path} needs only a login"
        else:
            assert Permission(declared)
    declared = {op["operationId"]: op["x-permission"] for _, _, op in OPERATIONS}
    assert {name for name, value in declared.items() if value == "public"} == PUBLIC
    assert {name for name, value in declared.items() if value == "logged_in"} == LOGGED_IN


@pytest.mark.parametrize(
    ("method", "path"),
    [o[:2] for o in OPERATIONS if o[2]["operationId"] in LOGGED_IN],
)
async def test_own_session_operations_need_a_login(
    anonymous: httpx.AsyncClient, method: str, path: str
) -> None:
    response = await anonymous.request(method, path, json={} if method in UNSAFE else None)
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    [o for o in OPERATIONS if o[2]["operationId"] not in PUBLIC | LOGGED_IN],
    ids=[o[2]["operationId"] for o in OPERATIONS if o[2]["operationId"] not in PUBLIC | LOGGED_IN],
)
async def test_anonymous_gets_401_and_a_role_without_the_permission_gets_403(
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
    method: str,
    path: str,
    operation: dict[str, Any],
) -> None:
    needed = Permission(operation["x-permission"])
    lacking = [role for role, granted in ROLE_PERMISSIONS.items() if needed not in granted]
    url = _fill(path)
    body = {} if method in UNSAFE else None
    async with make_client(app) as client:
        anonymous = await client.request(method, url, json=body)
        assert anonymous.status_code == 401, (method, path, anonymous.text)
        assert anonymous.headers["content-type"] == "application/problem+json"
        if lacking:
            await add_staff(engine, centre_id, password_hash, username="uden",
                            roles=[lacking[0].value])  # fmt: skip
            await log_in(client, "uden")
        else:  # every role holds it (centre.read): an integration client without the scope
            client.headers["Authorization"] = await _api_key(engine, centre_id, "uden")
        refused = await client.request(method, url, json=body)
        assert refused.status_code == 403, (method, path, lacking, refused.text)
    # A refused attempt on citizens' data is logged in a transaction of its own.
    if operation.get("x-citizen-data"):
        async with engine.connect() as connection:
            outcomes = (
                await connection.execute(text("SELECT outcome, actor FROM access_log"))
            ).all()
        assert sorted(outcomes) == [("refused", "anonymous"), ("refused", "uden")]


async def test_public_operations_answer_without_a_login(anonymous: httpx.AsyncClient) -> None:
    assert (await anonymous.get("/api/v1/health")).status_code == 200
    assert (await anonymous.get("/api/v1/ready")).status_code == 200
    added = await anonymous.get(
        "/api/v1/working-days/add", params={"start": "2026-03-02", "days": 1}
    )
    assert added.status_code == 200
    counted = await anonymous.get(
        "/api/v1/working-days/count", params={"from": "2026-03-02", "to": "2026-03-03"}
    )
    assert counted.json()["working_days"] == 1


async def test_administrator_actions_are_refused_to_a_team_leader(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(
        "/api/v1/admin/users",
        json={"username": "ny", "display_name": "Ny", "roles": ["administrator"],
              "password": "Blaa-Cykel-Over-Broen"},
    )  # fmt: skip
    assert response.status_code == 403


class TestSites:
    """A therapist of site Nord sees Nord's cases, and Syd's only when assigned to them."""

    @pytest.fixture
    async def cases(self, client: httpx.AsyncClient) -> dict[str, Any]:
        sites = await site_ids(client)
        citizen = await create_citizen(client)
        other = await create_citizen(client, cpr="020280-2222", name="Syd Borger")
        nord = (await register(client, **application(citizen["id"], sites["nord"]))).json()
        syd = (await register(client, **application(other["id"], sites["syd"]))).json()
        return {"nord": nord, "syd": syd, "sites": sites}

    @pytest.fixture
    async def therapist(
        self, app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
    ) -> Any:
        user_id = await add_staff(engine, centre_id, password_hash, username="nord-terapeut",
                                  roles=["therapist"], sites=["nord"])  # fmt: skip
        async with make_client(app) as client:
            await log_in(client, "nord-terapeut")
            client.user_id = user_id  # type: ignore[attr-defined]
            yield client

    async def test_a_nord_therapist_cannot_read_a_syd_case_by_guessing_its_id(
        self, cases: dict[str, Any], therapist: httpx.AsyncClient, engine: AsyncEngine
    ) -> None:
        before = await count_rows(engine, "access_log")
        response = await therapist.get(f"/api/v1/cases/{cases['syd']['id']}")
        assert response.status_code == 404
        assert response.json()["detail"] == "Sagen findes ikke."
        async with engine.connect() as connection:
            last = (
                await connection.execute(
                    text("SELECT outcome, citizen_ids FROM access_log ORDER BY id DESC LIMIT 1")
                )
            ).one()
        assert await count_rows(engine, "access_log") == before + 1
        assert last.outcome == "refused"
        assert [str(i) for i in last.citizen_ids] == [cases["syd"]["citizen"]["id"]]
        assert (await therapist.get(f"/api/v1/cases/{cases['nord']['id']}")).status_code == 200

    async def test_the_worklist_shows_own_sites_and_assigned_cases(
        self, cases: dict[str, Any], therapist: httpx.AsyncClient, engine: AsyncEngine
    ) -> None:
        listed = (await therapist.get("/api/v1/worklist")).json()["items"]
        assert [item["case_id"] for item in listed] == [cases["nord"]["id"]]
        async with engine.begin() as connection:
            await connection.execute(
                text("UPDATE cases SET assigned_to = :user WHERE id = :case"),
                {"user": therapist.user_id, "case": cases["syd"]["id"]},  # type: ignore[attr-defined]
            )
        listed = (await therapist.get("/api/v1/worklist")).json()["items"]
        assert sorted(item["case_id"] for item in listed) == sorted(
            [cases["nord"]["id"], cases["syd"]["id"]]
        )
        assert (await therapist.get(f"/api/v1/cases/{cases['syd']['id']}")).status_code == 200

    async def test_a_nord_therapist_cannot_register_on_syd(
        self, cases: dict[str, Any], therapist: httpx.AsyncClient
    ) -> None:
        body = application(cases["nord"]["citizen"]["id"], cases["sites"]["syd"])
        response = await register(therapist, **body)
        assert response.status_code == 422
        assert [e["field"] for e in response.json()["errors"]] == ["site_id"]


def test_roles_keep_citizen_data_from_administrators_and_auditors() -> None:
    citizen_permissions = {Permission.CITIZENS_READ, Permission.CASES_READ}
    assert not ROLE_PERMISSIONS[Role.ADMINISTRATOR] & citizen_permissions
    assert not ROLE_PERMISSIONS[Role.AUDITOR] & citizen_permissions
    assert Permission.CASES_ALL_SITES not in ROLE_PERMISSIONS[Role.THERAPIST]
