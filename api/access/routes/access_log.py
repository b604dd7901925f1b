"""The access log for auditors, and a citizen's own request to see who used their data."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from api.access import use_cases
from api.access.schemas import (
    AccessLogEntryOut,
    AccessLogPage,
    AuditCitizen,
    AuditCitizenList,
    AuditCitizenSearch,
    CitizenReport,
    CitizenReportEntry,
    CitizenReportIn,
)
from api.context import guard
from api.fields import CalendarDate
from api.unit_of_work import Work
from domain.access.permissions import Permission

router = APIRouter(prefix="/access-log", tags=["access_log"])


@router.get(
    "",
    operation_id="access_log-search",
    **guard(Permission.ACCESS_LOG_READ, citizen_data="search"),
)
async def search(
    work: Work,
    citizen_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    from_: Annotated[CalendarDate | None, Query(alias="from")] = None,
    to: Annotated[CalendarDate | None, Query(description="Not before `from`.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    cursor: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
) -> AccessLogPage:
    """Entries newest first, by citizen, user and period (Copenhagen dates, both included)."""
    page, next_cursor, names = await use_cases.search_access_log(
        work, citizen_id=citizen_id, user_id=user_id, from_=from_, to=to, limit=limit,
        cursor=cursor,
    )  # fmt: skip
    return AccessLogPage(
        items=[
            AccessLogEntryOut.model_validate(row, from_attributes=True).model_copy(
                update={"user_name": names.get(row.user_id) if row.user_id else None}
            )
            for row in page
        ],
        next_cursor=next_cursor,
    )


@router.post(
    "/citizen-report",
    operation_id="access_log-citizen_report",
    **guard(Permission.ACCESS_LOG_READ, citizen_data="export"),
)
async def citizen_report(body: CitizenReportIn, work: Work) -> CitizenReport:
    """Answer a citizen's request (GDPR art. 15) for the uses of their data."""
    organisation, rows = await use_cases.citizen_report(work, body.citizen_id)
    return CitizenReport(
        citizen_id=body.citizen_id,
        entries=[
            CitizenReportEntry(at=row.at, use=row.use, operation=row.operation,
                               organisation=organisation)
            for row in rows
        ],
    )  # fmt: skip


@router.post(
    "/citizens",
    operation_id="access_log-find_citizens",
    **guard(Permission.ACCESS_LOG_READ, citizen_data="search"),
)
async def find_citizens(body: AuditCitizenSearch, work: Work) -> AuditCitizenList:
    """Citizens by CPR number or part of the name, to choose whose log to read."""
    rows = await use_cases.find_citizens_for_audit(work, cpr=body.cpr, name=body.name)
    return AuditCitizenList(
        items=[AuditCitizen(id=row.id, name=row.name, birth_date=row.birth_date) for row in rows]
    )
