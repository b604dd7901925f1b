"""The worklist: open cases by their nearest deadline, a page at a time.

A hot read, written the lean way (persistence/access/reads.py): one statement reads the page
and writes its access-log entry, and the rows become the answer's JSON items directly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from pydantic_core import to_json

from api.unit_of_work import UnitOfWork
from domain.access import Permission, Principal
from domain.casework.deadlines import (
    DeadlineStatus,
    due_date_bounds,
    progress,
)
from domain.casework.worklist import WorklistSort
from persistence.casework import cases


def _restriction(principal: Principal) -> tuple[frozenset[uuid.UUID], uuid.UUID] | None:
    """A therapist's list holds their own sites' cases and those assigned to them."""
    if principal.may(Permission.CASES_ALL_SITES):
        return None
    return principal.site_ids, principal.id


@dataclass(frozen=True, slots=True)
class WorklistPage:
    # Each item as the API's `WorklistItem` (api/casework/schemas.py), as JSON text.
    items: list[str]
    # The last row's due date and deadline id, when another page follows: where it starts.
    next_after: tuple[date, uuid.UUID] | None

    def json(self, next_cursor: str | None) -> bytes:
        """The answer (the API's `Worklist`) with the page's `next_cursor`."""
        cursor = "null" if next_cursor is None else to_json(next_cursor).decode()
        return f'{{"items":[{",".join(self.items)}],"next_cursor":{cursor}}}'.encode()


async def list_worklist(
    work: UnitOfWork,
    *,
    legal_basis: str | None,
    site_id: uuid.UUID | None,
    status: DeadlineStatus | None,
    limit: int,
    after: tuple[date, uuid.UUID] | None,
    mine: bool = False,
    sort: WorklistSort = WorklistSort.DUE,
    after_deadline: uuid.UUID | None = None,
    name: str | None = None,
) -> WorklistPage:
    """Open cases ordered by their nearest open deadline (or as `sort` says), with working
    days left. `name` keeps the cases of citizens whose name holds it: a search, logged with
    its criterion even when it finds nobody."""
    caller = work.caller
    calendar = await work.calendar()
    today = caller.today()
    due_from, due_until = due_date_bounds(status, today, calendar) if status else (None, None)
    principal = caller.principal
    rows = await cases.worklist(
        work.session,
        caller.centre_id,
        limit=limit + 1,
        shown=limit,
        entry=caller.entry(
            use="search" if name is not None else "read",
            criterion=f"name:{name}"[:200] if name is not None else None,
        ),
        after=after,
        legal_basis=legal_basis,
        site_id=site_id,
        due_from=due_from,
        due_until=due_until,
        visible_to=_restriction(principal),
        assigned_to=principal.id if mine else None,
        sort=sort,
        after_deadline=after_deadline,
        name=name,
    )
    page, more = rows[:limit], len(rows) > limit
    # PostgreSQL wrote each item's text but for the two fields the calendar decides
    # (persistence.casework.cases' `_worklist_item`). A page's rows share a few due dates
    # (it is ordered by them): each date is reckoned once.
    middles: dict[date, str] = {}
    items = []
    for row in page:
        due = row["due_date"]
        middle = middles.get(due)
        if middle is None:
            state = progress(due, today, calendar)
            middle = middles[due] = (
                f'"working_days_left":{state.working_days_left},"status":"{state.status.value}",'
            )
        items.append(row["item_head"] + middle + row["item_tail"])
    last = page[-1] if more else None
    following = (last["due_date"], last["deadline_id"]) if last else None
    return WorklistPage(items, following)


# The dashboard's "due within 3 working days" (the words; wider than the list's
# due-soon status, which ends at 2).
DASHBOARD_WORKING_DAYS = 3


async def count_worklist(
    work: UnitOfWork,
    *,
    legal_basis: str | None,
    site_id: uuid.UUID | None,
    mine: bool,
) -> dict[str, int]:
    """The morning's dashboard: open cases whose nearest deadline is overdue, due today, or
    due after today within the due-soon window of working days."""
    caller = work.caller
    calendar = await work.calendar()
    today = caller.today()
    # The last day whose deadline is at most DASHBOARD_WORKING_DAYS working days away.
    soon_until = calendar.add(today, DASHBOARD_WORKING_DAYS + 1) - timedelta(days=1)
    principal = caller.principal
    return await cases.worklist_counts(
        work.session,
        caller.centre_id,
        today=today,
        soon_until=soon_until,
        legal_basis=legal_basis,
        site_id=site_id,
        visible_to=_restriction(principal),
        assigned_to=principal.id if mine else None,
    )
