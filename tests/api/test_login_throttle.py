"""Login throttling holds under concurrency and trusts forwarded addresses only from proxies
named in settings."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from api.access import use_cases as auth  # the login use case checks the password
from api.app import create_app, server_config
from api.clock import FixedClock
from api.settings import Settings
from tests.conftest import CENTRE, PASSWORD, add_staff, count_rows, make_client

LOGIN = "/api/v1/auth/login"
WRONG = "Forkert-kodeord-1234"


@pytest.fixture
async def account(engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str) -> str:
    await add_staff(engine, centre_id, password_hash, username="terapeut",
                    roles=["therapist"], sites=["syd"])  # fmt: skip
    return "terapeut"


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every password check the login makes (the Argon2 verification itself)."""
    made: list[str] = []
    verify = auth.verify_password

    async def counted(password_hash: str | None, password: str) -> bool:
        made.append(password)
        return await verify(password_hash, password)

    monkeypatch.setattr(auth, "verify_password", counted)
    return made


async def test_concurrent_wrong_passwords_check_at_most_five_per_account(
    anonymous: httpx.AsyncClient, account: str, checks: list[str], engine: AsyncEngine
) -> None:
    answers = await asyncio.gather(
        *(
            anonymous.post(LOGIN, json={"username": account, "password": f"{WRONG}-{n}"})
            for n in range(40)
        )
    )
    statuses = Counter(answer.status_code for answer in answers)
    assert len(checks) == auth.MAX_FAILURES_PER_ACCOUNT
    assert statuses == {401: 5, 429: 35}
    assert all(answer.headers["content-type"] == "application/problem+json" for answer in answers)
    assert await count_rows(engine, "login_failures") == 5
    # The right password is refused too until the window has passed.
    late = await anonymous.post(LOGIN, json={"username": account, "password": PASSWORD})
    assert late.status_code == 429


async def test_a_right_password_does_not_count_as_a_failure(
    anonymous: httpx.AsyncClient, account: str, engine: AsyncEngine
) -> None:
    for _ in range(4):
        wrong = await anonymous.post(LOGIN, json={"username": account, "password": WRONG})
        assert wrong.status_code == 401
    for _ in range(3):
        right = await anonymous.post(LOGIN, json={"username": account, "password": PASSWORD})
        assert right.status_code == 200
    assert await count_rows(engine, "login_failures") == 4
    fifth = await anonymous.post(LOGIN, json={"username": account, "password": WRONG})
    assert fifth.status_code == 401
    blocked = await anonymous.post(LOGIN, json={"username": account, "password": PASSWORD})
    assert blocked.status_code == 429


@pytest.fixture
def served(database_url: str, centre_id: uuid.UUID) -> Iterator[str]:
    """The app over real HTTP on loopback, configured as `python -m api serve` runs it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    app = create_app(Settings(centre_code=CENTRE, database_url=database_url))
    server = uvicorn.Server(server_config(app, host="127.0.0.1", port=port))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield base
    server.should_exit = True
    thread.join(timeout=10)


async def test_forged_forwarded_addresses_are_not_believed_by_default(
    served: str, account: str
) -> None:
    """30 guesses that each claim another address are 30 guesses from one client."""
    statuses = []
    async with httpx.AsyncClient(base_url=served) as attacker:
        for n in range(30):
            response = await attacker.post(
                LOGIN,
                json={"username": f"gaet{n}", "password": WRONG},
                headers={"X-Forwarded-For": f"198.51.100.{n + 1}"},
            )
            statuses.append(response.status_code)
    assert statuses[: auth.MAX_FAILURES_PER_ADDRESS] == [401] * auth.MAX_FAILURES_PER_ADDRESS
    assert set(statuses[auth.MAX_FAILURES_PER_ADDRESS :]) == {429}


@pytest.fixture
async def behind_proxy(
    engine: AsyncEngine, centre_id: uuid.UUID, clock: FixedClock
) -> AsyncIterator[FastAPI]:
    """The app behind a reverse proxy on this machine, named in settings."""
    settings = Settings(centre_code=CENTRE, trusted_proxies=("127.0.0.1",))
    app = create_app(settings, engine=engine, clock=clock)
    async with app.router.lifespan_context(app):
        yield app


async def test_behind_a_named_proxy_each_client_is_counted_by_its_own_address(
    behind_proxy: FastAPI, account: str
) -> None:
    async with make_client(behind_proxy) as proxied:
        # 25 offices behind the proxy each mistype once: nobody is locked out.
        for n in range(25):
            response = await proxied.post(
                LOGIN,
                json={"username": f"medarbejder{n}", "password": WRONG},
                headers={"X-Forwarded-For": f"203.0.113.{n + 1}"},
            )
            assert response.status_code == 401
        # One client guessing behind the proxy is stopped at its own limit, whatever it
        # writes in front of the address the proxy appended.
        statuses = [
            (
                await proxied.post(
                    LOGIN,
                    json={"username": f"gaet{n}", "password": WRONG},
                    headers={"X-Forwarded-For": f"10.9.9.{n}, 192.0.2.7"},
                )
            ).status_code
            for n in range(auth.MAX_FAILURES_PER_ADDRESS + 1)
        ]
        assert statuses[-1] == 429
        assert set(statuses[:-1]) == {401}
        # Another office is not affected.
        other = await proxied.post(
            LOGIN,
            json={"username": account, "password": PASSWORD},
            headers={"X-Forwarded-For": "192.0.2.8"},
        )
        assert other.status_code == 200


async def test_a_proxy_not_named_in_settings_is_not_believed(
    behind_proxy: FastAPI, account: str
) -> None:
    """Only the named proxy's own address makes its forwarded header count."""
    transport = httpx.ASGITransport(app=behind_proxy, client=("192.0.2.50", 4000))
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as direct:
        for n in range(auth.MAX_FAILURES_PER_ADDRESS):
            response = await direct.post(
                LOGIN,
                json={"username": f"gaet{n}", "password": WRONG},
                headers={"X-Forwarded-For": f"198.51.100.{n + 1}"},
            )
            assert response.status_code == 401
        blocked = await direct.post(
            LOGIN,
            json={"username": account, "password": PASSWORD},
            headers={"X-Forwarded-For": "198.51.100.200"},
        )
        assert blocked.status_code == 429
