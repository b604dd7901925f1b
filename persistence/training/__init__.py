"""Training's tables and repository: the course (forløb). The names other capabilities use."""

from persistence.training.models import Course

__all__ = [
    "Course",
]
