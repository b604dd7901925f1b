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

from api.context import Caller, CallerDep, Session, note_attempt


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


def _work(request: Request, session: Session, caller: CallerDep) -> UnitOfWork:
    return UnitOfWork(session, caller, attempt=partial(note_attempt, request, caller))


# The same session and caller as the route's other dependencies (FastAPI caches them).
Work = Annotated[UnitOfWork, Depends(_work)]
