"""Referrals open cases; a case shows its deadlines and how close each one is."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from pydantic_core import to_json

from api.casework.schemas import (
    CASE_LIST_CURSOR_PATTERN,
    CASE_LIST_MAX_PAGE,
    CaseEventIn,
    CaseList,
    CaseOut,
    CorrectionIn,
    ReferralIn,
)
from api.casework.use_cases import case_list, cases
from api.context import guard
from api.fields import Day
from api.idempotency import IDEMPOTENCY_RESPONSES, Once, also_in_progress
from api.lean_route import LeanRoute, hot
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["cases"], route_class=LeanRoute)


@router.post(
    "/referrals",
    operation_id="cases-register_referral",
    status_code=status.HTTP_201_CREATED,
    response_model=CaseOut,
    responses={
        200: {
            "description": "A referral with a sender reference already registered: the case "
            "it opened, unchanged",
            "model": CaseOut,
        },
        **IDEMPOTENCY_RESPONSES,
        **also_in_progress("The sender reference names a case outside the caller's reach"),
    },
    **guard(Permission.CASES_WRITE, citizen_data="create"),
)
async def register_referral(body: ReferralIn, work: Work, once: Once) -> Response:
    """Register a hospital plan (§ 140) or an application (§ 86); the case gets its deadlines.

    Sent again with the same `sender_reference` (and sender system), it opens no new case:
    200 with the case the first one opened. A referral of a citizen who already has a case of
    the same legal basis received the same day is registered and flagged
    (`possible_duplicate_of`) for staff to look at."""

    async def registered() -> tuple[CaseOut, int]:
        found = await cases.receive_referral(work, body)
        return found.case, status.HTTP_201_CREATED if found.created else status.HTTP_200_OK

    return await once.run(work, registered)


class CaseListStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    ALL = "all"


@router.get(
    "/cases",
    operation_id="cases-list",
    response_model=CaseList,
    **guard(Permission.CASES_READ, citizen_data="export"),
)
async def list_cases(
    work: Work,
    status: Annotated[
        CaseListStatus, Query(description="open, closed (ended) or all cases.")
    ] = CaseListStatus.ALL,
    site_id: uuid.UUID | None = None,
    legal_basis: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Z0-9_]+$")] = None,
    received_from: Annotated[
        Day | None, Query(description="Received on or after this day (Copenhagen).")
    ] = None,
    received_to: Annotated[
        Day | None, Query(description="Received on or before this day; not before the first.")
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=CASE_LIST_MAX_PAGE, description="Page size, at most 500.")
    ] = 100,
    cursor: Annotated[
        str | None,
        Query(pattern=CASE_LIST_CURSOR_PATTERN, description="A page's `next_cursor`."),
    ] = None,
) -> Response:
    """Every case the caller may see, open or closed, by day of receipt then id, a page at a
    time (keyset paging: pass `next_cursor` as `cursor`; null on the last page). For exports:
    the citizens on each page are logged as an export. Need to know: without cases.all_sites,
    the caller's sites' cases and those assigned to them (an API key needs cases.all_sites).
    No CPR numbers and no health data in the items."""
    page = await case_list.list_cases(
        work, state=status.value, limit=limit, cursor=cursor, site_id=site_id,
        legal_basis=legal_basis, received_from=received_from, received_to=received_to,
    )  # fmt: skip
    # The items are already the schema's JSON (the lean way: persistence/access/reads.py).
    return Response(
        to_json({"items": page.items, "next_cursor": page.next_cursor}),
        media_type="application/json",
    )


@router.get(
    "/cases/{case_id}",
    operation_id="cases-get",
    **guard(Permission.CASES_READ, citizen_data="read"),
)
@hot
async def get_case(case_id: uuid.UUID, work: Work) -> CaseOut:
    """A case with its referral and every deadline, met or open."""
    return await cases.show_case(work, case_id)


@router.post(
    "/cases/{case_id}/events",
    operation_id="cases-record_event",
    status_code=status.HTTP_201_CREATED,
    response_model=CaseOut,
    responses={
        **IDEMPOTENCY_RESPONSES,
        **also_in_progress("The event is not allowed in the case's current state"),
    },
    **guard(Permission.CASES_WRITE, citizen_data="change"),
)
async def record_event(case_id: uuid.UUID, body: CaseEventIn, work: Work, once: Once) -> Response:
    """Take the case one simple step on (withdraw, decline, another municipality's, ...), dated.

    Steps with details of their own (invitation, assessment, decision, start, complaint) have
    their own operations."""
    return await once.run(work, lambda: cases.record_event(work, case_id, body))


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
