"""Training's tables and repository: the course (forløb). The names other capabilities use."""

from persistence.training.models import Course

# Tables and bodies first: the modules below import other capabilities' packages, which
# may be importing this one.
# isort: split
from persistence.training.courses import (
    active_course,
    cancel_courses_of_event,
    courses_of_citizen,
    end_course,
    last_rehabilitation_end,
    one_offer_conflict,
    open_course,
    rehabilitation_bases,
)

__all__ = [
    "Course",
    "active_course",
    "cancel_courses_of_event",
    "courses_of_citizen",
    "end_course",
    "last_rehabilitation_end",
    "one_offer_conflict",
    "open_course",
    "rehabilitation_bases",
]
