"""The invitation to the initial conversation and examination, and its preview."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from api.casework.routes import CONFLICT, Workers
from api.casework.schemas import CaseOut, InvitationIn
from api.casework.use_cases import invitation
from api.context import guard
from api.letters import LetterPreview
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["visitation"])


@router.post(
    "/cases/{case_id}/invitation",
    operation_id="visitation-invite",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def invite(case_id: uuid.UUID, body: InvitationIn, work: Work, workers: Workers) -> CaseOut:
    """Book the initial conversation and examination; the invitation meets its deadline on
    the day it was sent. A letter or Digital Post gets the invitation letter."""
    return await invitation.invite(work, case_id, body, workers=workers)


@router.post(
    "/cases/{case_id}/invitation/preview",
    operation_id="visitation-preview_invitation",
    **guard(Permission.CASES_READ, citizen_data="read"),
)
async def preview_invitation(
    case_id: uuid.UUID, body: InvitationIn, work: Work, workers: Workers
) -> LetterPreview:
    """The invitation letter as it would be sent; nothing is saved."""
    html = await invitation.preview_invitation(work, case_id, body, workers=workers)
    return LetterPreview(html=html)
