"""Migrations go up and down on an empty database, and agree with the models."""

import asyncio
from collections.abc import AsyncIterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from api.__main__ import alembic_config
from persistence.database import sqlalchemy_url
from persistence.tables import Base
from tests.conftest import create_test_database, drop_test_database


@pytest.fixture
async def empty_database() -> AsyncIterator[str]:
    url = await create_test_database("traening_migrations")
    yield url
    await drop_test_database(url)


async def _tables(url: str) -> set[str]:
    engine = create_async_engine(sqlalchemy_url(url), poolclass=NullPool)
    async with engine.connect() as connection:
        names = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
    await engine.dispose()
    return names - {"alembic_version"}


async def test_upgrade_downgrade_upgrade(empty_database: str) -> None:
    config = alembic_config(empty_database)
    await asyncio.to_thread(command.upgrade, config, "head")
    assert await _tables(empty_database) == set(Base.metadata.tables)
    await asyncio.to_thread(command.downgrade, config, "base")
    assert await _tables(empty_database) == set()
    await asyncio.to_thread(command.upgrade, config, "head")
    assert await _tables(empty_database) == set(Base.metadata.tables)


async def test_models_and_migrations_agree(empty_database: str) -> None:
    await asyncio.to_thread(command.upgrade, alembic_config(empty_database), "head")
    engine = create_async_engine(sqlalchemy_url(empty_database), poolclass=NullPool)

    def diff(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))

    async with engine.connect() as connection:
        differences = await connection.run_sync(diff)
        legal_bases = await connection.scalar(text("SELECT count(*) FROM legal_bases"))
    await engine.dispose()
    assert differences == []
    assert legal_bases == 3
