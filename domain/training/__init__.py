"""Training (forløb): the course, its disciplines and forms, its status and how it opens and
ends. The names other capabilities use."""

from domain.training.course import (
    DISCIPLINE_DANISH,
    FORM_DANISH,
    OPEN_STATUSES,
    CourseEnding,
    CourseForm,
    CourseOpening,
    CourseStatus,
    Discipline,
    check_course_start,
    check_disciplines,
    ended_by_new_course,
    ending,
    open_earlier,
    open_from_grant,
    open_from_training_start,
    undone_by_correction,
)

__all__ = [
    "DISCIPLINE_DANISH",
    "FORM_DANISH",
    "OPEN_STATUSES",
    "CourseEnding",
    "CourseForm",
    "CourseOpening",
    "CourseStatus",
    "Discipline",
    "check_course_start",
    "check_disciplines",
    "ended_by_new_course",
    "ending",
    "open_earlier",
    "open_from_grant",
    "open_from_training_start",
    "undone_by_correction",
]
