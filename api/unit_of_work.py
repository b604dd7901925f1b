"""The unit of work a use case runs in: the request's session and the caller's context.

A use case takes one of these, never a `Request`: what it needs of the request comes in
here (the session, the caller, where to note a refused attempt). The routes get theirs from
`Work`; a test builds one by hand around its own session.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Protocol

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from api.caches import Caches
from api.context import Caller, CallerDep, Session, note_attempt
from domain.calendar import WorkingDayCalendar
from persistence.centre import working_day_calendar


class NoteAttempt(Protocol):
    """Remember whose data the work touches, so that its failure is logged as refused."""

    def __call__(self, *, use: str, citizen_ids: Iterable[uuid.UUID] = ()) -> None: ...


def _not_noted(*, use: str, citizen_ids: Iterable[uuid.UUID] = ()) -> None:
    """Outside a request (tests, scripts) nobody logs refused attempts."""


@dataclass(frozen=True, slots=True)
class UnitOfWork:
    session: AsyncSession
    caller: Caller
    attempt: NoteAttempt = _not_noted
    caches: Caches | None = None  # the process's (api.caches); None reads the database

    async def calendar(self) -> WorkingDayCalendar:
        """The caller's centre's working days, from the cache when one is given (reads that
        show deadlines; a write that computes one reads its own transaction's)."""
        centre_id = self.caller.centre_id
        if self.caches is None:
            return await working_day_calendar(self.session, centre_id)
        return await self.caches.calendar(
            centre_id, lambda: working_day_calendar(self.session, centre_id)
        )


def work_of(request: Request, session: AsyncSession, caller: Caller) -> UnitOfWork:
    return UnitOfWork(
        session,
        caller,
        attempt=partial(note_attempt, request, caller),
        caches=request.app.state.caches,
    )


async def _work(request: Request, session: Session, caller: CallerDep) -> UnitOfWork:
    # async: FastAPI would run a plain function in a thread, a hop on every request.
    return work_of(request, session, caller)


WORK_DEPENDENCY = _work  # solved by api.lean_route on its hot routes


# The same session and caller as the route's other dependencies (FastAPI caches them).
Work = Annotated[UnitOfWork, Depends(_work)]
