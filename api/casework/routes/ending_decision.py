"""The decision to end a § 86 course, and its preview."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from api.casework.routes import CONFLICT, Workers
from api.casework.schemas import CaseOut, EndingDecisionIn
from api.casework.use_cases import ending_decision
from api.context import guard
from api.letters import LetterPreview
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["visitation"])


@router.post(
    "/cases/{case_id}/ending-decision",
    operation_id="visitation-decide_ending",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def decide_ending(
    case_id: uuid.UUID, body: EndingDecisionIn, work: Work, workers: Workers
) -> CaseOut:
    """The decision to end the case's § 86 course other than at the citizen's wish: a
    reasoned letter with the complaint guidance. The course is ended first
    (`POST /courses/{id}/ending`); the citizen may complain as about any decision."""
    return await ending_decision.decide_ending(work, case_id, body, workers=workers)


@router.post(
    "/cases/{case_id}/ending-decision/preview",
    operation_id="visitation-preview_ending_decision",
    responses=CONFLICT,
    **guard(Permission.CASES_READ, citizen_data="read"),
)
async def preview_ending_decision(
    case_id: uuid.UUID, body: EndingDecisionIn, work: Work, workers: Workers
) -> LetterPreview:
    """The ending decision's letter as it would be sent, complaint guidance included;
    nothing is saved."""
    html = await ending_decision.preview_ending_decision(work, case_id, body, workers=workers)
    return LetterPreview(html=html)
