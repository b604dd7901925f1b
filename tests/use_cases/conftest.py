"""Use cases called directly, without HTTP, against the real PostgreSQL of the test session.

`desk` runs a use case as one member of staff would through the API: one unit of work per
call, committed when it returns and rolled back when it raises, as the app's own. Refused
attempts the use case notes are kept in `desk.attempts` instead of the request.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from pydantic import TypeAdapter
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from api.casework.schemas import ApplicationIn, ReferralIn, RehabPlanIn
from api.casework.use_cases.cases import register_referral
from api.citizens.schemas import CitizenIn
from api.citizens.use_cases import create_citizen
from api.clock import FixedClock
from api.context import Caller
from api.letters import LetterWorkers
from api.unit_of_work import UnitOfWork
from domain.access import Principal, Role, permissions_of
from persistence.centre.centres import list_sites
from tests.api.helpers import CITIZEN, application
from tests.conftest import add_staff

T = TypeVar("T")


@dataclass
class Desk:
    """One member of staff at work: each call is one unit of work, as one request is."""

    factory: async_sessionmaker[AsyncSession]
    principal: Principal
    clock: FixedClock
    attempts: list[tuple[str, tuple[uuid.UUID, ...]]] = field(default_factory=list)
    # A browser session's, for the use cases that need one (logging out, one's password).
    session_hash: str | None = None
    csrf_token: str | None = None

    def _note(self, *, use: str, citizen_ids: Iterable[uuid.UUID] = ()) -> None:
        self.attempts.append((use, tuple(citizen_ids)))

    async def __call__(self, use_case: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        caller = Caller(
            principal=self.principal,
            client="test",
            request_id=uuid.uuid4().hex,
            operation=use_case.__name__,
            clock=self.clock,
            session_hash=self.session_hash,
            csrf_token=self.csrf_token,
        )
        async with self.factory() as session:
            try:
                result = await use_case(UnitOfWork(session, caller, self._note), *args, **kwargs)
                await session.commit()
            except BaseException:
                await session.rollback()
                raise
        return result


@dataclass(frozen=True)
class Centre:
    id: uuid.UUID
    sites: dict[str, uuid.UUID]
    leader: Desk  # a team leader of both sites: every casework permission
    north: Desk  # a therapist of Træningscenter Nord only


async def _principal(
    engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str, name: str,
    roles: list[str], sites: list[str], codes: dict[str, uuid.UUID],
) -> Principal:  # fmt: skip
    user_id = await add_staff(engine, centre_id, password_hash, username=name, roles=roles,
                              sites=sites)  # fmt: skip
    granted = tuple(Role(role) for role in roles)
    return Principal(
        kind="user",
        id=user_id,
        centre_id=centre_id,
        name=name,
        permissions=permissions_of(granted),
        roles=granted,
        site_ids=frozenset(codes[code] for code in sites),
    )


@pytest.fixture
async def centre(
    engine: AsyncEngine,
    service_engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
    clock: FixedClock,
) -> Centre:
    async with AsyncSession(engine) as session:
        codes = {site.code: site.id for site in await list_sites(session, centre_id)}
    factory = async_sessionmaker(service_engine, expire_on_commit=False)
    leader = await _principal(engine, centre_id, password_hash, "leder", ["team_leader"],
                              ["syd", "nord"], codes)  # fmt: skip
    north = await _principal(engine, centre_id, password_hash, "nordterapeut", ["therapist"],
                             ["nord"], codes)  # fmt: skip
    return Centre(centre_id, codes, Desk(factory, leader, clock), Desk(factory, north, clock))


@pytest.fixture
async def workers() -> AsyncIterator[LetterWorkers]:
    """Letter workers of the test's own, as the app starts them in its lifespan."""
    pool = LetterWorkers(1)
    yield pool
    await pool.close()


REFERRAL: TypeAdapter[ApplicationIn | RehabPlanIn] = TypeAdapter(ReferralIn)


async def open_case(centre: Centre, body: Any = application, **changes: Any) -> uuid.UUID:
    """A new citizen and a case for them at Træningscenter Syd, registered by the leader."""
    citizen = await centre.leader(create_citizen, CitizenIn.model_validate(CITIZEN))
    referral = REFERRAL.validate_python(body(str(citizen.id), str(centre.sites["syd"]), **changes))
    case = await centre.leader(register_referral, referral)
    return case.id
