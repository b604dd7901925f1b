"""The details of a case's steps: invitation, assessment, decisions, complaints, letters.

Each detail row belongs to the event that recorded it; a corrected event's details no longer
count, so the case answer shows only those of live events.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.casework import free_choice
from domain.casework.case_lifecycle import CaseEvent
from domain.casework.free_choice import StartOffer
from domain.errors import NotFound
from persistence.casework import case_events
from persistence.casework.models import (
    Assessment,
    CaseEventRow,
    Complaint,
    Decision,
    Invitation,
    RehabPlan,
)

FREE_CHOICE = "free_choice"


_CORRECTION = aliased(CaseEventRow)


def _live(detail: type[Assessment | Complaint | Decision | Invitation]) -> Select[Any]:
    """The rows of `detail` whose event stands (no correction undid it), newest step first."""
    return (
        select(detail)
        .join(CaseEventRow, CaseEventRow.id == detail.event_id)
        .where(~exists().where(_CORRECTION.corrects == detail.event_id))
        .order_by(CaseEventRow.position.desc())
    )


Detail = TypeVar("Detail", Assessment, Complaint, Decision, Invitation)


async def latest(session: AsyncSession, detail: type[Detail], case_id: uuid.UUID) -> Detail | None:
    """The newest live row of a step's details on the case (the open complaint, the decision
    in force, the assessment)."""
    found: Detail | None = await session.scalar(
        _live(detail).where(detail.case_id == case_id).limit(1)
    )
    return found


async def get_decision(
    session: AsyncSession, centre_id: uuid.UUID, decision_id: uuid.UUID
) -> Decision:
    found = await session.scalar(
        select(Decision).where(Decision.centre_id == centre_id, Decision.id == decision_id)
    )
    if found is None:
        raise NotFound("Afgørelsen findes ikke.")
    return found


async def undo_complaint_step(session: AsyncSession, case_id: uuid.UUID, event: CaseEvent) -> None:
    """A corrected complaint step: the complaint, its upholding or its forwarding never was.

    Called after the correction is recorded, so the complaint still standing is the one the
    undone step belonged to."""
    if event is CaseEvent.RECEIVE_COMPLAINT:
        await case_events.remove_deadline(session, case_id, "reassessment")
        return
    complaint = await latest(session, Complaint, case_id)
    if complaint is None:
        return
    if event is CaseEvent.UPHOLD:
        complaint.outcome = complaint.reassessed_on = complaint.reassessment_note = None
    elif event is CaseEvent.FORWARD:
        complaint.forwarded_on = complaint.bundle_letter_id = None
    elif event in (CaseEvent.GRANT, CaseEvent.REFUSE) and complaint.outcome == "changed":
        complaint.outcome = complaint.reassessed_on = None  # the changed decision undone
    await session.flush()


async def record_start_as_offer(
    session: AsyncSession, case_id: uuid.UUID, started_on: date
) -> None:
    """Sundhedsloven § 140, stk. 4: a start nobody recorded an offer for is itself the offer,
    judged against the free-choice date like any other."""
    plan = await session.get(RehabPlan, case_id)
    offer = free_choice.start_as_offer(_offer(plan), started_on) if plan is not None else None
    if plan is None or offer is None:
        return
    _record_offer(plan, offer)
    await case_events.set_deadline_met(session, case_id, FREE_CHOICE, offer.start_offered_on)


async def undo_start_as_offer(session: AsyncSession, case_id: uuid.UUID, started_on: date) -> None:
    """A corrected start takes back the offer it stood for (not one recorded on its own)."""
    plan = await session.get(RehabPlan, case_id)
    offer = free_choice.undo_start_as_offer(_offer(plan), started_on) if plan is not None else None
    if plan is None or offer is None:
        return
    _record_offer(plan, offer)
    await case_events.set_deadline_met(session, case_id, FREE_CHOICE, offer.start_offered_on)


def _offer(plan: RehabPlan) -> StartOffer:
    return StartOffer(plan.start_offered_on, plan.first_start_offered, plan.free_choice_offered)


def _record_offer(plan: RehabPlan, offer: StartOffer) -> None:
    plan.start_offered_on = offer.start_offered_on
    plan.first_start_offered = offer.first_start_offered
    plan.free_choice_offered = offer.free_choice_offered


async def decision_in_force(session: AsyncSession, case_id: uuid.UUID) -> Decision | None:
    """The case's decision in force (the newest whose event stands)."""
    return await latest(session, Decision, case_id)
