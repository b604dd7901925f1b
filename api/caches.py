"""Per-process caches of what nearly every request reads: the verified caller, the calendar,
and the reference data a referral is counted from (legal bases, sites, service standard).

An entry lives at most `LIFETIME` seconds. Sooner than that it is dropped:

- in this process, right after the commit of a request that changed its table (the unit of
  work hands `persistence.changes.changed_topics` to `changed`);
- in every other process, when PostgreSQL's notification of that commit arrives
  (`persistence.changes.listen`, one connection per process).

So a revoked key, an ended session, a deactivated user or a changed password shuts the door
at once in the process that made the change, within milliseconds in the others, and within
`LIFETIME` even if the notification was lost; a new closure day or service standard version
counts in the next referral's deadlines the same way. Only entries that were valid when read are
kept; whatever fails a check is read again from the database before the caller is refused.

An entry read before a change but stored after it would outlive the change: `put` takes the
generation the reader saw before its query, and drops the entry if a change came in between.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from contextlib import suppress
from typing import Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine

from domain.calendar import WorkingDayCalendar
from domain.casework import LegalBasis
from domain.centre import ServiceStandard
from persistence.changes import AUTH, CALENDAR, REFERENCE, listen

LIFETIME = 4.0  # seconds; with the notification's delay, well inside the promised 5 s
MAX_ENTRIES = 10_000  # beyond this the cache starts over (bounds memory, never correctness)

K = TypeVar("K")
V = TypeVar("V")


class Expiring(Generic[K, V]):
    def __init__(self, lifetime: float = LIFETIME, clock: Callable[[], float] = time.monotonic):
        self.lifetime = lifetime
        self.clock = clock
        self.generation = 0
        self._entries: dict[K, tuple[float, V]] = {}

    def get(self, key: K) -> V | None:
        found = self._entries.get(key)
        if found is None:
            return None
        if found[0] <= self.clock():
            del self._entries[key]
            return None
        return found[1]

    def put(self, key: K, value: V, generation: int) -> None:
        """Keep `value`, read by someone who saw `generation` before reading it."""
        if generation != self.generation:
            return
        if len(self._entries) >= MAX_ENTRIES:
            self._entries.clear()
        self._entries[key] = (self.clock() + self.lifetime, value)

    def drop(self, key: K) -> None:
        self._entries.pop(key, None)

    def clear(self) -> None:
        self.generation += 1
        self._entries.clear()


async def through(store: Expiring[K, V], key: K, load: Callable[[], Awaitable[V]]) -> V:
    """The entry of `store` for `key`, loaded (and kept) when missing."""
    found = store.get(key)
    if found is None:
        generation = store.generation
        found = await load()
        store.put(key, found, generation)
    return found


ALL = "all"  # the key of caches that hold one value (every legal basis)


class Caches:
    """One per app (per process): callers by credential, calendars, sites and service
    standards by centre, and the legal bases."""

    def __init__(self, lifetime: float = LIFETIME) -> None:
        # Sessions by token hash, API keys by prefix; the values belong to api.security.
        self.sessions: Expiring[str, object] = Expiring(lifetime)
        self.api_keys: Expiring[str, object] = Expiring(lifetime)
        self.calendars: Expiring[uuid.UUID, WorkingDayCalendar] = Expiring(lifetime)
        # Reference data: legal bases by code (under ALL), site ids by code, standards.
        self.legal_bases: Expiring[str, Mapping[str, LegalBasis]] = Expiring(lifetime)
        self.sites: Expiring[uuid.UUID, Mapping[str, uuid.UUID]] = Expiring(lifetime)
        self.standards: Expiring[uuid.UUID, ServiceStandard] = Expiring(lifetime)
        self._listener: asyncio.Task[None] | None = None

    def changed(self, topic: str) -> None:
        if topic == AUTH:
            self.sessions.clear()
            self.api_keys.clear()
        elif topic == CALENDAR:
            self.calendars.clear()
        elif topic == REFERENCE:
            self.legal_bases.clear()
            self.sites.clear()
            self.standards.clear()

    def changed_all(self, topics: set[str]) -> None:
        for topic in topics:
            self.changed(topic)

    async def calendar(
        self,
        centre_id: uuid.UUID,
        load: Callable[[], Awaitable[WorkingDayCalendar]],
    ) -> WorkingDayCalendar:
        return await through(self.calendars, centre_id, load)

    def start(self, engine: AsyncEngine) -> None:
        self._listener = asyncio.create_task(listen(engine, self.changed))

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None
