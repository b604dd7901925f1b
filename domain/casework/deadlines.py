"""Response deadlines (svarfrister) of a case, and how close each one is.

The centre's deadlines are targets: the system tracks and warns, it never blocks work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.calendar import WorkingDayCalendar
from domain.casework.referral import ReferralKind, RehabPlanFacts
from domain.centre import Limit, LimitKind, LimitUnit
from domain.errors import RuleViolation

# A deadline this many working days away or fewer (and not passed) is "due soon".
DUE_SOON_WORKING_DAYS = 2

# Deadlines counted from the day of receipt, by the kind of referral.
_FROM_RECEIPT: dict[ReferralKind, tuple[LimitKind, ...]] = {
    ReferralKind.REHAB_PLAN: (LimitKind.INVITATION, LimitKind.TRAINING_START),
    ReferralKind.APPLICATION: (LimitKind.INVITATION, LimitKind.DECISION),
}


class DeadlineStatus(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: LimitKind
    due_date: date


@dataclass(frozen=True, slots=True)
class DeadlineProgress:
    working_days_left: int  # negative when overdue
    status: DeadlineStatus


def _apply(limit: Limit, start: date, calendar: WorkingDayCalendar) -> date:
    if limit.unit is LimitUnit.WORKING_DAYS:
        return calendar.add(start, limit.value)
    if limit.unit is LimitUnit.CALENDAR_DAYS:
        return start + timedelta(days=limit.value)
    raise RuleViolation(f"Fristen {limit.kind} kan ikke regnes i enheden {limit.unit}.")


def free_choice_date(plan: RehabPlanFacts, limit: Limit) -> date:
    """Sundhedsloven § 140, stk. 4: the last day a start of almen genoptræning may be offered.

    Counted in calendar days from discharge, or from the later start the plan names for
    health reasons; a municipal limit, so it does not move off weekends.
    """
    start = max(plan.discharge_date, plan.health_start_date or plan.discharge_date)
    return start + timedelta(days=limit.value)


def referral_deadlines(
    kind: ReferralKind,
    received: date,
    limits: dict[LimitKind, Limit],
    calendar: WorkingDayCalendar,
    plan: RehabPlanFacts | None = None,
) -> list[Deadline]:
    """The deadlines a new case gets, from the limits in force on its day of receipt."""
    if kind is ReferralKind.REHAB_PLAN:
        if plan is None:
            raise RuleViolation("En genoptræningsplan mangler sine oplysninger.")
        if plan.plan_type.delivered_by_hospital:
            return []  # the hospital delivers specialised training; the centre only records it
    deadlines = [
        Deadline(limit_kind, _apply(limits[limit_kind], received, calendar))
        for limit_kind in _FROM_RECEIPT[kind]
        if limit_kind in limits
    ]
    if plan is not None and plan.plan_type.is_almen and LimitKind.FREE_CHOICE in limits:
        deadlines.append(
            Deadline(LimitKind.FREE_CHOICE, free_choice_date(plan, limits[LimitKind.FREE_CHOICE]))
        )
    return sorted(deadlines, key=lambda deadline: (deadline.due_date, deadline.kind))


def progress(due_date: date, today: date, calendar: WorkingDayCalendar) -> DeadlineProgress:
    left = calendar.count(today, due_date)
    if due_date < today:
        status = DeadlineStatus.OVERDUE
    elif left <= DUE_SOON_WORKING_DAYS:
        status = DeadlineStatus.DUE_SOON
    else:
        status = DeadlineStatus.ON_TRACK
    return DeadlineProgress(left, status)


def due_date_bounds(
    status: DeadlineStatus, today: date, calendar: WorkingDayCalendar
) -> tuple[date | None, date | None]:
    """The due dates (inclusive) that have `status` today, so a list can filter in SQL."""
    # Due soon ends the day before the first due date with more working days left than that.
    last_soon = calendar.add(today, DUE_SOON_WORKING_DAYS + 1) - timedelta(days=1)
    if status is DeadlineStatus.OVERDUE:
        return None, today - timedelta(days=1)
    if status is DeadlineStatus.DUE_SOON:
        return today, last_soon
    return last_soon + timedelta(days=1), None


def citizen_limit_end(start: date, days: int, calendar: WorkingDayCalendar) -> date:
    """The last day of a calendar-day limit the citizen must meet (the 28-day complaint window).

    Danish administrative practice: a limit ending on a weekend, holiday or closure day runs
    to the next working day.
    """
    return calendar.next_working_day_on_or_after(start + timedelta(days=days))
