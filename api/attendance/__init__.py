"""Attendance at the edge: registrations, flags, a course's pause and ending, transport."""

from api.attendance.routes import router as attendance_router
from api.attendance.schemas import CancellationIn, RegistrationIn
from api.attendance.use_cases import register_attendance

__all__ = ["CancellationIn", "RegistrationIn", "attendance_router", "register_attendance"]
