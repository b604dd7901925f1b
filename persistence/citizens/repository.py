"""The citizen repository.

Need to know: whatever shows a citizen's details to a caller (a record, a search hit, their
courses) reads them through casework's `get_visible_citizen`, `search` or the
`within_reach` filter, since a caller reaches a citizen through a case;
`get_citizen` only says that the citizen exists, for checks of a request's input.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.citizens import FieldChange
from domain.citizens.cpr import Cpr
from domain.errors import Conflict, NotFound
from persistence.citizens.models import Citizen, CitizenChange
from persistence.database import driver


async def add_citizen(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    cpr: Cpr,
    name: str,
    address: str,
    municipality_code: str,
    **details: str | None,
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
        **details,
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


async def lock_citizen(session: AsyncSession, citizen: Citizen) -> Citizen:
    """The citizen's row, locked for this transaction and read afresh, so two edits at once
    are written one after the other and each history entry holds the value it replaced."""
    locked = await session.scalar(
        select(Citizen)
        .where(Citizen.id == citizen.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    assert locked is not None  # rows are deleted only by retention, never under a request
    return locked


async def record_changes(
    session: AsyncSession,
    citizen: Citizen,
    changes: Iterable[FieldChange],
    *,
    actor: str,
    user_id: uuid.UUID | None,
) -> None:
    """Write the edited record and one history entry per changed field, in one flush."""
    # The time of writing, not of the transaction's start: an edit that waited for the row
    # lock is dated after the edit it waited for, so the history reads in the order written.
    written_at = await session.scalar(select(func.clock_timestamp()))
    session.add_all(
        CitizenChange(
            changed_at=written_at,
            centre_id=citizen.centre_id,
            citizen_id=citizen.id,
            actor=actor,
            user_id=user_id,
            field=change.field,
            old_value=change.old_value,
            new_value=change.new_value,
        )
        for change in changes
    )
    await session.flush()


async def changes_of(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID
) -> list[CitizenChange]:
    """The history of the citizen's record, newest first."""
    rows = await session.scalars(
        select(CitizenChange)
        .where(CitizenChange.centre_id == centre_id, CitizenChange.citizen_id == citizen_id)
        .order_by(CitizenChange.changed_at.desc(), CitizenChange.field)
    )
    return list(rows)


NAME_SEARCH_LIMIT = 50


async def citizens_by_name(session: AsyncSession, centre_id: uuid.UUID, name: str) -> list[Citizen]:
    """Every citizen of the centre whose name holds `name` (the auditor's search, which the
    need-to-know rule does not narrow), at most NAME_SEARCH_LIMIT."""
    escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = await session.scalars(
        select(Citizen)
        .where(Citizen.centre_id == centre_id, Citizen.name.ilike(f"%{escaped}%", escape="\\"))
        .order_by(Citizen.name, Citizen.id)
        .limit(NAME_SEARCH_LIMIT)
    )
    return list(rows)


# Sent the driver's way (persistence.database.driver): intake runs it for every plan. The
# citizen added, or the one already known, in one statement; a citizen that another
# transaction added after this statement's snapshot is read by a second one.
_ADD_OR_FIND = """
WITH added AS (
    INSERT INTO citizens (centre_id, cpr, birth_date, name, address, municipality_code,
                          general_practitioner, general_practitioner_clinic,
                          general_practitioner_provider_number)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT ON CONSTRAINT uq_citizens_centre_cpr DO NOTHING
    RETURNING id, municipality_code
)
SELECT id, municipality_code, true AS added FROM added
UNION ALL
SELECT id, municipality_code, false FROM citizens
WHERE centre_id = $1 AND cpr = $2 AND NOT EXISTS (SELECT FROM added)
"""
_FIND = (
    "SELECT id, municipality_code, false AS added FROM citizens WHERE centre_id = $1 AND cpr = $2"
)


async def find_or_add_citizen(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    cpr: Cpr,
    name: str,
    address: str,
    municipality_code: str,
    general_practitioner: str | None = None,
    general_practitioner_clinic: str | None = None,
    general_practitioner_provider_number: str | None = None,
) -> tuple[uuid.UUID, str, bool]:
    """The citizen with this CPR number, added when unknown: their id, the municipality they
    live in, and True when added now.

    For intake from other systems: two plans for the same new citizen at once meet on the
    unique index, and the second reads the row the first wrote.
    """
    connection = await driver(session)
    row = await connection.fetchrow(
        _ADD_OR_FIND, centre_id, cpr.digits, cpr.birth_date, name, address, municipality_code,
        general_practitioner, general_practitioner_clinic, general_practitioner_provider_number,
    )  # fmt: skip
    if row is None:  # the conflicting row is committed: the insert waited for it
        row = await connection.fetchrow(_FIND, centre_id, cpr.digits)
    return row["id"], row["municipality_code"], row["added"]
