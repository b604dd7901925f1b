"""The working-day calculator, for scripts and integrators (no personal data)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from api.centre import use_cases
from api.centre.schemas import WorkingDaysAdded, WorkingDaysCounted
from api.context import PUBLIC, Session, deployment_centre
from api.fields import CalendarDate

router = APIRouter(prefix="/working-days", tags=["working-days"])

# Enough to cross the whole calendar (2000-2100 holds about 25,000 working days).
MAX_DAYS = 30_000


@router.get("/add", operation_id="working_days-add", **PUBLIC)
async def add(
    request: Request,
    session: Session,
    start: Annotated[CalendarDate, Query(description="The day of receipt (day 0).")],
    days: Annotated[
        int,
        Query(
            ge=0,
            le=MAX_DAYS,
            description="Working days to add; the result must lie in the calendar's years.",
        ),
    ],
) -> WorkingDaysAdded:
    """The `days`-th working day after `start` (day 1 is the first working day after it)."""
    centre_id = await deployment_centre(request, session)
    day = await use_cases.add_working_days(session, centre_id, start, days)
    return WorkingDaysAdded(start=start, days=days, date=day)


@router.get("/count", operation_id="working_days-count", **PUBLIC)
async def count(
    request: Request,
    session: Session,
    from_: Annotated[CalendarDate, Query(alias="from")],
    to: Annotated[CalendarDate, Query()],
) -> WorkingDaysCounted:
    """Working days d with from < d <= to; negative when `to` is before `from`."""
    centre_id = await deployment_centre(request, session)
    counted = await use_cases.count_working_days(session, centre_id, from_, to)
    return WorkingDaysCounted(from_=from_, to=to, working_days=counted)
