"""Referrals open cases; a case shows its deadlines and how close each one is."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from api.casework.schemas import CaseEventIn, CaseOut, CorrectionIn, ReferralIn
from api.casework.use_cases import cases
from api.context import guard
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["cases"])


@router.post(
    "/referrals",
    operation_id="cases-register_referral",
    status_code=status.HTTP_201_CREATED,
    **guard(Permission.CASES_WRITE, citizen_data="create"),
)
async def register_referral(body: ReferralIn, work: Work) -> CaseOut:
    """Register a hospital plan (§ 140) or an application (§ 86); the case gets its deadlines."""
    return await cases.register_referral(work, body)


@router.get(
    "/cases/{case_id}",
    operation_id="cases-get",
    **guard(Permission.CASES_READ, citizen_data="read"),
)
async def get_case(case_id: uuid.UUID, work: Work) -> CaseOut:
    """A case with its referral and every deadline, met or open."""
    return await cases.show_case(work, case_id)


@router.post(
    "/cases/{case_id}/events",
    operation_id="cases-record_event",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "The event is not allowed in the case's current state"}},
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def record_event(case_id: uuid.UUID, body: CaseEventIn, work: Work) -> CaseOut:
    """Take the case one simple step on (withdraw, decline, another municipality's, ...), dated.

    Steps with details of their own (invitation, assessment, decision, start, complaint) have
    their own operations."""
    return await cases.record_event(work, case_id, body)


@router.post(
    "/cases/{case_id}/corrections",
    operation_id="cases-correct_event",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Only the newest event can be corrected"}},
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def correct_event(case_id: uuid.UUID, body: CorrectionIn, work: Work) -> CaseOut:
    """Undo the newest event by a correcting event; the history keeps both, and what the
    event recorded (a booking, a decision, a course) no longer counts."""
    return await cases.correct_event(work, case_id, body)
