"""The staff calendars: a therapist's week, a site's day (by therapist or by room, as the
client groups it), a room's week, a team's occurrences.

A read of rows in two statements; an appointment names its citizen only where the caller may
see the course (the need-to-know rule of `api.training`), and the citizens named are logged
in the same transaction.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from api.calendar.ical import PURPOSE_DANISH
from api.calendar.schemas import CalendarEntryOut
from api.context import audit
from api.training import may_see_course
from api.unit_of_work import UnitOfWork
from domain.errors import RuleViolation
from persistence import calendar
from persistence.scheduling import citizens_by_id
from persistence.training import get_course

LONGEST = timedelta(days=42)


async def entries(
    work: UnitOfWork,
    *,
    first: date,
    last: date,
    staff_id: uuid.UUID | None,
    site_id: uuid.UUID | None,
    room_id: uuid.UUID | None,
    team_id: uuid.UUID | None,
) -> list[CalendarEntryOut]:
    if last < first:
        raise RuleViolation("Perioden kan ikke slutte før den begynder.", field="last")
    if last - first > LONGEST:
        raise RuleViolation("Perioden må højst være seks uger.", field="last")
    if not any((staff_id, site_id, room_id, team_id)):
        raise RuleViolation("Vælg en medarbejder, et center, et lokale eller et hold.",
                            field="staff_id", rule="calendar_filter")  # fmt: skip
    session, caller = work.session, work.caller
    rows = await calendar.calendar_rows(
        session, caller.centre_id, first=first, last=last, staff_id=staff_id,
        site_id=site_id, room_id=room_id, team_id=team_id,
    )  # fmt: skip
    visible: dict[uuid.UUID, bool] = {}
    for row in rows:
        if row.course_id is not None and row.course_id not in visible:
            own = caller.principal.user_id is not None and caller.principal.user_id in row.staff_ids
            visible[row.course_id] = own or await may_see_course(
                work, await get_course(session, caller.centre_id, row.course_id)
            )
    shown = [row for row in rows if row.course_id is not None and visible[row.course_id]]
    citizens = await citizens_by_id(session, {r.citizen_id for r in shown if r.citizen_id})
    await audit(session, caller, use="read", citizen_ids=set(citizens))
    answer = []
    for row in rows:
        seen = row.course_id is not None and visible[row.course_id]
        citizen = citizens.get(row.citizen_id) if seen and row.citizen_id else None
        if row.kind == "team_occurrence":
            title = f"Hold: {row.title}"
        else:
            title = citizen.name if citizen else PURPOSE_DANISH.get(row.purpose or "", "Aftale")
        answer.append(CalendarEntryOut(
            kind=row.kind, id=row.id, title=title, starts_at=row.starts_at,
            ends_at=row.ends_at, place=row.place, staff_ids=list(row.staff_ids),
            site_id=row.site_id, room_id=row.room_id, team_id=row.team_id,
            planned_on=row.planned_on, course_id=row.course_id if seen else None,
            citizen_id=citizen.id if citizen else None,
        ))  # fmt: skip
    return answer
