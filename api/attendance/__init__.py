"""Attendance at the edge: registrations, flags, a course's pause and ending, transport."""

from api.attendance.routes import router as attendance_router

__all__ = ["attendance_router"]
