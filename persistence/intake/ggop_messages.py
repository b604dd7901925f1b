"""The repository of received hospital plans (GGOP): claimed once per message id, their
outcome written in the same transaction, listed for staff."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.errors import Conflict, NotFound
from persistence.citizens import Citizen
from persistence.database import driver
from persistence.intake.models import GgopMessage

# Listed first: what staff must handle (failed, another municipality's) and have not yet.
NEEDS_HANDLING = ("failed", "other_municipality")


# Sent the driver's way (persistence.database.driver): this runs for every message.
_COLUMNS = ("id", "centre_id", "message_id", "raw", "received_at", "status", "reason",
            "reason_field", "case_id", "citizen_id", "hospital", "department", "patient_name",
            "sender_ean", "receiver_ean", "receiver_municipality", "plan_type",
            "discharge_date", "start_text")  # fmt: skip
_JSON_COLUMNS = ("diagnoses", "receipt")
_KEEP = f"""
INSERT INTO ggop_messages ({", ".join((*_COLUMNS, *_JSON_COLUMNS))})
VALUES ({", ".join(f"${n}" for n in range(1, len(_COLUMNS) + 1))},
        ${len(_COLUMNS) + 1}::jsonb, ${len(_COLUMNS) + 2}::jsonb)
ON CONFLICT ON CONSTRAINT uq_ggop_messages_centre_message DO NOTHING
RETURNING id
"""  # noqa: S608 (the column names are this module's constants)


async def keep_message(session: AsyncSession, **values: Any) -> bool:
    """Keep the message with its outcome; False when its id is kept already. `values`: the
    columns of `ggop_messages`, those not given NULL (the diagnoses none).

    A second delivery while the first is still being written waits on the unique index and
    then finds the first one's row: one message, one case, however many deliveries at once.
    """
    unknown = values.keys() - {*_COLUMNS, *_JSON_COLUMNS}
    assert not unknown, unknown
    kept = await (await driver(session)).fetchval(
        _KEEP,
        *(values.get(name) for name in _COLUMNS),
        json.dumps(values.get("diagnoses", [])),
        json.dumps(values.get("receipt", {})),
    )
    return kept is not None


async def stored_receipt(
    session: AsyncSession, centre_id: uuid.UUID, message_id: str
) -> tuple[dict[str, Any], uuid.UUID | None]:
    """The receipt given for a message already kept, and its citizen."""
    row = (
        await session.execute(
            select(GgopMessage.receipt, GgopMessage.citizen_id).where(
                GgopMessage.centre_id == centre_id, GgopMessage.message_id == message_id
            )
        )
    ).one()
    return dict(row.receipt), row.citizen_id


async def list_messages(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    status: str | None,
    limit: int,
    offset: int,
    message: uuid.UUID | None = None,
) -> Sequence[Any]:
    """Received plans, those needing handling first, then the newest; with the citizen's
    name where the plan found or created one."""
    needs_handling = case(
        (GgopMessage.status.in_(NEEDS_HANDLING) & GgopMessage.handled_at.is_(None), 0), else_=1
    )
    statement = (
        select(
            GgopMessage.id,
            GgopMessage.message_id,
            GgopMessage.received_at,
            GgopMessage.status,
            GgopMessage.reason,
            GgopMessage.reason_field,
            GgopMessage.case_id,
            GgopMessage.citizen_id,
            Citizen.name.label("citizen_name"),
            GgopMessage.patient_name,
            GgopMessage.hospital,
            GgopMessage.department,
            GgopMessage.receiver_municipality,
            GgopMessage.plan_type,
            GgopMessage.discharge_date,
            GgopMessage.start_text,
            GgopMessage.diagnoses,
            GgopMessage.handled_at,
            GgopMessage.handled_by,
            func.count().over().label("total"),
        )
        .outerjoin(Citizen, Citizen.id == GgopMessage.citizen_id)
        .where(GgopMessage.centre_id == centre_id)
        .order_by(needs_handling, GgopMessage.received_at.desc(), GgopMessage.id)
        .limit(limit)
        .offset(offset)
    )
    if status is not None:
        statement = statement.where(GgopMessage.status == status)
    if message is not None:
        statement = statement.where(GgopMessage.id == message)
    return (await session.execute(statement)).all()


async def mark_handled(
    session: AsyncSession, centre_id: uuid.UUID, message: uuid.UUID, *, actor: str, now: datetime
) -> uuid.UUID | None:
    """Staff have dealt with a failed or another municipality's plan; its citizen, if any."""
    row = (
        await session.execute(
            select(GgopMessage.status, GgopMessage.handled_at, GgopMessage.citizen_id)
            .where(GgopMessage.centre_id == centre_id, GgopMessage.id == message)
            .with_for_update()
        )
    ).one_or_none()
    if row is None:
        raise NotFound("Beskeden findes ikke.")
    if row.status not in NEEDS_HANDLING:
        raise Conflict(
            "Kun fejlede planer og planer til en anden kommune markeres som håndteret.",
            rule=f"status:{row.status}",
        )
    if row.handled_at is not None:
        raise Conflict("Beskeden er allerede markeret som håndteret.", rule="handled")
    await session.execute(
        update(GgopMessage)
        .where(GgopMessage.id == message)
        .values(handled_at=now, handled_by=actor)
    )
    citizen: uuid.UUID | None = row.citizen_id
    return citizen
