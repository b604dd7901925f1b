"""The worklist: open cases by their nearest deadline."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic_core import to_json

from api.casework.schemas import Worklist, WorklistCounts
from api.casework.use_cases.worklist import count_worklist, list_worklist
from api.context import guard
from api.unit_of_work import Work
from domain.access import Permission
from domain.casework.deadlines import DeadlineStatus
from domain.errors import RuleViolation

router = APIRouter(tags=["worklist"])

MAX_PAGE = 200


# The last row of a page: its due date (days after CURSOR_EPOCH) and its deadline's id. Any
# text of this shape is a position in the list, so the declared pattern is the whole rule.
CURSOR_PATTERN = r"^[0-9]{1,5}\.[0-9a-f]{32}$"
CURSOR_EPOCH = date(2000, 1, 1)


def encode_cursor(due: date, deadline_id: uuid.UUID) -> str:
    return f"{(due - CURSOR_EPOCH).days}.{deadline_id.hex}"


def decode_cursor(cursor: str) -> tuple[date, uuid.UUID]:
    if not re.fullmatch(CURSOR_PATTERN, cursor):
        raise RuleViolation("Ugyldig markør til næste side.", field="cursor")
    days, deadline_id = cursor.split(".")
    return CURSOR_EPOCH + timedelta(days=int(days)), uuid.UUID(hex=deadline_id)


@router.get(
    "/worklist",
    operation_id="worklist-list",
    response_model=Worklist,
    **guard(Permission.WORKLIST_READ, citizen_data="read"),
)
async def worklist(
    work: Work,
    legal_basis: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Z0-9_]+$")] = None,
    site_id: uuid.UUID | None = None,
    status: DeadlineStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    cursor: Annotated[
        str | None,
        Query(pattern=CURSOR_PATTERN, description="A page's `next_cursor`, for the next page."),
    ] = None,
    mine: Annotated[bool, Query(description="Only the cases assigned to the caller.")] = False,
) -> Response:
    """Open cases ordered by their nearest open deadline, with working days left."""
    after = decode_cursor(cursor) if cursor else None
    page = await list_worklist(
        work, legal_basis=legal_basis, site_id=site_id, status=status, limit=limit, after=after,
        mine=mine,
    )  # fmt: skip
    following = page.next_after
    # The items are already the schema's JSON (the lean way: persistence/access/reads.py).
    body = {"items": page.items, "next_cursor": encode_cursor(*following) if following else None}
    return Response(to_json(body), media_type="application/json")


@router.get(
    "/worklist/counts",
    operation_id="worklist-count",
    **guard(Permission.WORKLIST_READ),
)
async def worklist_counts(
    work: Work,
    legal_basis: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Z0-9_]+$")] = None,
    site_id: uuid.UUID | None = None,
    mine: Annotated[bool, Query(description="Only the cases assigned to the caller.")] = False,
) -> WorklistCounts:
    """How many of the listed cases' nearest deadlines are overdue, due today, and due after
    today within three working days (numbers only: no citizen's data)."""
    counts = await count_worklist(work, legal_basis=legal_basis, site_id=site_id, mine=mine)
    return WorklistCounts(**counts)
