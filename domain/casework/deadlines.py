"""Response deadlines (svarfrister) of a case, and how close each one is.

The centre's deadlines are targets: the system tracks and warns, it never blocks work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.calendar import LAST_YEAR, DateOutOfRange, WorkingDayCalendar
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


class CaseDeadlineStatus(StrEnum):
    """A deadline as the case shows it: still running (as the worklist judges it), met on its
    day, or no longer running because the case closed before it was met."""

    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    NOT_RUNNING = "not_running"


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


def start_target(
    received: date, limit: Limit, calendar: WorkingDayCalendar, plan: RehabPlanFacts
) -> date:
    """The centre's target for starting a hospital plan's training: the limit after receipt,
    or the first working day on or after the later start the plan names for health reasons
    when that comes later, since training cannot start before it."""
    target = _apply(limit, received, calendar)
    if plan.health_start_date is None:
        return target
    return max(target, calendar.next_working_day_on_or_after(plan.health_start_date))


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
    try:
        deadlines = _from_receipt(kind, received, limits, calendar, plan)
        beyond = any(deadline.due_date.year > LAST_YEAR for deadline in deadlines)
    except DateOutOfRange:
        deadlines, beyond = [], True
    if beyond:
        # Named by the plan's own date that put it there, never by a calendar's argument.
        later = (
            plan is not None
            and plan.health_start_date is not None
            and plan.health_start_date > plan.discharge_date
        )
        raise DateOutOfRange(
            f"Datoen giver en frist efter år {LAST_YEAR}.",
            field="health_start_date" if later else "discharge_date",
        )
    return sorted(deadlines, key=lambda deadline: (deadline.due_date, deadline.kind))


def _from_receipt(
    kind: ReferralKind,
    received: date,
    limits: dict[LimitKind, Limit],
    calendar: WorkingDayCalendar,
    plan: RehabPlanFacts | None,
) -> list[Deadline]:
    deadlines = [
        Deadline(limit_kind, _apply(limits[limit_kind], received, calendar))
        for limit_kind in _FROM_RECEIPT[kind]
        if limit_kind in limits and not (plan and limit_kind is LimitKind.TRAINING_START)
    ]
    if plan is not None and LimitKind.TRAINING_START in limits:
        due = start_target(received, limits[LimitKind.TRAINING_START], calendar, plan)
        deadlines.append(Deadline(LimitKind.TRAINING_START, due))
    if plan is not None and plan.plan_type.is_almen and LimitKind.FREE_CHOICE in limits:
        deadlines.append(
            Deadline(LimitKind.FREE_CHOICE, free_choice_date(plan, limits[LimitKind.FREE_CHOICE]))
        )
    return deadlines


def progress(due_date: date, today: date, calendar: WorkingDayCalendar) -> DeadlineProgress:
    left = calendar.count(today, due_date)
    if due_date < today:
        status = DeadlineStatus.OVERDUE
    elif left <= DUE_SOON_WORKING_DAYS:
        status = DeadlineStatus.DUE_SOON
    else:
        status = DeadlineStatus.ON_TRACK
    return DeadlineProgress(left, status)


def case_deadline_status(
    due_date: date,
    *,
    met_on: date | None,
    closed_on: date | None,
    today: date,
    calendar: WorkingDayCalendar,
) -> tuple[int, CaseDeadlineStatus]:
    """The working days left and the status of one deadline of a case.

    A met deadline counts on the day it was met (negative: met late). An open deadline of a
    closed case stopped running the day the case closed: nothing is asked of the centre
    any more, so it is neither overdue nor due.
    """
    if met_on is not None:
        return calendar.count(met_on, due_date), CaseDeadlineStatus.MET
    if closed_on is not None:
        return calendar.count(closed_on, due_date), CaseDeadlineStatus.NOT_RUNNING
    running = progress(due_date, today, calendar)
    return running.working_days_left, CaseDeadlineStatus(running.status.value)


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
