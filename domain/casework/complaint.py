"""Complaints (klager) about a decision, and the centre's reassessment (revurdering).

The citizen complains in writing within 28 days of receiving the decision; a late complaint
is accepted and flagged. The centre reassesses within 28 days of receiving the complaint; an
upheld decision goes to Ankestyrelsen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from domain.calendar import WorkingDayCalendar
from domain.casework.deadlines import citizen_limit_end
from domain.centre import Limit, LimitUnit
from domain.errors import RuleViolation


@dataclass(frozen=True, slots=True)
class ComplaintTiming:
    window_ends: date | None  # None while the day the citizen received the decision is unknown
    late: bool
    reassessment_due: date


# The law's 4 weeks (retssikkerhedsloven), for a letter when the service standard in force
# names no limit of its own.
STATUTORY_COMPLAINT_DAYS = 28
STATUTORY_REASSESSMENT_DAYS = 28


def complaint_days(limit: Limit | None) -> int:
    """The citizen's complaint window a letter states: the service standard's, else the law's."""
    return limit.value if limit is not None else STATUTORY_COMPLAINT_DAYS


def reassessment_days(limit: Limit | None) -> int:
    """The centre's reassessment time a letter states: the service standard's, else the law's."""
    return limit.value if limit is not None else STATUTORY_REASSESSMENT_DAYS


def _calendar_days(limit: Limit) -> int:
    if limit.unit is not LimitUnit.CALENDAR_DAYS:
        raise RuleViolation(f"Fristen {limit.kind} skal regnes i kalenderdage.")
    return limit.value


def complaint_window_end(
    decision_received_on: date, limit: Limit, calendar: WorkingDayCalendar
) -> date:
    """The last day of the citizen's complaint window, moved off non-working days."""
    return citizen_limit_end(decision_received_on, _calendar_days(limit), calendar)


def complaint_timing(
    *,
    complaint_received_on: date,
    decision_sent_on: date,
    decision_received_on: date | None,
    window: Limit,
    reassessment: Limit,
    calendar: WorkingDayCalendar,
) -> ComplaintTiming:
    if complaint_received_on < decision_sent_on:
        raise RuleViolation(
            "Klagen kan ikke være modtaget, før afgørelsen blev sendt.", field="received_on"
        )
    window_ends = (
        complaint_window_end(decision_received_on, window, calendar)
        if decision_received_on is not None
        else None
    )
    late = window_ends is not None and complaint_received_on > window_ends
    # The centre's own target, in calendar days from the day the complaint came.
    due = complaint_received_on + timedelta(days=_calendar_days(reassessment))
    return ComplaintTiming(window_ends, late, due)
