"""Complaints: the citizen's 28-day window (moved off non-working days) and the centre's
28-day reassessment, worked out by hand on the Danish calendar."""

from datetime import date

import pytest

from domain.calendar.working_days import WorkingDayCalendar
from domain.casework.complaint import complaint_timing, complaint_window_end
from domain.centre.service_standard import Limit, LimitKind, LimitUnit
from domain.errors import RuleViolation

START = date(2000, 1, 1)
WINDOW = Limit("SEL_86_1", LimitKind.COMPLAINT, 28, LimitUnit.CALENDAR_DAYS, START)
REASSESSMENT = Limit("SEL_86_1", LimitKind.REASSESSMENT, 28, LimitUnit.CALENDAR_DAYS, START)
CALENDAR = WorkingDayCalendar()


@pytest.mark.parametrize(
    ("received", "window_ends"),
    [
        (date(2026, 11, 23), date(2026, 12, 21)),  # Monday + 28 is a Monday: no move
        (date(2026, 11, 21), date(2026, 12, 21)),  # ends Saturday 19 Dec: to Monday
        (date(2026, 11, 27), date(2026, 12, 28)),  # ends Christmas Day, then 26, 27: Monday
        (date(2026, 12, 3), date(2027, 1, 4)),  # ends New Year's Eve; 1 Jan, then weekend
        (date(2027, 2, 1), date(2027, 3, 1)),  # February 2027 has 28 days: Monday 1 March
        (date(2028, 2, 1), date(2028, 2, 29)),  # leap year: Tuesday 29 February
        # Easter 2027 is Sunday 28 March. Ends Saturday 27 March: Sunday, Easter Monday 29,
        # so Tuesday 30 March.
        (date(2027, 2, 27), date(2027, 3, 30)),
        # Ends Maundy Thursday 25 March: Good Friday, the weekend, Easter Monday: Tuesday 30.
        (date(2027, 2, 25), date(2027, 3, 30)),
    ],
)
def test_the_complaint_window_ends_on_a_working_day(received: date, window_ends: date) -> None:
    assert complaint_window_end(received, WINDOW, CALENDAR) == window_ends


def test_a_complaint_after_the_window_is_late_but_accepted() -> None:
    timing = complaint_timing(
        complaint_received_on=date(2026, 12, 29),
        decision_sent_on=date(2026, 11, 26),
        decision_received_on=date(2026, 11, 27),
        window=WINDOW,
        reassessment=REASSESSMENT,
        calendar=CALENDAR,
    )
    assert timing.window_ends == date(2026, 12, 28)
    assert timing.late is True
    # The centre's target counts calendar days: 29 December + 28 is 26 January 2027.
    assert timing.reassessment_due == date(2027, 1, 26)


def test_a_complaint_on_the_last_day_of_a_moved_window_is_in_time() -> None:
    timing = complaint_timing(
        complaint_received_on=date(2026, 12, 28),
        decision_sent_on=date(2026, 11, 26),
        decision_received_on=date(2026, 11, 27),
        window=WINDOW,
        reassessment=REASSESSMENT,
        calendar=CALENDAR,
    )
    assert timing.late is False


def test_without_the_day_of_receipt_no_window_and_no_lateness() -> None:
    timing = complaint_timing(
        complaint_received_on=date(2027, 3, 1),
        decision_sent_on=date(2026, 11, 26),
        decision_received_on=None,
        window=WINDOW,
        reassessment=REASSESSMENT,
        calendar=CALENDAR,
    )
    assert (timing.window_ends, timing.late) == (None, False)


def test_a_complaint_cannot_come_before_the_decision_was_sent() -> None:
    with pytest.raises(RuleViolation) as raised:
        complaint_timing(
            complaint_received_on=date(2026, 11, 25),
            decision_sent_on=date(2026, 11, 26),
            decision_received_on=None,
            window=WINDOW,
            reassessment=REASSESSMENT,
            calendar=CALENDAR,
        )
    assert raised.value.field == "received_on"


def test_a_window_counted_in_working_days_is_refused() -> None:
    wrong = Limit("SEL_86_1", LimitKind.COMPLAINT, 28, LimitUnit.WORKING_DAYS, START)
    with pytest.raises(RuleViolation):
        complaint_window_end(date(2026, 11, 23), wrong, CALENDAR)
