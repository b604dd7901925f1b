"""The worklist: open cases by their nearest deadline."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from api.casework.schemas import (
    WORKLIST_CURSOR_PATTERN,
    WORKLIST_SORT_DESCRIPTION,
    Worklist,
    WorklistCounts,
    WorklistSearch,
)
from api.casework.use_cases.worklist import count_worklist, list_worklist
from api.context import guard
from api.lean_route import LeanRoute, hot
from api.unit_of_work import Work
from domain.access import Permission
from domain.casework.deadlines import DeadlineStatus
from domain.casework.worklist import WorklistSort
from domain.errors import RuleViolation

router = APIRouter(tags=["worklist"], route_class=LeanRoute)

MAX_PAGE = 200


CURSOR_PATTERN = WORKLIST_CURSOR_PATTERN
CURSOR_EPOCH = date(2000, 1, 1)
_SORT_LETTERS = {"name": "n", "received": "r"}


@dataclass(frozen=True, slots=True)
class Position:
    """Where a page starts: after a due date and deadline (due order), or after a deadline's
    row (another order)."""

    after: tuple[date, uuid.UUID] | None = None
    after_deadline: uuid.UUID | None = None


def encode_cursor(due: date, deadline_id: uuid.UUID, sort: WorklistSort = WorklistSort.DUE) -> str:
    if sort.key == "due":
        return f"{(due - CURSOR_EPOCH).days}.{deadline_id.hex}"
    return f"{_SORT_LETTERS[sort.key]}.{deadline_id.hex}"


def decode_cursor(cursor: str, sort: WorklistSort = WorklistSort.DUE) -> Position:
    if not re.fullmatch(CURSOR_PATTERN, cursor):
        raise RuleViolation("Ugyldig markør til næste side.", field="cursor")
    head, deadline_id = cursor.split(".")
    if sort.key == "due" and head.isdigit():
        return Position(
            after=(CURSOR_EPOCH + timedelta(days=int(head)), uuid.UUID(hex=deadline_id))
        )
    if head == _SORT_LETTERS.get(sort.key):
        return Position(after_deadline=uuid.UUID(hex=deadline_id))
    raise RuleViolation(
        "Markøren hører til en anden sortering af listen. Hent listen forfra.",
        field="cursor",
        rule="cursor-sort",
    )


async def _page(
    work: Work, sort: WorklistSort, cursor: str | None, limit: int, **filters: Any
) -> Response:
    position = decode_cursor(cursor, sort) if cursor else Position()
    page = await list_worklist(
        work, limit=limit, after=position.after, after_deadline=position.after_deadline,
        sort=sort, **filters,
    )  # fmt: skip
    following = page.next_after
    # The items are already the schema's JSON (the lean way: persistence/access/reads.py).
    cursor = encode_cursor(*following, sort) if following else None
    return Response(page.json(cursor), media_type="application/json")


@router.get(
    "/worklist",
    operation_id="worklist-list",
    response_model=Worklist,
    **guard(Permission.WORKLIST_READ, citizen_data="read"),
)
@hot
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
    sort: Annotated[WorklistSort, Query(description=WORKLIST_SORT_DESCRIPTION)] = WorklistSort.DUE,
) -> Response:
    """Open cases ordered by their nearest open deadline, with working days left."""
    return await _page(
        work, sort, cursor, limit, legal_basis=legal_basis, site_id=site_id, status=status,
        mine=mine,
    )  # fmt: skip


@router.post(
    "/worklist/search",
    operation_id="worklist-search",
    response_model=Worklist,
    **guard(Permission.WORKLIST_READ, citizen_data="search"),
)
@hot
async def worklist_search(body: WorklistSearch, work: Work) -> Response:
    """The worklist of the citizens whose name holds `name` (within the caller's reach, as the
    list is), in the list's order and pages. A search: logged with its criterion."""
    return await _page(
        work, body.sort, body.cursor, body.limit, legal_basis=body.legal_basis,
        site_id=body.site_id, status=body.status, mine=body.mine, name=body.name,
    )  # fmt: skip


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
