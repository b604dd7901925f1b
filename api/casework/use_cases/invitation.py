"""Booking the initial conversation and examination, and its letter."""

from __future__ import annotations

import uuid

from api.casework.schemas import CaseOut, InvitationIn
from api.casework.use_cases.case_service import answer, check_day, check_step, lock_visible, step
from api.context import audit
from api.letters import INVITATION, LetterWorkers, Parts, issue, preview
from api.unit_of_work import UnitOfWork
from domain.access import CLINICAL_ROLES
from domain.casework.case_lifecycle import CaseEvent
from domain.casework.decision import MeetingPlace, SendingChannel, check_meeting
from domain.errors import RuleViolation
from domain.scheduling import CONVERSATION_LENGTH, Place, PlaceKind, ProviderKind
from domain.training import SessionPurpose
from persistence.access import get_user
from persistence.casework.models import Case, Invitation
from persistence.centre import get_site
from persistence.scheduling import Booking, book_appointment


async def _invitation(work: UnitOfWork, body: InvitationIn, case: Case) -> Invitation:
    """The invitation row, checked; shared by the invitation and its preview."""
    session, caller = work.session, work.caller
    check_day(work, body.sent_on, case, "sent_on")
    check_meeting(body.meeting_at, sent_on=body.sent_on)
    if body.place is MeetingPlace.SITE:
        if body.site_id is None:
            raise RuleViolation("Vælg den matrikel, samtalen foregår på.", field="site_id")
        await get_site(session, caller.centre_id, body.site_id)
    therapist = await get_user(session, caller.centre_id, body.therapist_id, field="therapist_id")
    if not therapist.active or not CLINICAL_ROLES & set(therapist.roles):
        raise RuleViolation(
            "Vælg en aktiv terapeut, visitator eller teamleder.", field="therapist_id"
        )
    return Invitation(
        centre_id=case.centre_id,
        case_id=case.id,
        meeting_at=body.meeting_at,
        place=body.place.value,
        site_id=body.site_id if body.place is MeetingPlace.SITE else None,
        therapist_id=therapist.id,
        sent_on=body.sent_on,
        channel=body.channel.value,
    )


def conversation_booking(
    work: UnitOfWork, case: Case, invitation: Invitation, reason: str | None
) -> Booking:
    """The conversation in the therapist's calendar, booked with every check of a booking:
    a site without a room (rooms are booked for training), or the citizen's home."""
    at_site = invitation.place == MeetingPlace.SITE.value
    return Booking(
        centre_id=case.centre_id, citizen_id=case.citizen_id, case_id=case.id,
        purpose=SessionPurpose.INITIAL_ASSESSMENT, provider=ProviderKind.THERAPIST,
        place=Place(PlaceKind.SITE, invitation.site_id) if at_site else Place(PlaceKind.HOME),
        starts_at=invitation.meeting_at,
        ends_at=invitation.meeting_at + CONVERSATION_LENGTH,
        booked_by=work.caller.actor, staff_id=invitation.therapist_id,
        outside_hours_reason=reason,
    )  # fmt: skip


async def invite(
    work: UnitOfWork, case_id: uuid.UUID, body: InvitationIn, *, workers: LetterWorkers
) -> CaseOut:
    """Book the conversation; a letter or Digital Post gets the invitation letter."""
    case = await lock_visible(work, case_id)
    check_step(case, CaseEvent.INVITE)
    invitation = await _invitation(work, body, case)
    event = await step(work, case, CaseEvent.INVITE, body.sent_on, note=body.note)
    invitation.event_id = event.id
    appointment = await book_appointment(
        work.session, conversation_booking(work, case, invitation, body.outside_hours_reason)
    )
    invitation.appointment_id = appointment.id
    work.session.add(invitation)
    await work.session.flush()
    if body.channel is not SendingChannel.PHONE:
        letter = await issue(
            work.session,
            work.caller,
            case,
            INVITATION,
            Parts(invitation=invitation),
            workers=workers,
        )
        invitation.letter_id = letter.id
    return await answer(work, case)


async def preview_invitation(
    work: UnitOfWork, case_id: uuid.UUID, body: InvitationIn, *, workers: LetterWorkers
) -> str:
    """The invitation letter as HTML, as it would be sent; nothing is saved."""
    case = await lock_visible(work, case_id, use="read")
    invitation = await _invitation(work, body, case)
    html = await preview(
        work.session, work.caller, case, INVITATION, Parts(invitation=invitation), workers=workers
    )
    await audit(work.session, work.caller, use="read", citizen_ids=[case.citizen_id])
    return html
