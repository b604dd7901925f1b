"""The access log: one entry per use of citizens' data, written in the request's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from persistence.access.models import AccessLogEntry

# Built once: this runs on every request that touches a citizen.
_INSERT = insert(AccessLogEntry)


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
    await session.execute(
        _INSERT,
        {
            "centre_id": centre_id,
            "actor": actor,
            "request_id": request_id,
            "operation": operation,
            "use": use,
            "citizen_ids": list(dict.fromkeys(citizen_ids)),
            "criterion": criterion,
            "user_id": user_id,
            "api_key_id": api_key_id,
            "client": client,
            "outcome": outcome,
        },
    )


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
