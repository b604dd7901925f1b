"""Intake's use cases: a hospital plan (GGOP) received, the staff's list, a failed plan
marked as handled.

A plan is never lost: it is kept as it came before it is read, and one that cannot become a
case is kept with the reason (a savepoint undoes the half-made case, the message stays).
The same message id delivered again gets the receipt the first delivery got.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from api.casework import RehabPlanIn, open_referral
from api.context import audit
from api.intake.schemas import GgopMessageOut, GgopMessagesOut, ReceiptOut
from api.unit_of_work import UnitOfWork
from domain.casework import REHAB_PLAN_BASES
from domain.citizens import MUNICIPALITIES, is_other_municipality
from domain.errors import DomainError
from domain.intake import (
    Envelope,
    GgopPlan,
    IntakeStatus,
    read_envelope,
    read_plan,
    site_code_for,
    summarise_plan,
)
from persistence import intake
from persistence.citizens import find_or_add_citizen


@dataclass(frozen=True, slots=True)
class Delivery:
    receipt: ReceiptOut
    repeated: bool  # the message id was already kept: this is the first delivery's receipt


@dataclass(slots=True)
class _Outcome:
    status: IntakeStatus
    reason: str | None = None
    reason_field: str | None = None
    case_id: uuid.UUID | None = None
    citizen_id: uuid.UUID | None = None
    columns: dict[str, Any] = field(default_factory=dict)  # the plan's fields, as read


async def receive_ggop(work: UnitOfWork, raw: bytes) -> Delivery:
    """Map the message to a § 140 referral, keep it with its outcome, answer the receipt.

    The message is written last, in the transaction that opened its case: the unique index
    on its id decides between two deliveries at once, and the loser's case is rolled back.
    """
    session, caller = work.session, work.caller
    envelope = read_envelope(raw)  # not a GGOP message at all: refused, nothing kept
    now = caller.now()
    outcome = await _map_or_fail(work, envelope, now)
    receipt = ReceiptOut(
        intake_id=uuid.uuid4(),
        message_id=envelope.message_id,
        received_at=now,
        outcome="positive" if outcome.case_id is not None else "negative",
        status=outcome.status,
        reason=outcome.reason,
        field=outcome.reason_field,
        case_id=outcome.case_id,
    )
    kept = await intake.keep_message(
        session,
        id=receipt.intake_id,
        centre_id=caller.centre_id,
        message_id=envelope.message_id,
        raw=raw,
        received_at=now,
        status=outcome.status.value,
        reason=outcome.reason,
        reason_field=outcome.reason_field,
        case_id=outcome.case_id,
        citizen_id=outcome.citizen_id,
        receipt=receipt.model_dump(mode="json"),
        **outcome.columns,
    )
    if not kept:
        # Delivered before (or just now, by a delivery that committed first): undo this
        # delivery's case and answer the first receipt.
        await session.rollback()
        stored, citizen_id = await intake.stored_receipt(
            session, caller.centre_id, envelope.message_id
        )
        await audit(session, caller, use="read", citizen_ids=[citizen_id] if citizen_id else [])
        return Delivery(ReceiptOut.model_validate(stored), repeated=True)
    if outcome.citizen_id is None:
        # The kept message holds personal data even when no citizen could be named.
        await audit(session, caller, use="create", citizen_ids=[], criterion="ggop")
    return Delivery(receipt, repeated=False)


async def _map_or_fail(work: UnitOfWork, envelope: Envelope, now: datetime) -> _Outcome:
    """The case the plan opens, or the reason it opens none; a failure rolls back whatever
    the attempt wrote (a citizen, half a case), so only the message is kept."""
    summary = summarise_plan(envelope.plan)
    columns: dict[str, Any] = {
        "hospital": summary.hospital,
        "department": summary.department,
        "patient_name": summary.patient_name,
    }
    try:
        plan = read_plan(envelope.plan, today=work.caller.today())
        columns.update(_columns(plan))
        return await _map(work, plan, envelope.message_id, now, columns)
    except DomainError as refused:
        await work.session.rollback()
        return _Outcome(IntakeStatus.FAILED, refused.message, refused.field, columns=columns)
    except ValidationError as refused:
        # A value the referral's own rules refuse (a control character, a date out of range).
        await work.session.rollback()
        first = refused.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or None
        return _Outcome(
            IntakeStatus.FAILED,
            "Planen har en værdi, som en henvendelse ikke kan indeholde.",
            where,
            columns=columns,
        )


async def _map(
    work: UnitOfWork, plan: GgopPlan, message_id: str, now: datetime, columns: dict[str, Any]
) -> _Outcome:
    if plan.for_other_municipality:
        code = plan.receiver_municipality
        return _Outcome(
            IntakeStatus.OTHER_MUNICIPALITY,
            f"Planen er sendt til en anden kommune ({MUNICIPALITIES[code]}, {code}).",
            "Receiver.Identifier",
            columns=columns,
        )
    session, caller = work.session, work.caller
    practitioner = plan.general_practitioner
    # Not logged on its own: the referral's entry below names the citizen it was made for,
    # and a failure undoes both.
    citizen_id, municipality, _ = await find_or_add_citizen(
        session,
        caller.centre_id,
        cpr=plan.cpr,
        name=plan.patient_name,
        address=plan.patient_address,
        # The hospital sends the plan to the municipality the citizen lives in.
        municipality_code=plan.receiver_municipality,
        general_practitioner=practitioner.name if practitioner else None,
        general_practitioner_clinic=practitioner.clinic if practitioner else None,
        general_practitioner_provider_number=practitioner.provider_number if practitioner else None,
    )
    site_code = site_code_for(municipality, plan.receiver_municipality)
    sites = await work.site_ids()
    case_id, _ = await open_referral(
        work,
        RehabPlanIn(
            legal_basis=REHAB_PLAN_BASES[0],
            citizen_id=citizen_id,
            site_id=sites[site_code],
            received_at=now,
            condition=plan.condition,
            hospital=plan.hospital,
            department=plan.department,
            plan_type=plan.plan_type,
            discharge_date=plan.discharge_date,
            health_start_date=plan.start_date,
            # The sender's own reference, as for any integration's referral.
            sender_system=MEDCOM,
            sender_reference=message_id,
        ),
        municipality_code=municipality,
    )
    if is_other_municipality(municipality):
        return _Outcome(
            IntakeStatus.OTHER_MUNICIPALITY,
            "Borgeren bor i en anden kommune; sagen er oprettet og markeret.",
            "Patient",
            case_id,
            citizen_id,
            columns,
        )
    return _Outcome(IntakeStatus.MAPPED, None, None, case_id, citizen_id, columns)


MEDCOM = "MedCom"  # the sender system of a hospital plan's reference


def _columns(plan: GgopPlan) -> dict[str, Any]:
    """What the plan said, kept beside the message for the staff's list."""
    return {
        "hospital": plan.hospital,
        "department": plan.department,
        "patient_name": plan.patient_name,
        "sender_ean": plan.sender_ean,
        "receiver_ean": plan.receiver_ean,
        "receiver_municipality": plan.receiver_municipality,
        "plan_type": plan.plan_type.value,
        "discharge_date": plan.discharge_date,
        "start_text": plan.start_text,
        "diagnoses": [{"code": d.code, "text": d.text} for d in plan.diagnoses],
    }


