"""Attendance's tables and repositories: registrations and flags of a course, its pauses and
ending, and transport. The names other capabilities use."""

from persistence.attendance.models import (
    AttendanceEventRow,
    AttendanceFlagRow,
    CourseEndingRow,
    CoursePostponement,
    FinalStatusChannel,
    TransportGrant,
    TransportNeed,
    TripRow,
)

# Tables first: the modules below import other capabilities' packages.
# isort: split
from persistence.attendance.courses import (
    add_ending,
    add_postponement,
    add_trip,
    as_trip,
    booked_sessions,
    ending_of,
    grant_transport,
    latest_ending_of_case,
    running_postponement,
    set_final_status_sent,
    transport_of,
    trips_of,
)
from persistence.attendance.reads import awaiting_booking, open_flags, postponed_courses
from persistence.attendance.registrations import (
    CountedSession,
    attendance_state,
    event_rows,
    locked_course,
    record_registration,
    record_resolution,
    registration_history,
    rules_of,
    sessions_behind,
    sessions_of_day,
)
from persistence.attendance.trip_list import DailyTrip, daily_trips

__all__ = [
    "AttendanceEventRow",
    "AttendanceFlagRow",
    "CountedSession",
    "CourseEndingRow",
    "CoursePostponement",
    "DailyTrip",
    "FinalStatusChannel",
    "TransportGrant",
    "TransportNeed",
    "TripRow",
    "add_ending",
    "add_postponement",
    "add_trip",
    "as_trip",
    "attendance_state",
    "awaiting_booking",
    "booked_sessions",
    "daily_trips",
    "ending_of",
    "event_rows",
    "grant_transport",
    "latest_ending_of_case",
    "locked_course",
    "open_flags",
    "postponed_courses",
    "record_registration",
    "record_resolution",
    "registration_history",
    "rules_of",
    "running_postponement",
    "sessions_behind",
    "sessions_of_day",
    "set_final_status_sent",
    "transport_of",
    "trips_of",
]
