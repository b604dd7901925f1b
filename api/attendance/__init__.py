"""Attendance at the edge: registrations, flags, a course's pause and ending, transport."""

from api.attendance.classes import centre_cancelled, courses_on_team_from, recount_flags
from api.attendance.routes import router as attendance_router
from api.attendance.schemas import CancellationIn, RegistrationIn
from api.attendance.use_cases import register_attendance

__all__ = [
    "CancellationIn",
    "RegistrationIn",
    "attendance_router",
    "centre_cancelled",
    "courses_on_team_from",
    "recount_flags",
    "register_attendance",
]
