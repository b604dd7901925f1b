"""Need to know, through cases: the citizens a caller reaches through their cases, and the
citizen a request's case or letter names.

A caller sees a citizen who has a case at one of their sites or assigned to them
(`Principal.may_see_citizen`); these are the queries that ask it in SQL, so they live with
the cases they join.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select, true, union
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import CaseReach
from domain.citizens import Cpr
from domain.errors import NotFound
from persistence.casework.models import Case
from persistence.centre import Site
from persistence.citizens import Citizen
from persistence.letters import Letter

SEARCH_LIMIT = 50


def within_reach(reach: CaseReach | None) -> ColumnElement[bool]:
    """Need to know, in SQL (the twin of `Principal.may_see_citizen`): citizens with a case
    at the caller's sites or assigned to them; every citizen when `reach` is None."""
    if reach is None:
        return true()
    return exists().where(
        Case.centre_id == Citizen.centre_id, Case.citizen_id == Citizen.id, case_in_reach(reach)
    )


def case_in_reach(reach: CaseReach | None) -> ColumnElement[bool]:
    """A case the caller may see: at their sites or assigned to them (all with None)."""
    if reach is None:
        return true()
    through: list[ColumnElement[bool]] = [Case.site_id.in_(sorted(reach.site_ids))]
    if reach.user_id is not None:
        through.append(Case.assigned_to == reach.user_id)
    return or_(*through)


async def get_visible_citizen(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID, reach: CaseReach | None
) -> tuple[Citizen, bool]:
    """The citizen and whether `reach` lets the caller see them; NotFound if there is none.

    Both in one query, so a refusal can be logged under the citizen it hid.
    """
    found = await _with_reach(session, reach, Citizen.centre_id == centre_id,
                              Citizen.id == citizen_id)  # fmt: skip
    if found is None:
        raise NotFound("Borgeren findes ikke.")
    return found


async def look_up_cpr(
    session: AsyncSession, centre_id: uuid.UUID, cpr: Cpr, reach: CaseReach | None
) -> tuple[Citizen, bool] | None:
    """The citizen with this CPR number, whoever's they are, and whether `reach` sees them."""
    return await _with_reach(session, reach, Citizen.centre_id == centre_id,
                             Citizen.cpr == cpr.digits)  # fmt: skip


async def _with_reach(
    session: AsyncSession, reach: CaseReach | None, *where: ColumnElement[bool]
) -> tuple[Citizen, bool] | None:
    row = (await session.execute(select(Citizen, within_reach(reach)).where(*where))).one_or_none()
    if row is None:
        return None
    citizen, visible = row
    return citizen, bool(visible)


async def search_citizens(
    session: AsyncSession,
    centre_id: uuid.UUID,
    reach: CaseReach | None,
    *,
    name: str | None = None,
    birth_date: date | None = None,
) -> list[Citizen]:
    """Citizens within `reach` by part of the name (and birth date), at most SEARCH_LIMIT."""
    query = select(Citizen).where(Citizen.centre_id == centre_id, within_reach(reach))
    if name:
        escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Citizen.name.ilike(f"%{escaped}%", escape="\\"))
    if birth_date is not None:
        query = query.where(Citizen.birth_date == birth_date)
    rows = await session.scalars(query.order_by(Citizen.name, Citizen.id).limit(SEARCH_LIMIT))
    return list(rows)


async def search_by_phone(
    session: AsyncSession, centre_id: uuid.UUID, reach: CaseReach | None, digits: str
) -> list[Citizen]:
    """Citizens within `reach` whose phone or relative's phone ends with the same eight
    digits (a Danish number with or without +45, spaces or hyphens)."""
    tail = digits[-8:]

    def last_eight(column: Any) -> ColumnElement[str]:
        return func.right(func.regexp_replace(column, "[^0-9]", "", "g"), 8)

    query = (
        select(Citizen)
        .where(Citizen.centre_id == centre_id, within_reach(reach))
        .where(or_(last_eight(Citizen.phone) == tail, last_eight(Citizen.relative_phone) == tail))
        .order_by(Citizen.name, Citizen.id)
        .limit(SEARCH_LIMIT)
    )
    return list(await session.scalars(query))


@dataclass(frozen=True, slots=True)
class CitizenCase:
    case: Case
    site_name: str
    letters: list[Any]  # rows with LetterOut's fields


async def cases_of(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID, reach: CaseReach | None
) -> list[CitizenCase]:
    """The citizen's cases within `reach` (need to know: another site's case stays hidden),
    newest first, each with its letters (without their PDFs)."""
    query = (
        select(Case, Site.name)
        .join(Site, Site.id == Case.site_id)
        .where(Case.centre_id == centre_id, Case.citizen_id == citizen_id, case_in_reach(reach))
        .order_by(Case.received_at.desc(), Case.id)
    )
    found = (await session.execute(query)).all()
    letters = (
        await session.execute(
            select(
                Letter.id, Letter.kind, Letter.template_version, Letter.content_hash,
                Letter.created_at, Letter.created_by, Letter.case_id,
            )
            .where(Letter.centre_id == centre_id, Letter.case_id.in_([c.id for c, _ in found]))
            .order_by(Letter.created_at, Letter.id)
        )
    ).all()  # fmt: skip
    by_case: dict[uuid.UUID, list[Any]] = {}
    for letter in letters:
        by_case.setdefault(letter.case_id, []).append(letter)
    return [CitizenCase(case, site, by_case.get(case.id, [])) for case, site in found]


# Path parameters that identify a citizen, directly or through their case or letter.
CITIZEN_TARGETS = ("citizen_id", "case_id", "letter_id")


async def citizens_named(
    session: AsyncSession, centre_id: uuid.UUID, ids: Mapping[str, uuid.UUID]
) -> list[uuid.UUID]:
    """The citizens a request's target identifies, in one query (ids of no record name none).

    A refused attempt is logged under them, so a search by citizen finds it.
    """
    parts = []
    if "citizen_id" in ids:
        parts.append(
            select(Citizen.id).where(
                Citizen.centre_id == centre_id, Citizen.id == ids["citizen_id"]
            )
        )
    if "case_id" in ids:
        parts.append(
            select(Case.citizen_id).where(Case.centre_id == centre_id, Case.id == ids["case_id"])
        )
    if "letter_id" in ids:
        parts.append(
            select(Case.citizen_id)
            .join(Letter, Letter.case_id == Case.id)
            .where(Case.centre_id == centre_id, Letter.id == ids["letter_id"])
        )
    if not parts:
        return []
    query = parts[0] if len(parts) == 1 else union(*parts)
    return list(await session.scalars(query))
