"""Logging in and out: sessions, CSRF, passwords, rate limits, API keys."""

import uuid
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from api.clock import FixedClock
from tests.conftest import PASSWORD, add_staff, log_in, make_client


@pytest.fixture
async def therapist(engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str) -> uuid.UUID:
    return await add_staff(engine, centre_id, password_hash, username="terapeut",
                           roles=["therapist"], sites=["nord"])  # fmt: skip


async def test_login_sets_a_strict_http_only_cookie_and_returns_permissions(
    anonymous: httpx.AsyncClient, therapist: uuid.UUID
) -> None:
    response = await anonymous.post(
        "/api/v1/auth/login", json={"username": "Terapeut", "password": PASSWORD}
    )
    assert response.status_code == 200
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain http on localhost only
    body = response.json()
    assert body["user"]["id"] == str(therapist)
    assert "worklist.read" in body["user"]["permissions"]
    assert "users.manage" not in body["user"]["permissions"]
    assert len(body["csrf_token"]) >= 32
    session = await anonymous.get("/api/v1/auth/session")
    assert session.json()["csrf_token"] == body["csrf_token"]


async def test_the_cookie_is_secure_anywhere_but_plain_localhost(
    app: FastAPI, therapist: uuid.UUID
) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://traening.example") as c:
        response = await c.post(
            "/api/v1/auth/login", json={"username": "terapeut", "password": PASSWORD}
        )
    assert "Secure" in response.headers["set-cookie"]


async def test_the_session_token_is_stored_only_as_a_hash(
    anonymous: httpx.AsyncClient, engine: AsyncEngine, therapist: uuid.UUID
) -> None:
    await log_in(anonymous, "terapeut")
    token = anonymous.cookies["tc_session"]
    assert len(token) >= 43  # 256 bits in URL-safe base64
    async with engine.connect() as connection:
        stored = await connection.scalar(text("SELECT token_hash FROM staff_sessions"))
        password_hash = await connection.scalar(text("SELECT password_hash FROM staff_users"))
    assert stored != token
    assert len(stored) == 64
    assert password_hash.startswith("$argon2id$")
    assert PASSWORD not in password_hash


@pytest.mark.parametrize(
    ("username", "password"),
    [("terapeut", "Forkert-Adgangskode-123"), ("ukendt", PASSWORD), ("terapeut", "")],
)
async def test_a_wrong_password_or_unknown_user_gets_one_answer(
    anonymous: httpx.AsyncClient, therapist: uuid.UUID, username: str, password: str
) -> None:
    response = await anonymous.post(
        "/api/v1/auth/login", json={"username": username, "password": password}
    )
    assert response.status_code in (401, 422)
    assert response.headers["content-type"] == "application/problem+json"
    assert "tc_session" not in response.cookies
    if response.status_code == 401:
        assert response.json()["detail"] == "Forkert brugernavn eller adgangskode."


async def test_logins_are_throttled_per_account(
    anonymous: httpx.AsyncClient, therapist: uuid.UUID
) -> None:
    for _ in range(5):
        wrong = await anonymous.post(
            "/api/v1/auth/login", json={"username": "terapeut", "password": "Forkert-1234567"}
        )
        assert wrong.status_code == 401
    blocked = await anonymous.post(
        "/api/v1/auth/login", json={"username": "terapeut", "password": PASSWORD}
    )
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    assert blocked.headers["content-type"] == "application/problem+json"


async def test_logins_are_throttled_per_client_address(
    anonymous: httpx.AsyncClient, therapist: uuid.UUID
) -> None:
    for number in range(20):
        await anonymous.post(
            "/api/v1/auth/login", json={"username": f"gaet{number}", "password": "x" * 12}
        )
    blocked = await anonymous.post(
        "/api/v1/auth/login", json={"username": "terapeut", "password": PASSWORD}
    )
    assert blocked.status_code == 429


async def test_throttling_ends_after_the_window(
    anonymous: httpx.AsyncClient, therapist: uuid.UUID, clock: FixedClock
) -> None:
    for _ in range(5):
        await anonymous.post(
            "/api/v1/auth/login", json={"username": "terapeut", "password": "Forkert-1234567"}
        )
    clock.at += timedelta(minutes=16)
    await log_in(anonymous, "terapeut")


async def test_logout_revokes_the_session(
    anonymous: httpx.AsyncClient, therapist: uuid.UUID
) -> None:
    await log_in(anonymous, "terapeut")
    token = anonymous.cookies["tc_session"]
    assert (await anonymous.post("/api/v1/auth/logout")).status_code == 204
    anonymous.cookies.set("tc_session", token)  # replaying the old cookie does not help
    assert (await anonymous.get("/api/v1/worklist")).status_code == 401


async def test_sessions_expire_when_idle_and_at_their_absolute_limit(
    anonymous: httpx.AsyncClient, therapist: uuid.UUID, clock: FixedClock
) -> None:
    await log_in(anonymous, "terapeut")
    clock.at += timedelta(minutes=29)
    assert (await anonymous.get("/api/v1/worklist")).status_code == 200
    clock.at += timedelta(minutes=29)  # active 29 minutes ago: still alive
    assert (await anonymous.get("/api/v1/worklist")).status_code == 200
    clock.at += timedelta(minutes=31)
    expired = await anonymous.get("/api/v1/worklist")
    assert expired.status_code == 401
    assert "udløbet" in expired.json()["detail"]

    await log_in(anonymous, "terapeut")
    for _ in range(21):  # busy all day, yet the session ends 10 hours after login
        clock.at += timedelta(minutes=29)
        last = await anonymous.get("/api/v1/worklist")
    assert last.status_code == 401


