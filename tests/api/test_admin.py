"""Administrators create accounts and reset passwords; users never see each other's."""

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import site_ids
from tests.conftest import add_staff, log_in, make_client

NEW_PASSWORD = "Groen-Ananas-Paa-Taget"


@pytest.fixture
async def admin(app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str) -> Any:
    await add_staff(engine, centre_id, password_hash, username="admin", roles=["administrator"])
    async with make_client(app) as client:
        await log_in(client, "admin")
        yield client


async def test_an_administrator_creates_changes_and_deactivates_a_user(
    app: FastAPI, admin: httpx.AsyncClient
) -> None:
    sites = await site_ids(admin)
    created = await admin.post(
        "/api/v1/admin/users",
        json={"username": "Ny.Terapeut", "display_name": "Ny Terapeut", "roles": ["therapist"],
              "site_ids": [sites["syd"]], "password": NEW_PASSWORD},
    )  # fmt: skip
    assert created.status_code == 201, created.text
    user = created.json()
    assert user["username"] == "ny.terapeut"
    assert "password" not in created.text
    async with make_client(app) as therapist:
        await log_in(therapist, "ny.terapeut", NEW_PASSWORD)
        changed = await admin.patch(
            f"/api/v1/admin/users/{user['id']}", json={"roles": ["visitator"], "active": False}
        )
        assert changed.json()["roles"] == ["visitator"]
        assert changed.json()["active"] is False
        assert (await therapist.get("/api/v1/worklist")).status_code == 401
        refused = await therapist.post(
            "/api/v1/auth/login", json={"username": "ny.terapeut", "password": NEW_PASSWORD}
        )
        assert refused.status_code == 401
    listed = (await admin.get("/api/v1/admin/users")).json()
    assert [u["username"] for u in listed] == ["admin", "ny.terapeut"]
    roles = (await admin.get("/api/v1/admin/roles")).json()
    assert {r["role"] for r in roles} == {
        "therapist", "visitator", "team_leader", "administrator", "auditor",
        "training_assistant",
    }  # fmt: skip
    assistant = next(r for r in roles if r["role"] == "training_assistant")
    assert sorted(assistant["permissions"]) == ["centre.read", "courses.read"]


@pytest.mark.parametrize(
    ("changes", "field", "status"),
    [
        ({"username": "admin"}, "username", 409),
        ({"username": "ab"}, "username", 422),
        ({"username": "med mellemrum"}, "username", 422),
        ({"password": "kort"}, "password", 422),
        ({"password": "qwertyuiop123"}, "password", 422),
        ({"roles": []}, "roles", 422),
        ({"roles": ["superuser"]}, "roles.0", 422),
        ({"site_ids": ["8b2f5f3e-0000-4000-8000-000000000000"]}, "site_ids", 422),
    ],
)
async def test_bad_accounts_are_refused_by_field(
    admin: httpx.AsyncClient, changes: dict[str, object], field: str, status: int
) -> None:
    body = {"username": "nyansat", "display_name": "Ny", "roles": ["therapist"],
            "password": NEW_PASSWORD, **changes}  # fmt: skip
    response = await admin.post("/api/v1/admin/users", json=body)
    assert response.status_code == status, response.text
    assert [e["field"] for e in response.json()["errors"]] == [field]
    assert NEW_PASSWORD not in response.text


async def test_a_password_reset_ends_the_users_sessions(
    app: FastAPI, admin: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID,
    password_hash: str,
) -> None:  # fmt: skip
    user_id = await add_staff(engine, centre_id, password_hash, username="glemsom",
                              roles=["therapist"])  # fmt: skip
    async with make_client(app) as forgetful:
        await log_in(forgetful, "glemsom")
        weak = await admin.post(
            f"/api/v1/admin/users/{user_id}/password", json={"new_password": "123456789012"}
        )
        assert [e["field"] for e in weak.json()["errors"]] == ["new_password"]
        reset = await admin.post(
            f"/api/v1/admin/users/{user_id}/password", json={"new_password": NEW_PASSWORD}
        )
        assert reset.status_code == 204
        assert (await forgetful.get("/api/v1/worklist")).status_code == 401
        await log_in(forgetful, "glemsom", NEW_PASSWORD)
    missing = await admin.post(
        f"/api/v1/admin/users/{uuid.uuid4()}/password", json={"new_password": NEW_PASSWORD}
    )
    assert missing.status_code == 404
