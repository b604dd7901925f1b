"""The worklist: open cases by their nearest deadline."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Query

from api.casework.schemas import Worklist, WorklistItem
from api.centre import SiteRef
from api.context import CallerDep, Session, audit, guard
from domain.access import Permission, Principal
from domain.casework.deadlines import DeadlineStatus, due_date_bounds, progress
from domain.centre import LimitKind
from domain.errors import RuleViolation
from persistence.casework import cases
from persistence.centre import working_day_calendar

router = APIRouter(tags=["worklist"])

MAX_PAGE = 200


def _restriction(principal: Principal) -> tuple[frozenset[uuid.UUID], uuid.UUID] | None:
    """A therapist's list holds their own sites' cases and those assigned to them."""
    if principal.may(Permission.CASES_ALL_SITES):
        return None
    return principal.site_ids, principal.id


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
    **guard(Permission.WORKLIST_READ, citizen_data="read"),
)
async def worklist(
    session: Session,
    caller: CallerDep,
    legal_basis: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Z0-9_]+$")] = None,
    site_id: uuid.UUID | None = None,
    status: DeadlineStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    cursor: Annotated[
        str | None,
        Query(pattern=CURSOR_PATTERN, description="A page's `next_cursor`, for the next page."),
    ] = None,
) -> Worklist:
    """Open cases ordered by their nearest open deadline, with working days left."""
    after = decode_cursor(cursor) if cursor else None
    calendar = await working_day_calendar(session, caller.centre_id)
    today = caller.today()
    due_from, due_until = due_date_bounds(status, today, calendar) if status else (None, None)
    rows = await cases.worklist(
        session,
        caller.centre_id,
        limit=limit + 1,
        after=after,
        legal_basis=legal_basis,
        site_id=site_id,
        due_from=due_from,
        due_until=due_until,
        visible_to=_restriction(caller.principal),
    )
    page, more = rows[:limit], len(rows) > limit
    items = []
    for row in page:
        state = progress(row.due_date, today, calendar)
        items.append(
            WorklistItem(
                case_id=row.case_id,
                citizen_name=row.citizen_name,
                legal_basis=row.legal_basis,
                site=SiteRef(id=row.site_id, code=row.site_code, name=row.site_name),
                received_at=row.received_at,
                deadline_kind=LimitKind(row.deadline_kind),
                due_date=row.due_date,
                working_days_left=state.working_days_left,
                status=state.status,
            )
        )
    if page:
        await audit(
            session,
            caller,
            use="read",
            citizen_ids=[row.citizen_id for row in page],
        )
    last = page[-1] if more else None
    return Worklist(
        items=items,
        next_cursor=encode_cursor(last.due_date, last.deadline_id) if last else None,
    )
