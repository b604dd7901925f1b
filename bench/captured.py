"""The statements an ORM-built page sends, captured from the API's own use case.

A page not (yet) written the lean way has no compiled text to take (bench/pages.py). Its raw
variants replay instead what its use case sent when it ran once, at the raw server's start,
on the same engine settings and data: each statement's text as the driver got it and its
parameters, in order. The use case runs with the process's caches, as a warm API worker's
request does, so a cached calendar is not read again.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import async_sessionmaker

from api.caches import Caches
from api.clock import Clock
from api.context import Caller
from api.unit_of_work import UnitOfWork
from domain.access import Permission, Principal
from persistence.database import create_engine

Statements = list[tuple[str, list[Any]]]


def bench_principal(centre_id: uuid.UUID, key_id: uuid.UUID, scopes: list[str]) -> Principal:
    """The bench's API key as the API authenticates it."""
    return Principal(
        kind="api_key",
        id=key_id,
        centre_id=centre_id,
        name="bench",
        permissions=frozenset(Permission(scope) for scope in scopes),
    )


async def capture(
    url: str,
    principal: Principal,
    operation: str,
    runs: list[Callable[[UnitOfWork], Awaitable[Any]]],
) -> list[Statements]:
    """Each of `runs` (a use case with its arguments) in its own unit of work, after one
    warm-up run that fills the caches; the statements each sent."""
    engine = create_engine(url, pool_size=1)
    sent: Statements = []

    def listen(*args: Any) -> None:
        _connection, _cursor, statement, parameters = args[:4]
        sent.append((statement, list(parameters or ())))

    event.listen(engine.sync_engine, "before_cursor_execute", listen)
    factory = async_sessionmaker(engine, expire_on_commit=False)
    caches = Caches()
    found: list[Statements] = []
    try:
        for number, run in enumerate([runs[0], *runs]):
            sent.clear()
            caller = Caller(
                principal=principal,
                client="api-key:bench",
                request_id=uuid.uuid4().hex,
                operation=operation,
                clock=Clock(),
            )
            async with factory() as session:
                await run(UnitOfWork(session, caller, caches=caches))
                await session.commit()
            if number:
                found.append(list(sent))
    finally:
        await engine.dispose()
    return found
