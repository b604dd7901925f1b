"""The decision, its preview, and the day the citizen received it."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from api.casework.routes import CONFLICT, Workers
from api.casework.schemas import CaseOut, DecisionIn, DecisionReceiptIn
from api.casework.use_cases import decision
from api.context import guard
from api.letters import LetterPreview
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["visitation"])


@router.post(
    "/cases/{case_id}/decision",
    operation_id="visitation-decide",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def decide(case_id: uuid.UUID, body: DecisionIn, work: Work, workers: Workers) -> CaseOut:
    """Grant a course or refuse with reasons (§ 86), with its letter and complaint guidance.
    After a complaint this is the changed decision. A hospital plan is never refused."""
    return await decision.decide(work, case_id, body, workers=workers)


@router.post(
    "/cases/{case_id}/decision/preview",
    operation_id="visitation-preview_decision",
    **guard(Permission.CASES_READ, citizen_data="read"),
)
async def preview_decision(
    case_id: uuid.UUID, body: DecisionIn, work: Work, workers: Workers
) -> LetterPreview:
    """The decision letter as it would be sent, complaint guidance included; nothing saved."""
    html = await decision.preview_decision(work, case_id, body, workers=workers)
    return LetterPreview(html=html)


@router.post(
    "/cases/{case_id}/decision/receipt",
    operation_id="visitation-record_decision_receipt",
    responses={409: {"description": "The case has no decision"}},
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def record_decision_receipt(
    case_id: uuid.UUID, body: DecisionReceiptIn, work: Work
) -> CaseOut:
    """The day the citizen received a decision sent by post; the complaint window counts
    from it."""
    return await decision.record_decision_receipt(work, case_id, body)
