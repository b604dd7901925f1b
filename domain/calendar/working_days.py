"""Danish working days (hverdage) for the service standard's response deadlines.

A working day is Monday to Friday, less Danish public holidays (the `holidays` package,
country DK, PUBLIC category) and less closure days: by default Grundlovsdag, juleaftensdag
and nytårsaftensdag (the pattern of forældelsesloven § 27, stk. 2), plus any the centre adds.
1 May stays a working day. Store bededag is a holiday up to 2023 only; `holidays` knows that.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from domain.errors import RuleViolation

# Dates are computed in Copenhagen; instants are stored in UTC.
COPENHAGEN = ZoneInfo("Europe/Copenhagen")

FIRST_YEAR = 2000
LAST_YEAR = 2100

# (month, day) of the closure days every centre keeps (forældelsesloven § 27, stk. 2).
DEFAULT_CLOSURE_DAYS: tuple[tuple[int, int], ...] = ((6, 5), (12, 24), (12, 31))


class DateOutOfRange(RuleViolation):
    """The calendar covers the years FIRST_YEAR to LAST_YEAR."""


def is_default_closure_day(day: date) -> bool:
    return (day.month, day.day) in DEFAULT_CLOSURE_DAYS


@lru_cache(maxsize=1)
def _national_working_days() -> tuple[int, ...]:
    """Ordinals of every national working day in range, ascending (built once per process)."""
    public = holidays.country_holidays("DK", years=range(FIRST_YEAR, LAST_YEAR + 1))
    day = date(FIRST_YEAR, 1, 1)
    end = date(LAST_YEAR, 12, 31)
    ordinals: list[int] = []
    while day <= end:
        if day.weekday() < 5 and day not in public and not is_default_closure_day(day):
            ordinals.append(day.toordinal())
        day += timedelta(days=1)
    return tuple(ordinals)


@lru_cache(maxsize=1)
def _national_working_day_set() -> frozenset[int]:
    return frozenset(_national_working_days())


def check_in_range(day: date, field: str) -> None:
    """A day the calendar covers (FIRST_YEAR-LAST_YEAR); else `DateOutOfRange` on `field`."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise DateOutOfRange(f"Datoen skal ligge i årene {FIRST_YEAR}-{LAST_YEAR}.", field=field)


class WorkingDayCalendar:
    """Working-day arithmetic for one centre: the national calendar less its own closure days."""

    def __init__(self, closure_days: Iterable[date] = ()) -> None:
        self._national = _national_working_days()
        national_set = _national_working_day_set()
        # Only closures that fall on an otherwise working day change any count.
        self._closures = sorted(
            {d.toordinal() for d in closure_days if d.toordinal() in national_set}
        )

    def is_working_day(self, day: date) -> bool:
        check_in_range(day, "date")
        ordinal = day.toordinal()
        index = bisect.bisect_left(self._national, ordinal)
        found = index < len(self._national) and self._national[index] == ordinal
        return found and not self._is_closure(ordinal)

    def _is_closure(self, ordinal: int) -> bool:
        index = bisect.bisect_left(self._closures, ordinal)
        return index < len(self._closures) and self._closures[index] == ordinal

    def _closures_between(self, after: int, up_to: int) -> int:
        """Closure days d with after < d <= up_to."""
        return bisect.bisect_right(self._closures, up_to) - bisect.bisect_right(
            self._closures, after
        )

    def add(self, start: date, days: int) -> date:
        """The `days`-th working day after `start`; day 1 is the first working day after it.

        `add(start, 0)` is `start` itself, whatever day that is.
        """
        check_in_range(start, "start")
        if days < 0:
            raise RuleViolation("Antal hverdage kan ikke være negativt.", field="days")
        if days == 0:
            return start
        first = bisect.bisect_right(self._national, start.toordinal())
        skipped = 0
        while True:
            index = first + days - 1 + skipped
            if index >= len(self._national):
                raise DateOutOfRange(f"Resultatet ligger efter år {LAST_YEAR}.", field="days")
            candidate = self._national[index]
            closures = self._closures_between(start.toordinal(), candidate)
            if closures == skipped:
                return date.fromordinal(candidate)
            skipped = closures

    def count(self, start: date, end: date) -> int:
        """Working days d with start < d <= end; negative when end is before start.

        So `count(s, add(s, n)) == n` for every n >= 0.
        """
        check_in_range(start, "from")
        check_in_range(end, "to")
        if end < start:
            return -self.count(end, start)
        low, high = start.toordinal(), end.toordinal()
        national = bisect.bisect_right(self._national, high) - bisect.bisect_right(
            self._national, low
        )
        return national - self._closures_between(low, high)

    def next_working_day_on_or_after(self, day: date) -> date:
        """Roll a date that is not a working day forward to the next one."""
        if self.is_working_day(day):
            return day
        return self.add(day, 1)
