"""A case's assignment to a therapist."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from api.casework.schemas import AssignmentIn, AssignmentOut
from api.casework.use_cases.assignment import assign_case
from api.context import guard
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["cases"])


@router.put(
    "/cases/{case_id}/assignee",
    operation_id="cases-assign",
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def assign(case_id: uuid.UUID, body: AssignmentIn, work: Work) -> AssignmentOut:
    """Assign the case to a user with a clinical role at its site (null: to nobody)."""
    return await assign_case(work, case_id, body.user_id)
