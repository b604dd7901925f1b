"""The centre's use cases: its sites, closure days, legal bases, service standard and
therapists, and the working-day calendar of the deployment's centre."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from api.centre.schemas import ClosureDayIn, ServiceStandardVersionIn
from api.unit_of_work import UnitOfWork
from domain.access import CLINICAL_ROLES
from domain.calendar import WorkingDayCalendar
from domain.casework import LegalBasis
from domain.centre.service_standard import Limit, check_new_version
from domain.errors import RuleViolation
from domain.scheduling import hit_by_closure
from persistence.access import StaffUser, list_users
from persistence.centre import centres, get_legal_basis, legal_bases
from persistence.centre.models import ClosureDay, ServiceStandardLimit, Site
from persistence.scheduling import Appointment, TeamOccurrence, booked_between, occurrences_on


async def list_sites(work: UnitOfWork) -> Sequence[Site]:
    """The centre's training sites."""
    return await centres.list_sites(work.session, work.caller.centre_id)


async def list_closure_days(work: UnitOfWork) -> Sequence[ClosureDay]:
    """Days the centre has closed beyond holidays and the default closure days."""
    return await centres.list_closure_days(work.session, work.caller.centre_id)


async def add_closure_day(
    work: UnitOfWork, body: ClosureDayIn
) -> tuple[ClosureDay, list[Appointment], list[TeamOccurrence]]:
    """Add a closure day; a day already closed is a conflict. Deadlines already set on
    existing cases keep their dates; the bookings and team occurrences on the day are
    listed, to rebook."""
    session, centre_id = work.session, work.caller.centre_id
    WorkingDayCalendar().is_working_day(body.day)  # the calendar's years only
    if body.day < work.caller.today():
        raise RuleViolation(
            "En lukkedag kan ikke ligge i fortiden.", field="day", rule="not_in_past"
        )
    row = await centres.add_closure_day(session, centre_id, body.day, body.reason)
    booked = await booked_between(session, centre_id, first=body.day, last=body.day)
    # Team occurrences already planned stay too, listed to move or cancel.
    occurrences = await occurrences_on(session, centre_id, body.day)
    return row, hit_by_closure(body.day, booked), occurrences


async def remove_closure_day(work: UnitOfWork, closure_day_id: uuid.UUID) -> None:
    await centres.remove_closure_day(work.session, work.caller.centre_id, closure_day_id)


async def list_legal_bases(work: UnitOfWork) -> list[LegalBasis]:
    """Every legal basis with its names, hospital plans first."""
    return await legal_bases.list_legal_bases(work.session)


async def list_service_standard(work: UnitOfWork) -> Sequence[ServiceStandardLimit]:
    """Every version of every limit; a case uses those in force on its day of receipt."""
    return await centres.service_standard_rows(work.session, work.caller.centre_id)


async def add_service_standard_version(
    work: UnitOfWork, body: ServiceStandardVersionIn
) -> Sequence[ServiceStandardLimit]:
    """A new version of the limits for one legal basis, in force for cases received from its
    date on; cases received before keep the version they were received under."""
    session, caller = work.session, work.caller
    await get_legal_basis(session, body.legal_basis)
    limits = [
        Limit(body.legal_basis, item.kind, item.value, item.unit, body.effective_from)
        for item in body.limits
    ]
    check_new_version(limits, today=caller.today())
    WorkingDayCalendar().is_working_day(body.effective_from)  # the calendar's years only
    return await centres.add_service_standard_version(session, caller.centre_id, limits)


async def list_therapists(work: UnitOfWork) -> list[StaffUser]:
    """Active staff who can hold an initial conversation, for booking one."""
    rows = await list_users(work.session, work.caller.centre_id)
    return [row for row in rows if row.active and CLINICAL_ROLES & set(row.roles)]


async def add_working_days(
    session: AsyncSession, centre_id: uuid.UUID, start: date, days: int
) -> date:
    """The `days`-th working day after `start` in the centre's calendar (public: no caller)."""
    calendar = await centres.working_day_calendar(session, centre_id)
    return calendar.add(start, days)


async def count_working_days(
    session: AsyncSession, centre_id: uuid.UUID, from_: date, to: date
) -> int:
    """Working days d with from < d <= to in the centre's calendar; negative when `to` is
    before `from` (public: no caller)."""
    calendar = await centres.working_day_calendar(session, centre_id)
    return calendar.count(from_, to)
