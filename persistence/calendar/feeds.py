"""Issuing, revoking and resolving a member of staff's feed token (stored as its digest)."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from persistence.calendar.models import CalendarFeed


async def issue_feed(
    session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID, token_digest: str
) -> None:
    """The member of staff's feed from now on answers only to this token."""
    statement = insert(CalendarFeed).values(
        staff_id=staff_id, centre_id=centre_id, token_digest=token_digest
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[CalendarFeed.staff_id],
            set_={"token_digest": token_digest, "created_at": statement.excluded.created_at},
        )
    )


async def revoke_feed(session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID) -> bool:
    """No token opens the feed any more; False when there was none."""
    gone = await session.execute(
        delete(CalendarFeed)
        .where(CalendarFeed.centre_id == centre_id, CalendarFeed.staff_id == staff_id)
        .returning(CalendarFeed.staff_id)
    )
    return gone.first() is not None


async def feed_owner(
    session: AsyncSession, token_digest: str
) -> tuple[uuid.UUID, uuid.UUID] | None:
    """(centre, member of staff) the token opens the feed of; None for an unknown or revoked one."""
    row = (
        await session.execute(
            select(CalendarFeed.centre_id, CalendarFeed.staff_id).where(
                CalendarFeed.token_digest == token_digest
            )
        )
    ).first()
    return None if row is None else (row[0], row[1])


async def has_feed(session: AsyncSession, centre_id: uuid.UUID, staff_id: uuid.UUID) -> bool:
    found = await session.scalar(
        select(CalendarFeed.staff_id).where(
            CalendarFeed.centre_id == centre_id, CalendarFeed.staff_id == staff_id
        )
    )
    return found is not None
