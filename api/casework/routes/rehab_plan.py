"""Hospital plans: training started, and free choice."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from api.casework.routes import CONFLICT
from api.casework.schemas import CaseOut, FreeChoiceIn, HealthStartIn
from api.casework.use_cases import rehab_plan
from api.context import guard
from api.training import TrainingStartIn
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["visitation"])


@router.post(
    "/cases/{case_id}/training-start",
    operation_id="visitation-start_training",
    status_code=status.HTTP_201_CREATED,
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def start_training(case_id: uuid.UUID, body: TrainingStartIn, work: Work) -> CaseOut:
    """§ 140: training started, which meets the start deadline. A citizen with an active
    course either continues it under the new plan or ends it and starts anew."""
    return await rehab_plan.start_training(work, case_id, body)


@router.post(
    "/cases/{case_id}/free-choice",
    operation_id="visitation-record_free_choice",
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def record_free_choice(case_id: uuid.UUID, body: FreeChoiceIn, work: Work) -> CaseOut:
    """Sundhedsloven § 140, stk. 4: record the start offered within the free-choice date, or
    the free choice offered and what the citizen chose (a private provider ends the case)."""
    return await rehab_plan.record_free_choice(work, case_id, body)


@router.put(
    "/cases/{case_id}/health-start-date",
    operation_id="visitation-set_health_start_date",
    responses=CONFLICT,
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def set_health_start_date(case_id: uuid.UUID, body: HealthStartIn, work: Work) -> CaseOut:
    """§ 140: set the later start date the hospital gave for health reasons where its plan
    said it in words; the start target and the free-choice date move with it."""
    return await rehab_plan.set_health_start_date(work, case_id, body)
