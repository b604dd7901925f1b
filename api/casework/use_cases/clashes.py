"""The invitations migration 0012 could not put in the calendar: listed for the team leader
and rebooked at a new time, with every check of a booking."""

from __future__ import annotations

import uuid

from api.casework.schemas import ClashRebookIn, InvitationClashOut
from api.casework.use_cases.case_service import lock_visible
from api.casework.use_cases.invitation import conversation_booking
from api.context import audit
from api.unit_of_work import UnitOfWork
from domain.access import CLINICAL_ROLES
from domain.casework.case_lifecycle import CaseState
from domain.casework.decision import MeetingPlace, check_meeting
from domain.errors import Conflict, RuleViolation
from persistence.access import get_user
from persistence.casework import Case, lock_clash, open_clashes, resolve_clash
from persistence.scheduling import book_appointment, get_appointment


def _conversation_ahead(case: Case) -> bool:
    """The conversation is still to be held while the case waits for its assessment; once
    assessed, decided or closed there is nothing to rebook."""
    return case.status == CaseState.INVITED.value


async def invitation_clashes(work: UnitOfWork) -> list[InvitationClashOut]:
    """The clashes not yet rebooked, of the cases the caller may see."""
    answer = await _open_clashes(work)
    await audit(work.session, work.caller, use="read",
                citizen_ids={item.citizen_id for item in answer})  # fmt: skip
    return answer


async def _open_clashes(work: UnitOfWork) -> list[InvitationClashOut]:
    session, caller = work.session, work.caller
    answer = []
    for found in await open_clashes(session, caller.centre_id):
        case, invitation, clash = found.case, found.invitation, found.clash
        if not _conversation_ahead(case) or not caller.principal.may_see_case(
            case.site_id, case.assigned_to
        ):
            continue
        met = None
        if clash.clashing_appointment_id is not None:
            met = await get_appointment(session, caller.centre_id, clash.clashing_appointment_id)
        answer.append(
            InvitationClashOut(
                id=clash.id, invitation_id=invitation.id, case_id=case.id,
                citizen_id=case.citizen_id, citizen_name=found.citizen_name,
                meeting_at=invitation.meeting_at, place=MeetingPlace(invitation.place),
                site_id=invitation.site_id, therapist_id=invitation.therapist_id,
                therapist_name=found.therapist_name, resource=clash.resource,
                clashing_appointment_id=clash.clashing_appointment_id,
                clashing_starts_at=met.starts_at if met else None,
                clashing_ends_at=met.ends_at if met else None, found_at=clash.found_at,
            )
        )  # fmt: skip
    return answer


async def rebook_clash(
    work: UnitOfWork, clash_id: uuid.UUID, body: ClashRebookIn
) -> list[InvitationClashOut]:
    """Book the conversation at the new time; the invitation names the new time and
    therapist, and the clash leaves the list. Answers the clashes left."""
    session, caller = work.session, work.caller
    clash, invitation = await lock_clash(session, caller.centre_id, clash_id)
    case = await lock_visible(work, invitation.case_id)
    if not _conversation_ahead(case):
        raise Conflict(
            "Samtalen er holdt eller sagen gået videre; der er intet at booke om.",
            rule=f"state:{case.status}",
        )
    check_meeting(body.meeting_at, sent_on=caller.today())
    if body.therapist_id is not None:
        therapist = await get_user(session, caller.centre_id, body.therapist_id,
                                   field="therapist_id")  # fmt: skip
        if not therapist.active or not CLINICAL_ROLES & set(therapist.roles):
            raise RuleViolation(
                "Vælg en aktiv terapeut, visitator eller teamleder.", field="therapist_id"
            )
        invitation.therapist_id = therapist.id
    invitation.meeting_at = body.meeting_at
    appointment = await book_appointment(
        session, conversation_booking(work, case, invitation, body.outside_hours_reason)
    )
    invitation.appointment_id = appointment.id
    await resolve_clash(session, clash)
    left = await _open_clashes(work)
    # One entry: the citizen booked, and those the answer names.
    await audit(session, caller, use="change",
                citizen_ids=[case.citizen_id, *(item.citizen_id for item in left)])  # fmt: skip
    return left
