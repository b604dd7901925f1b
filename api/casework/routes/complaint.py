"""Complaints: received, upheld by the reassessment, forwarded to Ankestyrelsen."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from api.casework.routes import CONFLICT, Workers
from api.casework.schemas import CaseOut, ComplaintIn, ForwardIn, ReassessmentIn
from api.casework.use_cases import complaint
from api.context import guard
from api.idempotency import IDEMPOTENCY_RESPONSES, Once, also_in_progress
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["visitation"])


@router.post(
    "/cases/{case_id}/complaints",
    operation_id="visitation-register_complaint",
    status_code=status.HTTP_201_CREATED,
    response_model=CaseOut,
    responses={
        **IDEMPOTENCY_RESPONSES,
        **also_in_progress("The step is not allowed in the case's current state"),
    },
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def register_complaint(
    case_id: uuid.UUID, body: ComplaintIn, work: Work, once: Once
) -> Response:
    """A complaint against the decision: accepted even when late (then flagged); the
    reassessment deadline, 28 days from receipt, goes on the worklist."""
    return await once.run(work, lambda: complaint.receive_complaint(work, case_id, body))


@router.post(
    "/cases/{case_id}/reassessment",
    operation_id="visitation-uphold",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def uphold(case_id: uuid.UUID, body: ReassessmentIn, work: Work, workers: Workers) -> CaseOut:
    """The reassessment upholds the decision (a changed decision is a new decision instead);
    the citizen is told, and the complaint is then sent to Ankestyrelsen."""
    return await complaint.uphold(work, case_id, body, workers=workers)


@router.post(
    "/cases/{case_id}/appeals-board",
    operation_id="visitation-forward_to_appeals_board",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="export"),
)
async def forward_to_appeals_board(
    case_id: uuid.UUID, body: ForwardIn, work: Work, workers: Workers
) -> CaseOut:
    """Send the upheld complaint to Ankestyrelsen: the bundle (decision, complaint,
    reassessment) is made and kept with the case."""
    return await complaint.forward_to_appeals_board(work, case_id, body, workers=workers)
