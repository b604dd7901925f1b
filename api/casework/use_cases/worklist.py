"""The worklist: open cases by their nearest deadline, a page at a time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from api.casework.schemas import WorklistItem
from api.centre import LegalBasisNames, SiteRef
from api.context import audit
from api.unit_of_work import UnitOfWork
from domain.access import Permission, Principal
from domain.casework.deadlines import DeadlineStatus, due_date_bounds, progress
from domain.centre import LimitKind
from persistence.casework import cases
from persistence.centre import list_legal_bases, working_day_calendar


def _restriction(principal: Principal) -> tuple[frozenset[uuid.UUID], uuid.UUID] | None:
    """A therapist's list holds their own sites' cases and those assigned to them."""
    if principal.may(Permission.CASES_ALL_SITES):
        return None
    return principal.site_ids, principal.id


@dataclass(frozen=True, slots=True)
class WorklistPage:
    items: list[WorklistItem]
    # The last row's due date and deadline id, when another page follows: where it starts.
    next_after: tuple[date, uuid.UUID] | None


async def list_worklist(
    work: UnitOfWork,
    *,
    legal_basis: str | None,
    site_id: uuid.UUID | None,
    status: DeadlineStatus | None,
    limit: int,
    after: tuple[date, uuid.UUID] | None,
) -> WorklistPage:
    """Open cases ordered by their nearest open deadline, with working days left."""
    session, caller = work.session, work.caller
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
    names = {basis.code: LegalBasisNames.of(basis) for basis in await list_legal_bases(session)}
    items = []
    for row in page:
        state = progress(row.due_date, today, calendar)
        items.append(
            WorklistItem(
                case_id=row.case_id,
                citizen_name=row.citizen_name,
                legal_basis=row.legal_basis,
                legal_basis_names=names[row.legal_basis],
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
    return WorklistPage(items, (last.due_date, last.deadline_id) if last else None)
