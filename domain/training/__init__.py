"""Training (forløb): the course, its disciplines and forms. The names other capabilities use."""

from domain.training.course import DISCIPLINE_DANISH, FORM_DANISH, CourseForm, Discipline

__all__ = [
    "DISCIPLINE_DANISH",
    "FORM_DANISH",
    "CourseForm",
    "Discipline",
]
