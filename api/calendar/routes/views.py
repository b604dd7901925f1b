"""The staff calendars' read: appointments and team occurrences of a period and a filter."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from api.calendar import views
from api.calendar.schemas import CalendarEntryOut
from api.context import guard
from api.fields import CalendarDate
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["calendar"])
READ = guard(Permission.COURSES_READ, citizen_data="read")
Filter = Annotated[uuid.UUID | None, Query()]


@router.get("/calendar/entries", operation_id="calendar-entries", **READ)
async def entries(
    first: Annotated[CalendarDate, Query(description="The first day.")],
    last: Annotated[CalendarDate, Query(description="The last day; at most six weeks on.")],
    work: Work,
    staff_id: Filter = None,
    site_id: Filter = None,
    room_id: Filter = None,
    team_id: Filter = None,
) -> list[CalendarEntryOut]:
    """Appointments and team occurrences from `first` to `last` of a member of staff, a site,
    a room or a team (at least one): a therapist's week, a site's day by therapist or room,
    a room's week, a team's occurrences. Citizens are named where the caller may see the
    course."""
    return await views.entries(
        work, first=first, last=last, staff_id=staff_id, site_id=site_id, room_id=room_id,
        team_id=team_id,
    )  # fmt: skip
