"""Training's tables and repositories: the course (forløb), its plan, goals, journal, content
and frequency exceptions. The names other capabilities use."""

from persistence.training.models import (
    Course,
    CourseGoal,
    CourseService,
    FrequencyExceptionRow,
    GoalChange,
    JournalNote,
)

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
from persistence.training.records import (
    add_frequency_exception,
    add_goal,
    add_note,
    change_goal_of,
    exception_rows_of,
    exceptions_in_force_at,
    frequency_exceptions_of,
    get_course,
    goal_history,
    goals_of_course,
    notes_of_course,
    services_of_course,
    set_plan,
    set_services,
)

__all__ = [
    "Course",
    "CourseGoal",
    "CourseService",
    "FrequencyExceptionRow",
    "GoalChange",
    "JournalNote",
    "active_course",
    "add_frequency_exception",
    "add_goal",
    "add_note",
    "cancel_courses_of_event",
    "change_goal_of",
    "courses_of_citizen",
    "end_course",
    "exception_rows_of",
    "exceptions_in_force_at",
    "frequency_exceptions_of",
    "get_course",
    "goal_history",
    "goals_of_course",
    "last_rehabilitation_end",
    "notes_of_course",
    "one_offer_conflict",
    "open_course",
    "rehabilitation_bases",
    "services_of_course",
    "set_plan",
    "set_services",
]
