"""The access log for auditors, and a citizen's own request to see who used their data."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Query

from api.access.schemas import (
    AccessLogEntryOut,
    AccessLogPage,
    CitizenReport,
    CitizenReportEntry,
    CitizenReportIn,
)
from api.context import CallerDep, Session, audit, guard
from api.fields import CalendarDate
from domain.access.permissions import Permission
from domain.calendar import COPENHAGEN, FIRST_YEAR, LAST_YEAR
from domain.errors import RuleViolation
from persistence.access import access_log
from persistence.centre import Centre
from persistence.citizens import get_citizen

router = APIRouter(prefix="/access-log", tags=["access_log"])


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=COPENHAGEN)


@router.get(
    "",
    operation_id="access_log-search",
    **guard(Permission.ACCESS_LOG_READ, citizen_data="search"),
)
async def search(
    session: Session,
    caller: CallerDep,
    citizen_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    from_: Annotated[CalendarDate | None, Query(alias="from")] = None,
    to: Annotated[CalendarDate | None, Query(description="Not before `from`.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    cursor: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
) -> AccessLogPage:
    """Entries newest first, by citizen, user and period (Copenhagen dates, both included)."""
    for field, day in (("from", from_), ("to", to)):
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise RuleViolation(f"Datoen skal ligge i årene {FIRST_YEAR}-{LAST_YEAR}.", field=field)
    if from_ and to and to < from_:
        raise RuleViolation("Perioden slutter før den begynder.", field="to")
    rows = await access_log.search_access_log(
        session,
        caller.centre_id,
        limit=limit + 1,
        before_id=cursor,
        citizen_id=citizen_id,
        user_id=user_id,
        since=_start_of(from_) if from_ else None,
        until=_start_of(to + timedelta(days=1)) if to else None,
    )
    page = rows[:limit]
    # The auditor's own search is a use of personal data too.
    criterion = f"citizen={citizen_id or '*'} user={user_id or '*'} from={from_} to={to}"
    await audit(
        session,
        caller,
        use="search",
        citizen_ids=[citizen_id] if citizen_id else [],
        criterion=criterion[:200],
    )
    return AccessLogPage(
        items=[AccessLogEntryOut.model_validate(row, from_attributes=True) for row in page],
        next_cursor=str(page[-1].id) if len(rows) > limit else None,
    )


@router.post(
    "/citizen-report",
    operation_id="access_log-citizen_report",
    **guard(Permission.ACCESS_LOG_READ, citizen_data="export"),
)
async def citizen_report(
    body: CitizenReportIn, session: Session, caller: CallerDep
) -> CitizenReport:
    """Answer a citizen's request (GDPR art. 15) for the uses of their data."""
    await get_citizen(session, caller.centre_id, body.citizen_id, field="citizen_id")
    centre = await session.get(Centre, caller.centre_id)
    assert centre is not None
    rows = await access_log.uses_of_citizen(session, caller.centre_id, body.citizen_id)
    await audit(session, caller, use="export", citizen_ids=[body.citizen_id])
    return CitizenReport(
        citizen_id=body.citizen_id,
        entries=[
            CitizenReportEntry(at=row.at, use=row.use, operation=row.operation,
                               organisation=centre.name)
            for row in rows
        ],
    )  # fmt: skip
