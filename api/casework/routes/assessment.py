"""The initial assessment and its findings."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from api.casework.routes import CONFLICT
from api.casework.schemas import AssessmentIn, CaseOut
from api.casework.use_cases import assessment
from api.context import guard
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["visitation"])


@router.post(
    "/cases/{case_id}/assessment",
    operation_id="visitation-assess",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def assess(case_id: uuid.UUID, body: AssessmentIn, work: Work) -> CaseOut:
    """Record the initial assessment; the eligibility rules give their findings with the facts
    they used. A hospital plan is never refused: a clash is flagged for the therapist."""
    return await assessment.assess(work, case_id, body)
