"""Scheduling's tables and repositories: rooms, working hours, absences, home helpers and
appointments. The names other capabilities use."""

from persistence.scheduling.models import (
    Appointment,
    HomeHelper,
    Room,
    StaffAbsence,
    StaffWorkingHours,
)

# Tables first: the modules below import other capabilities' packages.
# isort: split
from persistence.scheduling.appointments import (
    CLASH_CONSTRAINTS,
    Booking,
    appointments_of_course,
    book_appointment,
    cancel_appointment,
    cancel_conversation_of_event,
    citizens_of,
    get_appointment,
    mark_attended,
)
from persistence.scheduling.booking import BookedSession, CourseFacts, book_session, course_facts
from persistence.scheduling.resources import (
    absences_of,
    add_absence,
    add_home_helper,
    add_room,
    booked_between,
    change_absence,
    current_absences,
    get_room,
    home_helpers,
    remove_absence,
    rooms_of_site,
    set_working_hours,
    working_hours_of,
)
from persistence.scheduling.week import DayBooking, WeekBooking, staff_bookings

__all__ = [
    "CLASH_CONSTRAINTS",
    "Appointment",
    "BookedSession",
    "Booking",
    "CourseFacts",
    "DayBooking",
    "HomeHelper",
    "Room",
    "StaffAbsence",
    "StaffWorkingHours",
    "WeekBooking",
    "absences_of",
    "add_absence",
    "add_home_helper",
    "add_room",
    "appointments_of_course",
    "book_appointment",
    "book_session",
    "booked_between",
    "cancel_appointment",
    "cancel_conversation_of_event",
    "change_absence",
    "citizens_of",
    "course_facts",
    "current_absences",
    "get_appointment",
    "get_room",
    "home_helpers",
    "mark_attended",
    "remove_absence",
    "rooms_of_site",
    "set_working_hours",
    "staff_bookings",
    "working_hours_of",
]
