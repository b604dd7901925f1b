"""The citizen repository.

Need to know: whatever shows a citizen's details to a caller (a record, a search hit, their
courses) reads them through casework's `get_visible_citizen`, `search_citizens` or the
`within_reach` filter, since a caller reaches a citizen through a case;
`get_citizen` only says that the citizen exists, for checks of a request's input.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.citizens.cpr import Cpr
from domain.errors import Conflict, NotFound
from persistence.citizens.models import Citizen


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
