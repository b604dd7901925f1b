"""The details of a case's steps: invitation, assessment, decisions, complaints, letters.

Each detail row belongs to the event that recorded it; a corrected event's details no longer
count, so the case answer shows only those of live events.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from domain.case_lifecycle import CaseEvent
from domain.errors import NotFound
from persistence import case_events
from persistence.models import (
    Assessment,
    CaseEventRow,
    Complaint,
    Course,
    Decision,
    Invitation,
    Letter,
    LetterTemplate,
    RehabPlan,
    StaffUser,
)

FREE_CHOICE = "free_choice"


@dataclass(frozen=True, slots=True)
class CaseDetails:
    invitation: Invitation | None
    therapist_name: str | None
    assessment: Assessment | None
    decisions: list[Decision]
    complaints: list[Complaint]
    course: Course | None
    letters: list[Letter]


def _live(rows: list[CaseEventRow]) -> set[uuid.UUID]:
    corrected = {row.corrects for row in rows if row.corrects is not None}
    return {row.id for row in rows if row.event is not None and row.id not in corrected}


async def details(
    session: AsyncSession, case_id: uuid.UUID, events: list[CaseEventRow]
) -> CaseDetails:
    """What a case's live events recorded, in a fixed number of queries."""
    live = _live(events)
    invitation_row = (
        await session.execute(
            select(Invitation, StaffUser.display_name)
            .join(StaffUser, StaffUser.id == Invitation.therapist_id)
            .where(Invitation.case_id == case_id, Invitation.event_id.in_(live))
        )
    ).first()
    assessment = await session.scalar(
        select(Assessment).where(Assessment.case_id == case_id, Assessment.event_id.in_(live))
    )
    decisions = await session.scalars(
        select(Decision)
        .where(Decision.case_id == case_id, Decision.event_id.in_(live))
        .order_by(Decision.sent_on, Decision.id)
    )
    complaints = await session.scalars(
        select(Complaint)
        .where(Complaint.case_id == case_id, Complaint.event_id.in_(live))
        .order_by(Complaint.received_on, Complaint.id)
    )
    course = await session.scalar(
        select(Course)
        .where(Course.case_id == case_id, Course.status != "cancelled")
        .order_by(Course.created_at.desc())
        .limit(1)
    )
    letters = await session.scalars(
        select(Letter)
        .options(defer(Letter.pdf))  # the list names the letters; the PDF comes on request
        .where(Letter.case_id == case_id)
        .order_by(Letter.created_at, Letter.id)
    )
    invitation, therapist = invitation_row if invitation_row else (None, None)
    return CaseDetails(
        invitation, therapist, assessment, list(decisions), list(complaints), course,
        list(letters),
    )  # fmt: skip


async def latest_assessment(
    session: AsyncSession, case_id: uuid.UUID, events: list[CaseEventRow]
) -> Assessment | None:
    found: Assessment | None = await session.scalar(
        select(Assessment).where(
            Assessment.case_id == case_id, Assessment.event_id.in_(_live(events))
        )
    )
    return found


async def latest_decision(
    session: AsyncSession, case_id: uuid.UUID, events: list[CaseEventRow]
) -> Decision | None:
    found: Decision | None = await session.scalar(
        select(Decision)
        .where(Decision.case_id == case_id, Decision.event_id.in_(_live(events)))
        .order_by(Decision.sent_on.desc(), Decision.id.desc())
        .limit(1)
    )
    return found


async def open_complaint(
    session: AsyncSession, case_id: uuid.UUID, events: list[CaseEventRow]
) -> Complaint | None:
    found: Complaint | None = await session.scalar(
        select(Complaint)
        .where(Complaint.case_id == case_id, Complaint.event_id.in_(_live(events)))
        .order_by(Complaint.received_on.desc(), Complaint.id.desc())
        .limit(1)
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


async def get_letter(session: AsyncSession, centre_id: uuid.UUID, letter_id: uuid.UUID) -> Letter:
    found = await session.scalar(
        select(Letter).where(Letter.centre_id == centre_id, Letter.id == letter_id)
    )
    if found is None:
        raise NotFound("Brevet findes ikke.")
    return found


async def current_templates(
    session: AsyncSession, centre_id: uuid.UUID
) -> dict[str, LetterTemplate]:
    """The newest saved version of each letter's template."""
    rows = await session.scalars(
        select(LetterTemplate)
        .where(LetterTemplate.centre_id == centre_id)
        .order_by(LetterTemplate.kind, LetterTemplate.version.desc())
        .ext(distinct_on(LetterTemplate.kind))
    )
    return {row.kind: row for row in rows}


async def add_template(
    session: AsyncSession, centre_id: uuid.UUID, kind: str, body: str, actor: str
) -> LetterTemplate:
    """A new version, numbered after the newest; the unique version makes a race a 409."""
    current = (await current_templates(session, centre_id)).get(kind)
    row = LetterTemplate(
        centre_id=centre_id,
        kind=kind,
        version=(current.version if current else 0) + 1,
        body=body,
        created_by=actor,
    )
    session.add(row)
    await session.flush()
    return row


async def undo_complaint_step(
    session: AsyncSession, case_id: uuid.UUID, event: CaseEvent, event_id: uuid.UUID
) -> None:
    """A corrected complaint step: the complaint, its upholding or its forwarding never was."""
    if event is CaseEvent.RECEIVE_COMPLAINT:
        await case_events.remove_deadline(session, case_id, "reassessment")
        return
    values: dict[str, object]
    if event is CaseEvent.UPHOLD:
        values = {"outcome": None, "reassessed_on": None, "reassessment_note": None}
    elif event is CaseEvent.FORWARD:
        values = {"forwarded_on": None, "bundle_letter_id": None}
    elif event in (CaseEvent.GRANT, CaseEvent.REFUSE):
        values = {"outcome": None, "reassessed_on": None}  # a changed decision undone
    else:
        return
    newest = (
        select(Complaint.id)
        .where(Complaint.case_id == case_id)
        .order_by(Complaint.received_on.desc(), Complaint.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = update(Complaint).where(Complaint.id == newest)
    if event in (CaseEvent.GRANT, CaseEvent.REFUSE):
        query = query.where(Complaint.outcome == "changed")
    await session.execute(query.values(**values))


async def record_start_as_offer(
    session: AsyncSession, case_id: uuid.UUID, started_on: date
) -> None:
    """Sundhedsloven § 140, stk. 4: a start nobody recorded an offer for is itself the offer,
    judged against the free-choice date like any other."""
    plan = await session.get(RehabPlan, case_id)
    if plan is None or plan.start_offered_on is not None:
        return
    plan.start_offered_on = plan.first_start_offered = started_on
    plan.free_choice_offered = False
    await case_events.set_deadline_met(session, case_id, FREE_CHOICE, started_on)


async def undo_start_as_offer(session: AsyncSession, case_id: uuid.UUID, started_on: date) -> None:
    """A corrected start takes back the offer it stood for (not one recorded on its own)."""
    plan = await session.get(RehabPlan, case_id)
    if plan is None or plan.free_choice_offered is not False:
        return
    if plan.start_offered_on == plan.first_start_offered == started_on:
        plan.start_offered_on = plan.first_start_offered = plan.free_choice_offered = None
        await case_events.set_deadline_met(session, case_id, FREE_CHOICE, None)
