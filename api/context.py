"""Per-request wiring: the unit of work, the caller and their permissions, the clock, the log.

Every route either declares the permission it needs with `guard(...)` (which also says in
the OpenAPI document whether it touches citizens' data) or is one of the few public ones.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.clock import Clock
from api.security.authentication import Authenticated, SessionPolicy, authenticate
from api.security.errors import Forbidden, Unauthenticated
from domain.access import Permission, Principal
from domain.errors import NotFound
from persistence import access_log
from persistence.centres import centre_id_by_code

CITIZEN_DATA = "x-citizen-data"
PERMISSION = "x-permission"


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
    principal: Principal
    client: str
    request_id: str
    operation: str
    clock: Clock
    session_hash: str | None = None
    csrf_token: str | None = None

    @property
    def centre_id(self) -> uuid.UUID:
        return self.principal.centre_id

    @property
    def actor(self) -> str:
        return self.principal.name

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return self.clock.today()


def _operation(request: Request) -> tuple[str, str | None]:
    route = request.scope.get("route")
    extra: dict[str, Any] = getattr(route, "openapi_extra", None) or {}
    return str(getattr(route, "operation_id", None) or "unknown"), extra.get(CITIZEN_DATA)


async def deployment_centre(request: Request, session: AsyncSession) -> uuid.UUID:
    """The centre this deployment serves (public routes, and logs of anonymous attempts)."""
    state = request.app.state
    if state.centre_id is None:
        state.centre_id = await centre_id_by_code(session, state.settings.centre_code)
        if state.centre_id is None:
            raise NotFound("Centret er ikke oprettet.")
    centre: uuid.UUID = state.centre_id
    return centre


async def _caller(request: Request, session: Session) -> Caller:
    operation, use = _operation(request)
    try:
        found: Authenticated = await authenticate(
            request, session, now=request.app.state.clock.now(), policy=SessionPolicy()
        )
    except (Unauthenticated, Forbidden):
        if use:
            centre = await deployment_centre(request, session)
            await log_refused(request, centre_id=centre, actor="anonymous", client="-",
                              operation=operation, use=use)  # fmt: skip
        raise
    return Caller(
        principal=found.principal,
        client=found.client,
        request_id=request.state.request_id,
        operation=operation,
        clock=request.app.state.clock,
        session_hash=found.session_hash,
        csrf_token=found.csrf_token,
    )


CallerDep = Annotated[Caller, Depends(_caller)]


async def logged_in(_: CallerDep) -> None:
    """For routes outside the API proper that still need a caller (the docs in production)."""


def _require(permission: Permission) -> Any:
    async def require(request: Request, caller: CallerDep) -> None:
        if not caller.principal.may(permission):
            _, use = _operation(request)
            if use:
                await refused(request, caller, use=use)
            raise Forbidden()

    return require


def guard(permission: Permission, *, citizen_data: str | None = None) -> dict[str, Any]:
    """Route options: the permission the route needs, and the kind of use of citizens' data."""
    extra: dict[str, Any] = {PERMISSION: permission.value}
    if citizen_data:
        extra[CITIZEN_DATA] = citizen_data
    return {"dependencies": [Depends(_require(permission))], "openapi_extra": extra}


PUBLIC: dict[str, Any] = {"openapi_extra": {PERMISSION: "public"}}
# Any logged-in caller, whatever their role (their own session, their own password).
LOGGED_IN: dict[str, Any] = {"openapi_extra": {PERMISSION: "logged_in"}}


async def audit(
    session: AsyncSession,
    caller: Caller,
    *,
    use: str,
    citizen_ids: Iterable[uuid.UUID],
    criterion: str | None = None,
) -> None:
    """Log a use of citizens' data in the same transaction as the use itself."""
    await access_log.record_access(
        session,
        centre_id=caller.centre_id,
        actor=caller.actor,
        user_id=caller.principal.user_id,
        api_key_id=caller.principal.api_key_id,
        client=caller.client,
        request_id=caller.request_id,
        operation=caller.operation,
        use=use,
        citizen_ids=citizen_ids,
        criterion=criterion,
    )


async def refused(
    request: Request,
    caller: Caller,
    *,
    use: str,
    citizen_ids: Iterable[uuid.UUID] = (),
) -> None:
    """Log a refused attempt on citizens' data in a transaction of its own."""
    await log_refused(
        request,
        centre_id=caller.centre_id,
        actor=caller.actor,
        client=caller.client,
        operation=caller.operation,
        use=use,
        citizen_ids=citizen_ids,
        user_id=caller.principal.user_id,
        api_key_id=caller.principal.api_key_id,
    )


async def log_refused(
    request: Request,
    *,
    centre_id: uuid.UUID,
    actor: str,
    client: str,
    operation: str,
    use: str,
    citizen_ids: Iterable[uuid.UUID] = (),
    user_id: uuid.UUID | None = None,
    api_key_id: uuid.UUID | None = None,
) -> None:
    factory: async_sessionmaker[AsyncSession] = request.app.state.session_factory
    async with factory() as own, own.begin():
        await access_log.record_access(
            own,
            centre_id=centre_id,
            actor=actor,
            user_id=user_id,
            api_key_id=api_key_id,
            client=client,
            request_id=request.state.request_id,
            operation=operation,
            use=use,
            citizen_ids=citizen_ids,
            outcome="refused",
        )


def note_attempt(
    request: Request, caller: Caller, *, use: str, citizen_ids: Iterable[uuid.UUID]
) -> None:
    """Remember whose data the request touches, so a failure is logged as a refused attempt."""
    request.state.attempt = (caller, use, list(citizen_ids))


async def log_failed_attempt(request: Request) -> None:
    """Called by the error handlers: the request's own entry was rolled back with it."""
    attempt = getattr(request.state, "attempt", None)
    if attempt is None:
        return
    caller, use, citizen_ids = attempt
    await refused(request, caller, use=use, citizen_ids=citizen_ids)
