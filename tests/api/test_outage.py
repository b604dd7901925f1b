"""A database outage is a 503 with Retry-After, never a 500, and loses no acknowledged write.

The test starts a PostgreSQL server of its own, stops it under a bounded load of reads and
writes, starts it again, and checks every answer and every acknowledged write.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.__main__ import alembic_config
from api.app import create_app
from api.security.authentication import api_key_text
from api.security.secrets import digest, new_token
from api.settings import Settings
from persistence.access.models import ApiKey
from persistence.centre.centres import provision_centre
from persistence.database import create_engine, ensure_database, with_database
from tests.conftest import CENTRE
from tests.own_postgres import OwnPostgres

WORKERS = 6
SCOPES = ["citizens.read", "citizens.write", "cases.read", "worklist.read"]


@dataclass(frozen=True)
class Answer:
    kind: str  # "read" or "write"
    status: int
    retry_after: str | None
    content_type: str
    cpr: str | None = None


@pytest.fixture
def server(tmp_path: Path) -> Iterator[OwnPostgres]:
    own = OwnPostgres(tmp_path / "own-postgres")
    own.create()
    own.start()
    try:
        yield own
    finally:
        own.remove()


async def _prepared(url: str) -> str:
    """Migrate the database, provision the centre, and make an API key for the load."""
    await ensure_database(url)
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    engine = create_engine(url, pool_size=1)
    secret, prefix = new_token(), uuid.uuid4().hex[:12]
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        centre = await provision_centre(session, CENTRE)
        session.add(ApiKey(centre_id=centre, name="last", prefix=prefix,
                           secret_hash=digest(secret), scopes=SCOPES))  # fmt: skip
        await session.flush()
    await engine.dispose()
    return api_key_text(prefix, secret)


def _cpr(number: int) -> str:
    """A distinct, valid CPR number per write (born 1970; 7th digit 1-3: the 1900s)."""
    day, month, serial = 1 + number % 28, 1 + (number // 28) % 12, 1000 + number // 336
    return f"{day:02d}{month:02d}70-{serial:04d}"


class Load:
    """Workers sending reads and writes until told to stop; every answer is kept."""

    def __init__(self, api: httpx.AsyncClient) -> None:
        self.api = api
        self.answers: list[Answer] = []
        self.sent = 0

    async def _one(self, kind: str) -> None:
        cpr = None
        if kind == "write":
            self.sent += 1
            cpr = _cpr(self.sent)
            body = {"cpr": cpr, "name": "Last Testesen", "address": "Vejen 1, 2635 Ishøj",
                    "municipality_code": "183"}  # fmt: skip
            # An integration's write carries its idempotency key (one per citizen).
            response = await self.api.post(
                "/api/v1/citizens", json=body, headers={"Idempotency-Key": f"last-{cpr}"}
            )
        else:
            response = await self.api.get("/api/v1/worklist")
        headers = response.headers
        self.answers.append(
            Answer(
                kind,
                response.status_code,
                headers.get("retry-after"),
                headers.get("content-type", ""),
                cpr,
            )
        )

    async def run(self, seconds: float) -> None:
        stop = asyncio.Event()

        async def worker(number: int) -> None:
            turn = number
            while not stop.is_set():
                turn += 1
                await self._one("write" if turn % 2 else "read")
                await asyncio.sleep(0.005)

        tasks = [asyncio.create_task(worker(number)) for number in range(WORKERS)]
        await asyncio.sleep(seconds)
        stop.set()
        await asyncio.gather(*tasks)


@pytest.fixture
async def api(server: OwnPostgres) -> AsyncIterator[httpx.AsyncClient]:
    url = with_database(server.url, "traening_outage")
    key = await _prepared(url)
    app = create_app(Settings(centre_code=CENTRE, database_url=url))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(
            transport=transport,
            base_url="http://localhost",
            headers={"Authorization": f"Bearer {key}"},
            timeout=30,
        ) as client:
            yield client


async def test_an_outage_answers_503_with_retry_after_and_loses_no_acknowledged_write(
    server: OwnPostgres, api: httpx.AsyncClient
) -> None:
    load = Load(api)
    healthy = asyncio.create_task(load.run(3.0))
    # Under load, once writes are being acknowledged (a slow machine may take a while):
    for _ in range(1000):
        if any(answer.status < 300 for answer in load.answers):
            break
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)
    before_outage = len(load.answers)
    # The server stops under load, and stays down for a while.
    await asyncio.to_thread(server.stop, "fast")
    await healthy
    await load.run(1.0)
    ready = await api.get("/api/v1/ready")
    assert ready.status_code == 503
    assert int(ready.headers["retry-after"]) > 0
    assert ready.headers["content-type"] == "application/problem+json"

    await asyncio.to_thread(server.start)
    # No restart of the service: the first request after the database is back succeeds.
    first = await api.get("/api/v1/worklist")
    assert first.status_code == 200, first.text
    await load.run(1.0)
    # A restart while the pool holds idle connections: they are replaced, not used.
    await asyncio.to_thread(server.stop, "fast")
    await asyncio.to_thread(server.start)
    again = await api.get("/api/v1/worklist")
    assert again.status_code == 200, again.text

    statuses = {answer.status for answer in load.answers}
    assert statuses <= {200, 201, 503}, statuses
    unavailable = [answer for answer in load.answers if answer.status == 503]
    assert unavailable, "the outage was not seen"
    assert all(answer.retry_after and int(answer.retry_after) > 0 for answer in unavailable)
    assert all(answer.content_type == "application/problem+json" for answer in unavailable)
    assert any(answer.status < 300 for answer in load.answers[:before_outage])
    assert any(answer.status < 300 for answer in load.answers[before_outage:])

    acknowledged = {answer.cpr for answer in load.answers if answer.status == 201}
    assert acknowledged
    engine = create_engine(with_database(server.url, "traening_outage"), pool_size=1)
    try:
        async with engine.connect() as connection:
            rows = await connection.scalars(text("SELECT cpr FROM citizens"))
            present = {f"{cpr[:6]}-{cpr[6:]}" for cpr in rows}
    finally:
        await engine.dispose()
    assert acknowledged <= present
    # For docs/reliability.md: what this run sent and saw (pytest -s shows it).
    print(
        f"outage run: {len(load.answers)} requests, {len(unavailable)} answered 503,"
        f" {len(acknowledged)} writes acknowledged and all {len(acknowledged)} present"
    )
