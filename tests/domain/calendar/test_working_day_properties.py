"""Properties of the working-day arithmetic over the whole calendar, with closure days."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.calendar.working_days import WorkingDayCalendar

# 400 working days (about 580 calendar days) after the last start still fall before the
# calendar's end in 2100.
days_in_range = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 1, 1))
counts = st.integers(min_value=0, max_value=400)
closures = st.sets(days_in_range, max_size=20)


@given(days_in_range, st.integers(min_value=1, max_value=400), closures)
def test_add_never_lands_on_a_non_working_day(start: date, n: int, closed: set[date]) -> None:
    calendar = WorkingDayCalendar(closed)
    result = calendar.add(start, n)
    assert calendar.is_working_day(result)
    assert result > start


@given(days_in_range, counts, counts, closures)
def test_add_is_monotonic(start: date, a: int, b: int, closed: set[date]) -> None:
    calendar = WorkingDayCalendar(closed)
    low, high = sorted((a, b))
    assert calendar.add(start, low) <= calendar.add(start, high)
    if low < high:
        assert calendar.add(start, low) < calendar.add(start, high)


@given(days_in_range, counts, closures)
def test_count_undoes_add(start: date, n: int, closed: set[date]) -> None:
    calendar = WorkingDayCalendar(closed)
    assert calendar.count(start, calendar.add(start, n)) == n


@given(days_in_range, days_in_range, closures)
def test_count_matches_a_day_by_day_walk(a: date, b: date, closed: set[date]) -> None:
    calendar = WorkingDayCalendar(closed)
    low, high = sorted((a, b))
    if (high - low).days > 800:
        high = low + timedelta(days=800)
    walked = sum(
        calendar.is_working_day(low + timedelta(days=i)) for i in range(1, (high - low).days + 1)
    )
    assert calendar.count(low, high) == walked
    assert calendar.count(high, low) == -walked