async def list_ggop_messages(
    work: UnitOfWork, *, status: IntakeStatus | None, limit: int, offset: int
) -> GgopMessagesOut:
    """Received plans for staff: failed and another municipality's not yet handled first."""
    session, caller = work.session, work.caller
    rows = await intake.list_messages(
        session,
        caller.centre_id,
        status=status.value if status else None,
        limit=limit,
        offset=offset,
    )
    await audit(
        session,
        caller,
        use="read",
        citizen_ids=[row.citizen_id for row in rows if row.citizen_id is not None],
        criterion=f"ggop status={status.value if status else 'alle'}",
    )
    items = [GgopMessageOut.model_validate(row, from_attributes=True) for row in rows]
    return GgopMessagesOut(items=items, total=rows[0].total if rows else 0)


async def mark_handled(work: UnitOfWork, message: uuid.UUID) -> GgopMessageOut:
    """Staff have dealt with a failed plan or another municipality's (forwarded, registered
    by hand): it leaves the top of the list."""
    session, caller = work.session, work.caller
    citizen_id = await intake.mark_handled(
        session, caller.centre_id, message, actor=caller.actor, now=caller.now()
    )
    await audit(
        session, caller, use="change", citizen_ids=[citizen_id] if citizen_id else [],
        criterion="ggop handled",
    )  # fmt: skip
    row = next(
        row
        for row in await intake.list_messages(
            session, caller.centre_id, status=None, limit=1, offset=0, message=message
        )
    )
    return GgopMessageOut.model_validate(row, from_attributes=True)
