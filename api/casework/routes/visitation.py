"""Visitation: invitation, assessment, decision, start, free choice, complaint, reassessment.

Each operation takes the case one step through the life-cycle table
(`domain.casework.case_lifecycle`) and records the step's details beside its event, in one
transaction under the case's lock. One module of routes per step; this router gathers them
in the order of the case's life.
"""

from __future__ import annotations

from fastapi import APIRouter

from api.casework.routes import (
    assessment,
    clashes,
    complaint,
    decision,
    ending_decision,
    invitation,
    rehab_plan,
)

router = APIRouter()
for step in (invitation, assessment, decision, rehab_plan, ending_decision, complaint, clashes):
    router.include_router(step.router)
