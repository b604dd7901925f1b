"""Training at the edge: the course and its records, and the bodies other capabilities use.
The names other capabilities use.
"""

from api.training.schemas import (
    CourseAppointmentOut,
    CourseOut,
    EarlierCourseIn,
    TrainingStartIn,
)

# Bodies first: the modules below import other capabilities' packages.
# isort: split
from api.training.routes.courses import router as courses_router
from api.training.use_cases import may_see_course, visible_course

__all__ = [
    "CourseAppointmentOut",
    "CourseOut",
    "EarlierCourseIn",
    "TrainingStartIn",
    "courses_router",
    "may_see_course",
    "visible_course",
]
