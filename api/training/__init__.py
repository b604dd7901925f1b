"""Training at the edge: the course's bodies (its routes come with the course aggregate).
The names other capabilities use.
"""

from api.training.schemas import CourseOut, EarlierCourseIn, TrainingStartIn

__all__ = [
    "CourseOut",
    "EarlierCourseIn",
    "TrainingStartIn",
]