async def test_a_forged_session_is_unauthenticated(anonymous: httpx.AsyncClient) -> None:
    anonymous.cookies.set("tc_session", "forged-" + "x" * 40)
    response = await anonymous.get("/api/v1/worklist")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"


async def test_state_changes_need_the_csrf_token_and_our_own_origin(
    anonymous: httpx.AsyncClient, therapist: uuid.UUID
) -> None:
    await log_in(anonymous, "terapeut")
    token = anonymous.headers.pop("X-CSRF-Token")
    body = {"cpr": "010170-1234", "name": "A", "address": "B", "municipality_code": "183"}
    missing = await anonymous.post("/api/v1/citizens", json=body)
    assert missing.status_code == 403
    assert missing.json()["type"].endswith("csrf")
    wrong = await anonymous.post("/api/v1/citizens", json=body, headers={"X-CSRF-Token": "nope"})
    assert wrong.status_code == 403
    foreign = await anonymous.post(
        "/api/v1/citizens",
        json=body,
        headers={"X-CSRF-Token": token, "Origin": "https://evil.example"},
    )
    assert foreign.status_code == 403
    right = await anonymous.post(
        "/api/v1/citizens",
        json=body,
        headers={"X-CSRF-Token": token, "Origin": "http://localhost"},
    )
    assert right.status_code == 201


async def test_changing_ones_own_password_follows_the_policy(
    app: FastAPI, therapist: uuid.UUID
) -> None:
    async with make_client(app) as first, make_client(app) as second:
        await log_in(first, "terapeut")
        await log_in(second, "terapeut")
        for new, field in (
            ("kort-1", "new_password"),
            ("x" * 65, "new_password"),
            ("Sommer2024!!", "new_password"),
            ("Password1234", "new_password"),
        ):
            refused = await first.post(
                "/api/v1/auth/password", json={"current_password": PASSWORD, "new_password": new}
            )
            assert refused.status_code == 422, new
            assert [e["field"] for e in refused.json()["errors"]] == [field]
        wrong = await first.post(
            "/api/v1/auth/password",
            json={"current_password": "not-it-at-all", "new_password": "Blaa-Cykel-Over-Broen"},
        )
        assert [e["field"] for e in wrong.json()["errors"]] == ["current_password"]
        changed = await first.post(
            "/api/v1/auth/password",
            json={"current_password": PASSWORD, "new_password": "Blaa-Cykel-Over-Broen"},
        )
        assert changed.status_code == 204
        assert (await first.get("/api/v1/worklist")).status_code == 200  # this session stays
        assert (await second.get("/api/v1/worklist")).status_code == 401  # others end
    async with make_client(app) as again:
        await log_in(again, "terapeut", "Blaa-Cykel-Over-Broen")


async def test_api_keys_authenticate_until_revoked(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> None:
    await add_staff(engine, centre_id, password_hash, username="admin", roles=["administrator"])
    async with make_client(app) as admin:
        await log_in(admin, "admin")
        created = await admin.post(
            "/api/v1/admin/api-keys", json={"name": "ESDH", "scopes": ["worklist.read"]}
        )
        assert created.status_code == 201
        key = created.json()
        assert key["secret"].startswith("tck_")
        listed = (await admin.get("/api/v1/admin/api-keys")).json()
        assert "secret" not in listed[0]
        async with make_client(app) as esdh:
            esdh.headers["Authorization"] = f"Bearer {key['secret']}"
            assert (await esdh.get("/api/v1/worklist")).status_code == 200
            # A scope it lacks: forbidden. No CSRF token needed without a cookie.
            assert (
                await esdh.post("/api/v1/citizens/search", json={"name": "ab"})
            ).status_code == 403
            esdh.headers["Authorization"] = "Bearer tck_" + key["prefix"] + "_wrong"
            assert (await esdh.get("/api/v1/worklist")).status_code == 401
            esdh.headers["Authorization"] = "Bearer malformed"
            assert (await esdh.get("/api/v1/worklist")).status_code == 401
            assert (await admin.delete(f"/api/v1/admin/api-keys/{key['id']}")).status_code == 204
            esdh.headers["Authorization"] = f"Bearer {key['secret']}"
            revoked = await esdh.get("/api/v1/worklist")
            assert revoked.status_code == 401
            assert "tilbagekaldt" in revoked.json()["detail"]
        used = (await admin.get("/api/v1/admin/api-keys")).json()[0]
        assert used["last_used_at"] is not None
        assert used["revoked_at"] is not None
        bad_scope = await admin.post(
            "/api/v1/admin/api-keys", json={"name": "x", "scopes": ["users.manage"]}
        )
        assert bad_scope.status_code == 422
        assert [e["field"] for e in bad_scope.json()["errors"]] == ["scopes"]
