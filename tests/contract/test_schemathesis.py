"""Schemathesis over every operation of the app's own OpenAPI document.

The app runs in this process (uvicorn on a thread, loopback only) against the test database.
Zero server errors and zero answers outside the documented schema are allowed.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, seed, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.app import create_app
from api.security.secrets import hash_password
from api.settings import Settings
from persistence import staff
from persistence.centres import provision_centre
from persistence.database import create_engine
from tests.conftest import CENTRE, PASSWORD, TABLES

SEED = int(os.environ.get("SCHEMATHESIS_SEED") or random.SystemRandom().randrange(2**32))
ANSWERS: Counter[int] = Counter()
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "25"))

# Logging out would end the session the other operations run in; its own tests cover it.
schema = schemathesis.openapi.from_dict(create_app().openapi()).exclude(operation_id="auth-logout")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(database_url: str) -> Iterator[tuple[str, dict[str, str]]]:
    """The app on loopback, and the headers of a session holding every role."""

    async def prepare() -> None:
        engine = create_engine(database_url, pool_size=1)
        async with engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {TABLES} CASCADE"))
            session = AsyncSession(bind=connection)
            centre = await provision_centre(session, CENTRE)
            await staff.add_user(
                session, centre, username="fuzzer", display_name="Fuzzer",
                password_hash=await hash_password(PASSWORD),
                roles=["team_leader", "administrator", "auditor"], site_ids=[],
            )  # fmt: skip
        await engine.dispose()

    # The session's event loop is busy with async fixtures: prepare on a loop of our own.
    preparing = threading.Thread(target=lambda: asyncio.run(prepare()))
    preparing.start()
    preparing.join()
    port = _free_port()
    app = create_app(Settings(centre_code=CENTRE, database_url=database_url))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(f"{base}/api/v1/ready").status_code == 200:
                break
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    login = httpx.post(
        f"{base}/api/v1/auth/login", json={"username": "fuzzer", "password": PASSWORD}
    )
    login.raise_for_status()
    headers = {
        "Cookie": f"tc_session={login.cookies['tc_session']}",
        "X-CSRF-Token": login.json()["csrf_token"],
    }
    yield base, headers
    server.should_exit = True
    thread.join(timeout=10)


@schema.parametrize()
@seed(SEED)
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_every_operation_answers_within_its_schema(
    case: schemathesis.Case, live_server: tuple[str, dict[str, str]]
) -> None:
    print(f"Schemathesis seed: {SEED} (rerun with SCHEMATHESIS_SEED={SEED})")
    base, headers = live_server
    response = case.call_and_validate(
        base_url=base,
        headers=headers,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
    ANSWERS[response.status_code // 100] += 1


def test_the_fuzzing_ran_logged_in() -> None:
    """Guards the run above: answers of every kind, and never a refused login."""
    assert ANSWERS[2] >= 100, ANSWERS
    assert ANSWERS[4] >= 100, ANSWERS
    assert ANSWERS[5] == 0
