"""The idempotency keys' repository: claim a key, take over a stale claim, store the answer,
release a claim whose request failed, and forget expired keys.

Every statement is one round trip and decides by itself under concurrency: the claim is an
`INSERT ... ON CONFLICT DO NOTHING` on the unique (client, key), and every later change names
the claim it belongs to, so a request whose claim was taken over changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.intake import CLAIM_TIMEOUT, KEY_LIFETIME, KeyState, StoredKey
from persistence.intake.models import IdempotencyKeyRow


@dataclass(frozen=True, slots=True)
class Found:
    """A key someone claimed before: its row and what it holds."""

    id: uuid.UUID
    stored: StoredKey
    response_status: int | None
    response_body: bytes | None
    citizen_ids: list[uuid.UUID]


async def claim(
    session: AsyncSession,
    *,
    centre_id: uuid.UUID,
    client: str,
    key: str,
    fingerprint: str,
    claim_id: uuid.UUID,
    now: datetime,
) -> uuid.UUID | Found:
    """The new row's id when this request claimed the key; else the key as stored.

    A concurrent claim of the same key waits for the other's transaction and then inserts
    nothing, so commit right after claiming."""
    inserted: uuid.UUID | None = await session.scalar(
        insert(IdempotencyKeyRow)
        .values(
            centre_id=centre_id,
            client=client,
            key=key,
            fingerprint=fingerprint,
            state=KeyState.IN_PROGRESS.value,
            claim=claim_id,
            claimed_at=now,
            created_at=now,
        )
        .on_conflict_do_nothing(index_elements=["client", "key"])
        .returning(IdempotencyKeyRow.id)
    )
    if inserted is not None:
        return inserted
    row = (
        await session.execute(
            select(IdempotencyKeyRow).where(
                IdempotencyKeyRow.client == client, IdempotencyKeyRow.key == key
            )
        )
    ).scalar_one()
    return Found(
        row.id,
        StoredKey(row.fingerprint, KeyState(row.state), row.claimed_at, row.created_at),
        row.response_status,
        row.response_body,
        list(row.citizen_ids),
    )


async def take_over(
    session: AsyncSession,
    row_id: uuid.UUID,
    *,
    fingerprint: str,
    claim_id: uuid.UUID,
    now: datetime,
) -> bool:
    """Claim an expired key, or one whose request died, as a new one. Of two requests that
    try at once, the row lock lets one through; the other finds the claim fresh again."""
    taken = await session.scalar(
        update(IdempotencyKeyRow)
        .where(
            IdempotencyKeyRow.id == row_id,
            or_(
                IdempotencyKeyRow.created_at <= now - KEY_LIFETIME,
                and_(
                    IdempotencyKeyRow.state == KeyState.IN_PROGRESS.value,
                    IdempotencyKeyRow.claimed_at <= now - CLAIM_TIMEOUT,
                ),
            ),
        )
        .values(
            fingerprint=fingerprint,
            state=KeyState.IN_PROGRESS.value,
            claim=claim_id,
            claimed_at=now,
            created_at=now,
            response_status=None,
            response_body=None,
            citizen_ids=[],
        )
        .returning(IdempotencyKeyRow.id)
    )
    return taken is not None


async def complete(
    session: AsyncSession,
    row_id: uuid.UUID,
    claim_id: uuid.UUID,
    *,
    status: int,
    body: bytes,
    citizen_ids: list[uuid.UUID],
) -> bool:
    """Store the answer, in the transaction of the work it answers; False when the claim
    was taken over meanwhile (then the work must not commit)."""
    done = await session.scalar(
        update(IdempotencyKeyRow)
        .where(
            IdempotencyKeyRow.id == row_id,
            IdempotencyKeyRow.claim == claim_id,
            IdempotencyKeyRow.state == KeyState.IN_PROGRESS.value,
        )
        .values(
            state=KeyState.COMPLETED.value,
            response_status=status,
            response_body=body,
            citizen_ids=citizen_ids,
        )
        .returning(IdempotencyKeyRow.id)
    )
    return done is not None


async def release(session: AsyncSession, row_id: uuid.UUID, claim_id: uuid.UUID) -> None:
    """Forget the claim of a request that failed: nothing was done, so the key is free."""
    await session.execute(
        delete(IdempotencyKeyRow).where(
            IdempotencyKeyRow.id == row_id,
            IdempotencyKeyRow.claim == claim_id,
            IdempotencyKeyRow.state == KeyState.IN_PROGRESS.value,
        )
    )


async def purge_expired(session: AsyncSession, *, now: datetime) -> int:
    """Delete the keys past their lifetime (the retention job)."""
    deleted = await session.execute(
        delete(IdempotencyKeyRow)
        .where(IdempotencyKeyRow.created_at <= now - KEY_LIFETIME)
        .returning(IdempotencyKeyRow.id)
    )
    return len(deleted.all())
