"""The unit of work a use case runs in: the request's session and the caller's context.

A use case takes one of these, never a `Request`: what it needs of the request comes in
here (the session, the caller, where to note a refused attempt). The routes get theirs from
`Work`; a test builds one by hand around its own session.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Protocol

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from api.caches import ALL, Caches, through
from api.context import Caller, CallerDep, Session, note_attempt
from domain.calendar import WorkingDayCalendar
from domain.casework import LegalBasis
from domain.centre import ServiceStandard
from domain.errors import NotFound, RuleViolation
from persistence.centre import list_legal_bases, list_sites, service_standard, working_day_calendar


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

    # The reference data below comes from the process's caches when given (api.caches): a
    # change counts at once in the process that made it and within 5 s in the others.

    async def calendar(self) -> WorkingDayCalendar:
        """The caller's centre's working days."""
        centre_id = self.caller.centre_id
        if self.caches is None:
            return await working_day_calendar(self.session, centre_id)
        return await self.caches.calendar(
            centre_id, lambda: working_day_calendar(self.session, centre_id)
        )

    async def service_standard(self) -> ServiceStandard:
        """Every version of the caller's centre's limits."""
        centre_id = self.caller.centre_id
        if self.caches is None:
            return await service_standard(self.session, centre_id)
        return await through(
            self.caches.standards, centre_id, lambda: service_standard(self.session, centre_id)
        )

    async def legal_basis(self, code: str) -> LegalBasis:
        """The legal basis with this code; an unknown one is refused as the request's input."""
        if self.caches is None:
            bases = await self._legal_bases()
        else:
            bases = await through(self.caches.legal_bases, ALL, self._legal_bases)
        found = bases.get(code)
        if found is None:
            raise RuleViolation("Lovgrundlaget findes ikke.", field="legal_basis")
        return found

    async def _legal_bases(self) -> Mapping[str, LegalBasis]:
        return {basis.code: basis for basis in await list_legal_bases(self.session)}

    async def site_ids(self) -> Mapping[str, uuid.UUID]:
        """The caller's centre's sites: their ids by code."""
        centre_id = self.caller.centre_id
        if self.caches is None:
            return await self._site_ids()
        return await through(self.caches.sites, centre_id, self._site_ids)

    async def _site_ids(self) -> Mapping[str, uuid.UUID]:
        sites = await list_sites(self.session, self.caller.centre_id)
        return {site.code: site.id for site in sites}

    async def check_site(self, site_id: uuid.UUID) -> None:
        """The site is one of the caller's centre's, else the request's input is not found."""
        if site_id not in (await self.site_ids()).values():
            raise NotFound("Matriklen findes ikke.", field="site_id")


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
