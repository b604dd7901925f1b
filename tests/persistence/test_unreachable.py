"""Which failures mean "the database cannot be reached just now" (answered 503, not 500)."""

from __future__ import annotations

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.ext.asyncio import AsyncEngine

from persistence.database import create_engine, database_unreachable


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("postgresql://postgres@127.0.0.1:9/postgres", ConnectionRefusedError),
        ("postgresql://postgres@/postgres?host=/nonexistent-socket-folder", FileNotFoundError),
    ],
)
async def test_a_server_that_is_not_there_is_unreachable(url: str, error: type[OSError]) -> None:
    engine = create_engine(url)
    try:
        with pytest.raises(error) as raised:
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    finally:
        await engine.dispose()
    assert database_unreachable(raised.value)


def test_a_server_shutting_down_or_starting_is_unreachable() -> None:
    for error in (asyncpg.AdminShutdownError(), asyncpg.CannotConnectNowError()):
        wrapped = OperationalError("SELECT 1", {}, error)
        assert database_unreachable(wrapped)


def test_a_connection_lost_under_a_lean_read_is_unreachable() -> None:
    """The lean reads use the driver directly, so its own errors arrive unwrapped."""
    assert database_unreachable(asyncpg.InternalClientError("waiter is not done"))
    assert database_unreachable(asyncpg.InterfaceError("connection is closed"))
    assert not database_unreachable(
        asyncpg.InterfaceError("cannot perform operation: another operation is in progress")
    )


def test_a_file_that_is_missing_is_not_the_database() -> None:
    with pytest.raises(FileNotFoundError) as raised:
        open("/nonexistent/spa/index.html")  # noqa: SIM115
    assert not database_unreachable(raised.value)


async def test_a_wrong_statement_is_not_an_outage(engine: AsyncEngine) -> None:
    with pytest.raises(ProgrammingError) as raised:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT * FROM no_such_table"))
    assert not database_unreachable(raised.value)
