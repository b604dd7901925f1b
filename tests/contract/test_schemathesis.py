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

from api.app import create_app
from api.settings import Settings
from persistence.centres import provision_centre
from persistence.database import create_engine
from tests.conftest import CENTRE, TABLES

SEED = int(os.environ.get("SCHEMATHESIS_SEED") or random.SystemRandom().randrange(2**32))
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "25"))

schema = schemathesis.openapi.from_dict(create_app().openapi())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(database_url: str) -> Iterator[str]:
    async def prepare() -> None:
        engine = create_engine(database_url, pool_size=1)
        async with engine.begin() as connection:
            from sqlalchemy.ext.asyncio import AsyncSession

            await connection.execute(text(f"TRUNCATE {TABLES} CASCADE"))
            await provision_centre(AsyncSession(bind=connection), CENTRE)
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
    yield base
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
    case: schemathesis.Case, live_server: str
) -> None:
    print(f"Schemathesis seed: {SEED} (rerun with SCHEMATHESIS_SEED={SEED})")
    case.call_and_validate(
        base_url=live_server,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
