"""The citizen repository.

Need to know: whatever shows a citizen's details to a caller (a record, a search hit, their
courses) reads them through `get_visible_citizen`, `search_citizens` or the `within_reach`
filter; `get_citizen` only says that the citizen exists, for checks of a request's input.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ColumnElement, exists, or_, select, true
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import CaseReach
from domain.citizens.cpr import Cpr
from domain.errors import Conflict, NotFound
from persistence.casework import Case
from persistence.citizens.models import Citizen

SEARCH_LIMIT = 50


async def add_citizen(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    cpr: Cpr,
    name: str,
    address: str,
    municipality_code: str,
    phone: str | None,
    general_practitioner: str | None,
) -> Citizen:
    """Insert a citizen; a CPR number already known to the centre is a Conflict naming it.

    ON CONFLICT makes two staff registering the same person at once meet the same answer.
    """
    values: dict[str, object] = {
        "centre_id": centre_id,
        "cpr": cpr.digits,
        "birth_date": cpr.birth_date,
        "name": name,
        "address": address,
        "municipality_code": municipality_code,
        "phone": phone,
        "general_practitioner": general_practitioner,
    }
    inserted: Citizen | None = await session.scalar(
        insert(Citizen)
        .values(**values)
        .on_conflict_do_nothing(constraint="uq_citizens_centre_cpr")
        .returning(Citizen)
    )
    if inserted is None:
        existing = await session.scalar(
            select(Citizen.id).where(Citizen.centre_id == centre_id, Citizen.cpr == cpr.digits)
        )
        raise Conflict("Borgeren er allerede oprettet.", field="cpr", existing_id=str(existing))
    return inserted


async def get_citizen(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID, *, field: str | None = None
) -> Citizen:
    """The citizen, whoever asks: for checking a request's input, never for showing them."""
    citizen = await session.scalar(
        select(Citizen).where(Citizen.centre_id == centre_id, Citizen.id == citizen_id)
    )
    if citizen is None:
        raise NotFound("Borgeren findes ikke.", field=field)
    return citizen


def within_reach(reach: CaseReach | None) -> ColumnElement[bool]:
    """Need to know, in SQL (the twin of `Principal.may_see_citizen`): citizens with a case
    at the caller's sites or assigned to them; every citizen when `reach` is None."""
    if reach is None:
        return true()
    through: list[ColumnElement[bool]] = [Case.site_id.in_(sorted(reach.site_ids))]
    if reach.user_id is not None:
        through.append(Case.assigned_to == reach.user_id)
    return exists().where(
        Case.centre_id == Citizen.centre_id, Case.citizen_id == Citizen.id, or_(*through)
    )


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
