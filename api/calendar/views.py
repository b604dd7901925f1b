"""The staff calendars: a therapist's week, a site's day (by therapist or by room, as the
client groups it), a room's week, a team's occurrences.

A lean read (persistence/access/reads.py): one statement reads the entries, names an
appointment's citizen only where the caller may see the course (the need-to-know rule of
`api.training`, in SQL) or gives the session, and logs the citizens named.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from api.calendar.ical import PURPOSE_DANISH
from api.calendar.schemas import CalendarEntryOut
from api.unit_of_work import UnitOfWork
from domain.errors import RuleViolation
from persistence import calendar

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
    caller = work.caller
    rows = await calendar.calendar_entries(
        work.session, caller.centre_id, first=first, last=last, staff_id=staff_id,
        site_id=site_id, room_id=room_id, team_id=team_id,
        reach=caller.principal.case_reach(), entry=caller.entry(use="read"),
    )  # fmt: skip
    return [_entry(row) for row in rows]


def _entry(row: calendar.CalendarEntry) -> CalendarEntryOut:
    return CalendarEntryOut(
        kind=row.kind, id=row.id, title=_title(row), starts_at=row.starts_at,
        ends_at=row.ends_at, place=row.place, staff_ids=row.staff_ids, site_id=row.site_id,
        room_id=row.room_id, team_id=row.team_id, planned_on=row.planned_on,
        course_id=row.course_id, citizen_id=row.citizen_id,
    )  # fmt: skip


def _title(row: calendar.CalendarEntry) -> str:
    """A team's occurrence: "Hold: " and its name; an appointment: the citizen's name where
    shown, else the kind of session in Danish."""
    if row.kind == "team_occurrence":
        return f"Hold: {row.team_name}"
    if row.citizen_id is not None and row.citizen_name is not None:
        return row.citizen_name
    return PURPOSE_DANISH.get(row.purpose or "", "Aftale")
