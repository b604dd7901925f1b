"""The lean reads' own pool: sized with the ORM's within the server's connections, and a
full pool is an outage (503), never a hang."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Select, literal_column, select
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.pool import QueuePool

from persistence import database
from persistence.access import fetch
from persistence.database import (
    LEAN_POOL,
    close_lean_pool,
    create_engine,
    create_lean_pool,
    database_unreachable,
    pool_size_for,
)
from tests.conftest import service_database_url


@pytest.mark.parametrize(
    ("workers", "max_connections", "size"),
    [
        (2, 100, 10),  # (100 - 10) // 2 = 45 a process: 10 + 10 + 1 listener fits
        (4, 100, 10),  # 22 a process: 21 used
        (5, 100, 8),  # 18 a process: 8 + 8 + 1
        (40, 100, 2),  # never fewer than 2, even where the server has too few
        (1, 20, 4),  # 10 for the process: 4 + 4 + 1
    ],
)
def test_both_pools_and_the_listener_stay_within_the_server(
    workers: int, max_connections: int, size: int
) -> None:
    assert pool_size_for(workers, max_connections) == size


async def test_a_full_lean_pool_is_an_outage_not_a_hang(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "POOL_TIMEOUT", 0.2)
    engine = create_engine(service_database_url(database_url), pool_size=1)
    lean = await create_lean_pool(engine)
    try:
        held = await lean.acquire()  # the pool's only connection
        session = AsyncSession(bind=engine, info={LEAN_POOL: lean})
        one: Select[Any] = select(literal_column("1").label("one"))
        with pytest.raises(PoolTimeout) as refused:
            await fetch(session, one, {})
        assert database_unreachable(refused.value)
        await lean.release(held)
        assert [row["one"] for row in await fetch(session, one, {})] == [1]
        # The reads went to the lean pool: the engine's own never opened a connection.
        assert isinstance(engine.pool, QueuePool)
        assert (engine.pool.checkedin(), engine.pool.checkedout()) == (0, 0)
    finally:
        await close_lean_pool(lean)
        await engine.dispose()
