"""Per-request wiring: the unit of work (one transaction), the caller's centre, the clock."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.clock import Clock
from domain.errors import NotFound
from persistence import access_log
from persistence.centres import centre_id_by_code


async def _unit_of_work(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: committed when the handler returns, else rolled back."""
    factory: async_sessionmaker[AsyncSession] = request.app.state.session_factory
    async with factory() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


# scope="function": commit before the response is sent, so a failed commit is the answer.
Session = Annotated[AsyncSession, Depends(_unit_of_work, scope="function")]


@dataclass(frozen=True, slots=True)
class Caller:
    centre_id: uuid.UUID
    actor: str
    request_id: str
    clock: Clock

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return self.clock.today()


async def _caller(request: Request, session: Session) -> Caller:
    state = request.app.state
    centre_id: uuid.UUID | None = getattr(state, "centre_id", None)
    if centre_id is None:
        centre_id = await centre_id_by_code(session, state.settings.centre_code)
        if centre_id is None:
            raise NotFound("Centret er ikke oprettet.")
        state.centre_id = centre_id
    # Until staff log in (issue 3) every caller acts for the configured centre.
    return Caller(centre_id, "anonymous", request.state.request_id, state.clock)


CallerDep = Annotated[Caller, Depends(_caller)]


async def audit(
    session: AsyncSession,
    caller: Caller,
    *,
    operation: str,
    use: str,
    citizen_ids: Iterable[uuid.UUID],
    criterion: str | None = None,
) -> None:
    """Log a use of citizens' data in the same transaction as the use itself."""
    await access_log.record_access(
        session,
        centre_id=caller.centre_id,
        actor=caller.actor,
        request_id=caller.request_id,
        operation=operation,
        use=use,
        citizen_ids=citizen_ids,
        criterion=criterion,
    )
