"""Changes that per-process caches must hear about: who may log in, the working days, and the
reference data a referral is counted from.

The app caches the callers it has verified (sessions, API keys), each centre's working-day
calendar, and the reference data every referral reads (legal bases, the centre's sites and
its service standard) for a few seconds. Two signals end a cached entry early:

- In the process that made the change: a session's flushes and statements that write a
  watched table note its topic in `session.info`; the unit of work hands the topics to the
  caches right after its commit (`changed_topics`).
- In every other process: triggers on the same tables (migrations 0009 and 0018) send
  `NOTIFY traening_changes, '<topic>'`, delivered at commit; `listen` passes them on.

Writes that only record a last-seen time say so with `KEEPS_CACHES` and signal nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from contextlib import suppress
from typing import Any

import asyncpg
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from persistence.database import asyncpg_kwargs

CHANNEL = "traening_changes"
AUTH, CALENDAR, REFERENCE = "auth", "calendar", "reference"
TOPICS = (AUTH, CALENDAR, REFERENCE)
# Table -> topic; the triggers of migrations 0009 and 0018 watch the same tables.
WATCHED = {
    "staff_users": AUTH,
    "staff_sessions": AUTH,
    "api_keys": AUTH,
    "closure_days": CALENDAR,
    "legal_bases": REFERENCE,
    "sites": REFERENCE,
    "service_standard_limits": REFERENCE,
}
# Execution option of writes that change nothing a cache holds (last-seen times).
KEEPS_CACHES = "keeps_caches"
_NOTED = "changed_topics"
_RETRY_SECONDS = 1.0

log = logging.getLogger("api")


def _note(session: Session, tables: Iterable[str]) -> None:
    topics = {WATCHED[name] for name in tables if name in WATCHED}
    if topics:
        session.info.setdefault(_NOTED, set()).update(topics)


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _flush: UOWTransaction) -> None:
    # Still the flush's own new, dirty and deleted objects here.
    objects = [*session.new, *session.dirty, *session.deleted]
    _note(session, (getattr(obj, "__tablename__", "") for obj in objects))


@event.listens_for(Session, "do_orm_execute")
def _executed(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    if state.execution_options.get(KEEPS_CACHES):
        return
    table = getattr(state.statement, "table", None)
    _note(state.session, [getattr(table, "name", "")])


def changed_topics(session: Any) -> set[str]:
    """The topics this session's work changed, forgotten once asked (after its commit)."""
    sync = getattr(session, "sync_session", session)
    found: set[str] = sync.info.pop(_NOTED, set())
    return found


def forget_changes(session: Any) -> None:
    """A rolled-back session changed nothing."""
    getattr(session, "sync_session", session).info.pop(_NOTED, None)


async def listen(engine: AsyncEngine, on_change: Callable[[str], None]) -> None:
    """Pass every topic notified on CHANNEL to `on_change`, until cancelled.

    Holds one connection to the engine's database, outside its pool. When it is lost,
    `on_change` hears every topic (one may have been missed) and the listener connects again.
    """
    while True:
        try:
            await _listen_once(engine, on_change)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # the caches' lifetime covers the gap
            log.warning("Change listener lost its connection: %s", type(error).__name__)
        for topic in TOPICS:
            on_change(topic)
        await asyncio.sleep(_RETRY_SECONDS)


async def _listen_once(engine: AsyncEngine, on_change: Callable[[str], None]) -> None:
    # A connection of its own, outside the pool: requests never wait for the listener.
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    connection: Any = await asyncpg.connect(**asyncpg_kwargs(url))
    lost = asyncio.Event()
    try:

        def heard(_conn: object, _pid: int, _channel: str, payload: str) -> None:
            on_change(payload)

        await connection.add_listener(CHANNEL, heard)
        connection.add_termination_listener(lambda _conn: lost.set())
        for topic in TOPICS:  # whatever changed while nobody listened
            on_change(topic)
        await lost.wait()
    finally:
        with suppress(Exception):
            await asyncio.shield(connection.close(timeout=2))
