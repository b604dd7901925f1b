"""Working days, each example worked out by hand from a Danish calendar."""

from datetime import date

import pytest

from domain.calendar.working_days import DateOutOfRange, WorkingDayCalendar
from domain.errors import RuleViolation

calendar = WorkingDayCalendar()


@pytest.mark.parametrize(
    ("received", "days", "expected", "why"),
    [
        # Plain March 2026: Mon 2 .. Fri 6, Mon 9 .. Fri 13.
        (date(2026, 3, 2), 5, date(2026, 3, 9), "a plain week"),
        # Easter 2025: Thu 17 (skærtorsdag), Fri 18 (langfredag), Mon 21 (2. påskedag) closed;
        # day 1 is Tue 22 April, day 5 Mon 28 April.
        (date(2025, 4, 16), 5, date(2025, 4, 28), "Easter"),
        # ... and 1 May stays a working day: 29, 30 Apr, 1, 2 May, 5 May.
        (date(2025, 4, 16), 10, date(2025, 5, 5), "Easter, then 1 May"),
        # Kristi Himmelfartsdag, Thu 14 May 2026: Wed 13, Fri 15, Mon 18, Tue 19, Wed 20.
        (date(2026, 5, 12), 5, date(2026, 5, 20), "Ascension Day"),
        # Pinse: Mon 25 May 2026 closed; Tue 26 .. Mon 1 Jun is day 5.
        (date(2026, 5, 22), 5, date(2026, 6, 1), "Whit Monday"),
        # ... and Grundlovsdag Fri 5 Jun 2026: 2, 3, 4 Jun, (5 closed), 8, 9 Jun.
        (date(2026, 5, 22), 10, date(2026, 6, 9), "Whit Monday and Grundlovsdag"),
        # Christmas 2026: Tue 22, Wed 23, (24, 25, 26, 27), Mon 28, Tue 29, Wed 30.
        (date(2026, 12, 21), 5, date(2026, 12, 30), "Christmas"),
        # ... then 31 Dec (closure) and 1 Jan (New Year) closed: Mon 4 .. Fri 8 Jan 2027.
        (date(2026, 12, 21), 10, date(2027, 1, 8), "Christmas and New Year"),
        (date(2026, 12, 21), 15, date(2027, 1, 15), "15 days over New Year"),
        # New Year 2026: Wed 31 Dec and Thu 1 Jan closed; Fri 2, Mon 5, 6, 7, Thu 8 Jan.
        (date(2025, 12, 30), 5, date(2026, 1, 8), "New Year"),
        # Received on a Saturday or a Sunday: day 1 is Monday 9 March 2026.
        (date(2026, 3, 7), 5, date(2026, 3, 13), "received on a Saturday"),
        (date(2026, 3, 8), 5, date(2026, 3, 13), "received on a Sunday"),
        (date(2026, 3, 8), 1, date(2026, 3, 9), "day 1 after a Sunday"),
        # Received on 2. påskedag, Mon 6 Apr 2026: Tue 7 .. Fri 10, Mon 13.
        (date(2026, 4, 6), 5, date(2026, 4, 13), "received on a holiday"),
        # Store bededag was a holiday in 2023 (Fri 5 May): Thu 4, Mon 8, 9, 10, Thu 11.
        (date(2023, 5, 3), 5, date(2023, 5, 11), "Store bededag 2023"),
        # ... and is a working day from 2024 (Fri 26 Apr 2024): 25, 26, 29, 30 Apr, 1 May.
        (date(2024, 4, 24), 5, date(2024, 5, 1), "no Store bededag in 2024"),
        # Leap year: Mon 28 Feb, Tue 29 Feb, Wed 1 .. Fri 3 March 2028.
        (date(2028, 2, 25), 5, date(2028, 3, 3), "leap day"),
        # Month end: Mon 30 Nov 2026 .. Fri 4 Dec.
        (date(2026, 11, 27), 5, date(2026, 12, 4), "month end"),
    ],
)
def test_add_counts_from_the_first_working_day_after_receipt(
    received: date, days: int, expected: date, why: str
) -> None:
    assert calendar.add(received, days) == expected, why
    assert calendar.count(received, expected) == days, why


def test_add_zero_days_is_the_start_itself_even_on_a_sunday() -> None:
    assert calendar.add(date(2026, 3, 8), 0) == date(2026, 3, 8)


def test_count_is_negative_when_the_end_is_before_the_start() -> None:
    assert calendar.count(date(2025, 4, 28), date(2025, 4, 16)) == -5
    assert calendar.count(date(2026, 3, 9), date(2026, 3, 9)) == 0
    # Only Monday 23 Nov 2026 lies in (Sun 22, Mon 23].
    assert calendar.count(date(2026, 11, 23), date(2026, 11, 22)) == -1


def test_one_may_and_the_default_closure_days() -> None:
    assert calendar.is_working_day(date(2026, 5, 1))  # Friday 1 May works
    assert not calendar.is_working_day(date(2026, 6, 5))  # Grundlovsdag
    assert not calendar.is_working_day(date(2025, 12, 24))  # juleaftensdag, a Wednesday
    assert not calendar.is_working_day(date(2025, 12, 31))  # nytårsaftensdag, a Wednesday
    assert not calendar.is_working_day(date(2023, 5, 5))  # Store bededag 2023
    assert calendar.is_working_day(date(2024, 4, 26))  # former Store bededag


def test_a_centre_closure_day_moves_the_deadline() -> None:
    closed = WorkingDayCalendar([date(2026, 3, 13)])
    # Sat 7 Mar: 9, 10, 11, 12, (13 closed), Mon 16.
    assert closed.add(date(2026, 3, 7), 5) == date(2026, 3, 16)
    assert closed.count(date(2026, 3, 7), date(2026, 3, 16)) == 5
    assert not closed.is_working_day(date(2026, 3, 13))


def test_a_closure_on_a_holiday_changes_nothing() -> None:
    closed = WorkingDayCalendar([date(2026, 12, 25), date(2026, 3, 7)])
    assert closed.add(date(2026, 12, 21), 5) == date(2026, 12, 30)
    assert closed.add(date(2026, 3, 6), 1) == date(2026, 3, 9)


def test_negative_days_are_refused_by_name() -> None:
    with pytest.raises(RuleViolation) as raised:
        calendar.add(date(2026, 3, 2), -1)
    assert raised.value.field == "days"


def test_the_calendar_covers_2000_to_2100() -> None:
    assert calendar.add(date(2000, 1, 1), 1) == date(2000, 1, 3)  # Sat 1 Jan, Mon 3 Jan
    with pytest.raises(DateOutOfRange):
        calendar.add(date(1999, 12, 31), 1)
    with pytest.raises(DateOutOfRange):
        calendar.count(date(2026, 1, 1), date(2101, 1, 1))
    with pytest.raises(DateOutOfRange):
        calendar.add(date(2100, 12, 30), 5)
