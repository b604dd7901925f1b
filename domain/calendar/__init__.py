"""The calendar: working days (hverdage), closure days and the Copenhagen date of an instant.
The names other capabilities use.
"""

from domain.calendar.working_days import (
    COPENHAGEN,
    FIRST_YEAR,
    LAST_YEAR,
    DateOutOfRange,
    WorkingDayCalendar,
    check_in_range,
)

__all__ = [
    "COPENHAGEN",
    "FIRST_YEAR",
    "LAST_YEAR",
    "DateOutOfRange",
    "WorkingDayCalendar",
    "check_in_range",
]
