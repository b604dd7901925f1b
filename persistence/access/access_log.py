"""The access log: one entry per use of citizens' data, written in the request's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from persistence.access.models import AccessLogEntry
from persistence.database import driver

# Sent the driver's way (persistence.database.driver): this runs on every request that
# touches a citizen, and SQLAlchemy's ORM insert cost more than the round trip.
_INSERT = """
INSERT INTO access_log (centre_id, actor, request_id, operation, use, citizen_ids, criterion,
                        user_id, api_key_id, client, outcome)
VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7, $8, $9, $10, $11)
"""


async def record_access(
    session: AsyncSession,
    *,
    centre_id: uuid.UUID,
    actor: str,
    request_id: str,
    operation: str,
    use: str,
    citizen_ids: Iterable[uuid.UUID],
    criterion: str | None = None,
    user_id: uuid.UUID | None = None,
    api_key_id: uuid.UUID | None = None,
    client: str = "",
    outcome: str = "allowed",
) -> None:
    """One entry, in the session's transaction."""
    await (await driver(session)).execute(
        _INSERT, centre_id, actor, request_id, operation, use, list(dict.fromkeys(citizen_ids)),
        criterion, user_id, api_key_id, client, outcome,
    )  # fmt: skip


async def search_access_log(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    limit: int,
    before_id: int | None = None,
    citizen_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[AccessLogEntry]:
    """Entries newest first, paged on the id (which only grows)."""
    query = select(AccessLogEntry).where(AccessLogEntry.centre_id == centre_id)
    if before_id is not None:
        query = query.where(AccessLogEntry.id < before_id)
    if citizen_id is not None:
        query = query.where(AccessLogEntry.citizen_ids.contains([citizen_id]))
    if user_id is not None:
        query = query.where(AccessLogEntry.user_id == user_id)
    if since is not None:
        query = query.where(AccessLogEntry.at >= since)
    if until is not None:
        query = query.where(AccessLogEntry.at < until)
    rows = await session.scalars(query.order_by(AccessLogEntry.id.desc()).limit(limit))
    return list(rows)


async def uses_of_citizen(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID
) -> list[AccessLogEntry]:
    rows = await session.scalars(
        select(AccessLogEntry)
        .where(
            AccessLogEntry.centre_id == centre_id,
            AccessLogEntry.citizen_ids.contains([citizen_id]),
            AccessLogEntry.outcome == "allowed",
        )
        .order_by(AccessLogEntry.id)
    )
    return list(rows)
