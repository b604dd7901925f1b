"""The access log: one entry per use of citizens' data, written in the request's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from persistence.models import AccessLogEntry


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
) -> None:
    await session.execute(
        insert(AccessLogEntry).values(
            centre_id=centre_id,
            actor=actor,
            request_id=request_id,
            operation=operation,
            use=use,
            citizen_ids=list(dict.fromkeys(citizen_ids)),
            criterion=criterion,
        )
    )
