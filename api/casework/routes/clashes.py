"""The invitations migration 0012 could not put in the calendar, for the team leader to
rebook."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from api.casework.schemas import ClashRebookIn, InvitationClashOut
from api.casework.use_cases import clashes
from api.context import guard
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["visitation"])


@router.get(
    "/invitation-clashes",
    operation_id="visitation-list_invitation_clashes",
    **guard(Permission.SCHEDULING_MANAGE, citizen_data="read"),
)
async def list_invitation_clashes(work: Work) -> list[InvitationClashOut]:
    """Invitations made before bookings whose conversation met another booking of the
    therapist or the citizen when moved into the calendar; kept as they were, to rebook."""
    return await clashes.invitation_clashes(work)


@router.post(
    "/invitation-clashes/{clash_id}/rebook",
    operation_id="visitation-rebook_invitation_clash",
    responses={409: {"description": "The new time clashes: `clashing_appointment_id`"}},
    **guard(Permission.SCHEDULING_MANAGE, citizen_data="change"),
)
async def rebook_invitation_clash(
    clash_id: uuid.UUID, body: ClashRebookIn, work: Work
) -> list[InvitationClashOut]:
    """Book the conversation at a new time with every check of a booking; the invitation
    names the new time, and the answer is the clashes left."""
    return await clashes.rebook_clash(work, clash_id, body)
