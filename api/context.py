"""Per-request wiring: the unit of work, the caller and their permissions, the clock, the log.

Every route either declares the permission it needs with `guard(...)` (which also says in
the OpenAPI document whether it touches citizens' data) or is one of the few public ones.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.caches import Caches
from api.clock import Clock
from api.security.authentication import Authenticated, SessionPolicy, authenticate
from api.security.errors import Forbidden, Unauthenticated
from domain.access import Permission, Principal
from domain.errors import NotFound
from persistence.access import entry, record_access
from persistence.casework import CITIZEN_TARGETS, citizens_named
from persistence.centre import centre_id_by_code
from persistence.changes import changed_topics, forget_changes

CITIZEN_DATA = "x-citizen-data"
AUDITED_CITIZENS = "audited_citizens"  # session.info: the citizens the request's log names
PERMISSION = "x-permission"


@asynccontextmanager
async def transaction(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: committed when the handler returns, else rolled back."""
    factory: async_sessionmaker[AsyncSession] = request.app.state.session_factory
    session = factory()
    try:
        yield session
        # A request that read nothing through the session (a lean read on a connection of
        # its own, its caller from the cache) has no transaction to commit.
        if session.in_transaction():
            await session.commit()
    except BaseException:
        await session.rollback()
        forget_changes(session)
        await session.close()
        raise
    # Nor anything to close, when it never began one and holds no object.
    if session.in_transaction() or session.identity_map or session.new:
        await session.close()
    # This process's cached callers and calendars see the change at once.
    caches: Caches = request.app.state.caches
    caches.changed_all(changed_topics(session))


async def _unit_of_work(request: Request) -> AsyncIterator[AsyncSession]:
    async with transaction(request) as session:
        yield session


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

    def entry(self, *, use: str, criterion: str | None = None) -> dict[str, Any]:
        """The access-log entry of a lean read by this caller (persistence.access.entry)."""
        return entry(
            centre_id=self.centre_id,
            actor=self.actor,
            request_id=self.request_id,
            operation=self.operation,
            use=use,
            criterion=criterion,
            user_id=self.principal.user_id,
            api_key_id=self.principal.api_key_id,
            client=self.client,
        )


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
            request,
            session,
            now=request.app.state.clock.now(),
            policy=SessionPolicy(),
            caches=request.app.state.caches,
        )
    except (Unauthenticated, Forbidden):
        if use:
            # Logged by the error handler, once this request's connection is back in the pool.
            request.state.attempt = Attempt(
                actor="anonymous", client="-", operation=operation, use=use
            )
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

# The dependencies api.lean_route solves itself, in the order FastAPI would.
SESSION_DEPENDENCY = _unit_of_work
CALLER_DEPENDENCY = _caller
caller_of = _caller


async def logged_in(_: CallerDep) -> None:
    """For routes outside the API proper that still need a caller (the docs in production)."""


_GUARDS: dict[Callable[..., Any], Permission] = {}


def _require(permission: Permission) -> Any:
    async def require(request: Request, caller: CallerDep) -> None:
        if not caller.principal.may(permission):
            _, use = _operation(request)
            if use:
                note_attempt(request, caller, use=use)
            raise Forbidden()

    _GUARDS[require] = permission
    return require


def guard_permission(dependency: Callable[..., Any]) -> Permission | None:
    """The permission a `guard(...)` dependency checks; None for any other dependency."""
    return _GUARDS.get(dependency)


def guard(permission: Permission, *, citizen_data: str | None = None) -> dict[str, Any]:
    """Route options: the permission the route needs, and the kind of use of citizens' data."""
    extra: dict[str, Any] = {PERMISSION: permission.value}
    if citizen_data:
        extra[CITIZEN_DATA] = citizen_data
    return {"dependencies": [Depends(_require(permission))], "openapi_extra": extra}


PUBLIC: dict[str, Any] = {"openapi_extra": {PERMISSION: "public"}}
# Any logged-in caller, whatever their role (their own session, their own password).
LOGGED_IN: dict[str, Any] = {"openapi_extra": {PERMISSION: "logged_in"}}


def noted(session: AsyncSession, citizen_ids: Iterable[uuid.UUID]) -> None:
    """Whose data the request's answer holds: a stored answer replayed (api.idempotency) is
    logged under them. `audit` notes them; a write that logs its own entry in its
    statement (Caller.entry) calls this."""
    session.info.setdefault(AUDITED_CITIZENS, set()).update(citizen_ids)


async def audit(
    session: AsyncSession,
    caller: Caller,
    *,
    use: str,
    citizen_ids: Iterable[uuid.UUID],
    criterion: str | None = None,
) -> None:
    """Log a use of citizens' data in the same transaction as the use itself."""
    citizen_ids = list(citizen_ids)
    noted(session, citizen_ids)
    await record_access(
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


@dataclass(frozen=True, slots=True)
class Attempt:
    """A use of citizens' data the request was refused, to be logged as such.

    A refusal is logged by the error handler, after the request's own unit of work has
    rolled back and given its connection back: a request never holds two connections of
    the pool, so refused attempts cannot starve the pool however many arrive at once.
    """

    actor: str
    client: str
    operation: str
    use: str
    citizen_ids: tuple[uuid.UUID, ...] = ()
    centre_id: uuid.UUID | None = None  # None: the deployment's centre (anonymous callers)
    user_id: uuid.UUID | None = None
    api_key_id: uuid.UUID | None = None


def note_attempt(
    request: Request, caller: Caller, *, use: str, citizen_ids: Iterable[uuid.UUID] = ()
) -> None:
    """Remember whose data the request touches, so its failure is logged as a refused attempt.

    Call it before raising the refusal, or once the request has found its citizen: a later
    failure of the request is then logged as a refused attempt on that citizen.
    """
    request.state.attempt = Attempt(
        actor=caller.actor,
        client=caller.client,
        operation=caller.operation,
        use=use,
        citizen_ids=tuple(citizen_ids),
        centre_id=caller.centre_id,
        user_id=caller.principal.user_id,
        api_key_id=caller.principal.api_key_id,
    )


async def log_failed_attempt(request: Request) -> None:
    """Called by the error handlers: the request's own entry was rolled back with it.

    The refused attempt names the citizen whenever the request's target identifies one (the
    citizen, case or letter in its path), also when the caller was not allowed to find out.
    """
    attempt: Attempt | None = getattr(request.state, "attempt", None)
    if attempt is None:
        return
    factory: async_sessionmaker[AsyncSession] = request.app.state.session_factory
    async with factory() as own, own.begin():
        centre_id = attempt.centre_id or await deployment_centre(request, own)
        citizen_ids: Iterable[uuid.UUID] = attempt.citizen_ids or await citizens_named(
            own, centre_id, _path_ids(request)
        )
        await record_access(
            own,
            centre_id=centre_id,
            actor=attempt.actor,
            user_id=attempt.user_id,
            api_key_id=attempt.api_key_id,
            client=attempt.client,
            request_id=request.state.request_id,
            operation=attempt.operation,
            use=attempt.use,
            citizen_ids=citizen_ids,
            outcome="refused",
        )


def _path_ids(request: Request) -> dict[str, uuid.UUID]:
    """The ids in the request's path that may name a citizen (malformed ones left out)."""
    found: dict[str, uuid.UUID] = {}
    for name in CITIZEN_TARGETS:
        value = request.path_params.get(name)
        if value is None:
            continue
        try:
            found[name] = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        except ValueError:
            continue
    return found
