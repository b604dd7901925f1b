"""Scheduling's use cases: staff time, rooms, home helpers and individual appointments.

A booking is made through its course, so it follows the course's need-to-know rule
(`api.training.visible_course`). "Min dag" shows the caller the citizens they are booked
with today, name, phone and (for a visit at home or nearby) address: being booked with the
citizen is the caller's need to know. A member of staff's week shows the citizen of an
appointment only when the caller may see its course.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from api.attendance import CancellationIn, RegistrationIn, register_attendance
from api.context import audit
from api.scheduling.schemas import (
    AbsenceIn,
    AbsenceOut,
    AppointmentOut,
    BookingIn,
    CancelIn,
    StaffAbsenceOut,
    WorkingHoursIn,
    WorkingHoursOut,
    WorkingHoursStretchOut,
    clock,
)
from api.training import visible_course
from api.unit_of_work import UnitOfWork
from domain.errors import NotFound, RuleViolation
from domain.scheduling import Place, WorkingHours, record_absence
from domain.training import Attendance
from persistence import scheduling
from persistence.access import get_user
from persistence.centre import get_site
from persistence.scheduling import (
    Appointment,
    BookedSession,
    Booking,
    CourseFacts,
    HomeHelper,
    Room,
    WeekBooking,
)

LONGEST_PERIOD = timedelta(days=42)


def _week_out(staff_id: uuid.UUID, hours: Sequence[WorkingHours]) -> WorkingHoursOut:
    return WorkingHoursOut(
        staff_id=staff_id,
        hours=[
            WorkingHoursStretchOut(weekday=h.weekday, starts=h.starts.strftime("%H:%M"),
                                   ends=h.ends.strftime("%H:%M"))
            for h in hours
        ],
    )  # fmt: skip


async def set_working_hours(
    work: UnitOfWork, staff_id: uuid.UUID, body: WorkingHoursIn
) -> WorkingHoursOut:
    centre_id = work.caller.centre_id
    await get_user(work.session, centre_id, staff_id)
    week = await scheduling.set_working_hours(
        work.session, centre_id, staff_id,
        [WorkingHours(h.weekday, clock(h.starts), clock(h.ends)) for h in body.hours],
    )  # fmt: skip
    return _week_out(staff_id, week)


async def working_hours(work: UnitOfWork, staff_id: uuid.UUID) -> WorkingHoursOut:
    centre_id = work.caller.centre_id
    await get_user(work.session, centre_id, staff_id)
    return _week_out(staff_id, await scheduling.working_hours_of(work.session, centre_id, staff_id))


async def add_absence(work: UnitOfWork, staff_id: uuid.UUID, body: AbsenceIn) -> AbsenceOut:
    """Record the absence; the answer lists the bookings it hits, to rebook."""
    session, caller = work.session, work.caller
    await get_user(session, caller.centre_id, staff_id)
    absence = record_absence(body.kind, first_day=body.first_day, last_day=body.last_day)
    row, hits = await scheduling.add_absence(
        session, caller.centre_id, staff_id, absence, note=body.note, recorded_by=caller.actor
    )
    await audit(session, caller, use="read", citizen_ids={hit.citizen_id for hit in hits})
    return AbsenceOut(
        id=row.id, staff_id=staff_id, kind=absence.kind, first_day=row.first_day,
        last_day=row.last_day, note=row.note,
        hits=[AppointmentOut.model_validate(hit, from_attributes=True) for hit in hits],
    )  # fmt: skip


async def current_absences(work: UnitOfWork, staff_id: uuid.UUID) -> list[StaffAbsenceOut]:
    """The member of staff's absences not yet over, to change or remove."""
    centre_id = work.caller.centre_id
    await get_user(work.session, centre_id, staff_id)
    rows = await scheduling.current_absences(
        work.session, centre_id, staff_id, today=work.caller.today()
    )
    return [StaffAbsenceOut.model_validate(row, from_attributes=True) for row in rows]


async def change_absence(
    work: UnitOfWork, staff_id: uuid.UUID, absence_id: uuid.UUID, body: AbsenceIn
) -> AbsenceOut:
    """Change the absence; the answer lists the bookings the changed absence hits."""
    session, caller = work.session, work.caller
    await get_user(session, caller.centre_id, staff_id)
    absence = record_absence(body.kind, first_day=body.first_day, last_day=body.last_day)
    row, hits = await scheduling.change_absence(
        session, caller.centre_id, staff_id, absence_id, absence, note=body.note,
        recorded_by=caller.actor,
    )  # fmt: skip
    await audit(session, caller, use="read", citizen_ids={hit.citizen_id for hit in hits})
    return AbsenceOut(
        id=row.id, staff_id=staff_id, kind=absence.kind, first_day=row.first_day,
        last_day=row.last_day, note=row.note,
        hits=[AppointmentOut.model_validate(hit, from_attributes=True) for hit in hits],
    )  # fmt: skip


async def remove_absence(work: UnitOfWork, staff_id: uuid.UUID, absence_id: uuid.UUID) -> None:
    centre_id = work.caller.centre_id
    await get_user(work.session, centre_id, staff_id)
    await scheduling.remove_absence(work.session, centre_id, staff_id, absence_id)


async def _site(work: UnitOfWork, site_id: uuid.UUID) -> None:
    """The site the address names: an unknown one is the address's 404, not a field's."""
    try:
        await get_site(work.session, work.caller.centre_id, site_id)
    except NotFound as unknown:
        raise NotFound(unknown.message) from None


async def list_rooms(work: UnitOfWork, site_id: uuid.UUID) -> list[Room]:
    centre_id = work.caller.centre_id
    await _site(work, site_id)
    return await scheduling.rooms_of_site(work.session, centre_id, site_id)


async def add_room(work: UnitOfWork, site_id: uuid.UUID, name: str, capacity: int) -> Room:
    centre_id = work.caller.centre_id
    await _site(work, site_id)
    taken = {room.name for room in await scheduling.rooms_of_site(work.session, centre_id, site_id)}
    if name in taken:
        raise RuleViolation("Matriklen har allerede et lokale med det navn.", field="name",
                            rule="room_name")  # fmt: skip
    return await scheduling.add_room(
        work.session, centre_id, site_id=site_id, name=name, capacity=capacity
    )


async def list_home_helpers(work: UnitOfWork) -> list[HomeHelper]:
    return await scheduling.home_helpers(work.session, work.caller.centre_id)


async def add_home_helper(work: UnitOfWork, name: str, home_care_unit: str) -> HomeHelper:
    return await scheduling.add_home_helper(
        work.session, work.caller.centre_id, name=name, home_care_unit=home_care_unit
    )


def _may_see(work: UnitOfWork, course: CourseFacts) -> bool:
    """`api.training.may_see_course` on the course's facts (read with the booking's)."""
    reach = work.caller.principal.case_reach()
    if reach is None:
        return True
    if reach.user_id is not None and reach.user_id in course.therapist_ids:
        return True
    if course.site_id is not None and course.site_id in reach.site_ids:
        return True
    return course.case_site_id is not None and reach.covers(
        course.case_site_id, course.case_assigned_to
    )


async def book(work: UnitOfWork, body: BookingIn) -> BookedSession:
    """Book an individual appointment of a course, after every rule of the booking: the
    course through its need-to-know rule (as `visible_course`), then the booking's own. Lean
    (persistence/scheduling/booking.py): the course and the facts the rules read in one
    statement, the counts in another, the appointment and its access-log entry in a third."""
    session, caller = work.session, work.caller
    place = body.place
    booking = Booking(
        centre_id=caller.centre_id, citizen_id=uuid.UUID(int=0), course_id=body.course_id,
        purpose=body.purpose, provider=body.provider,
        place=Place(place.kind, place.site_id, place.room_id),
        starts_at=body.starts_at, ends_at=body.ends_at, booked_by=caller.actor,
        discipline=body.discipline, staff_id=body.staff_id,
        home_helper_id=body.home_helper_id, supervisor_id=body.supervisor_id,
        outside_hours_reason=body.outside_hours_reason,
    )  # fmt: skip
    facts = await scheduling.course_facts(session, booking)
    course = facts.course
    work.attempt(use="change", citizen_ids=[course.citizen_id])
    if course.earlier or not _may_see(work, course):
        raise NotFound("Forløbet findes ikke.")
    return await scheduling.book_session(
        session, replace(booking, citizen_id=course.citizen_id), facts,
        calendar=await work.calendar(), entry=work.caller.entry(use="change"),
    )  # fmt: skip


async def _visible_appointment(work: UnitOfWork, appointment_id: uuid.UUID) -> Appointment:
    """The appointment, seen through its course (or, for a conversation, as its provider)."""
    found = await scheduling.get_appointment(work.session, work.caller.centre_id, appointment_id)
    if found.course_id is not None:
        await visible_course(work, found.course_id, use="change")
    else:
        work.attempt(use="change", citizen_ids=[found.citizen_id])
        user = work.caller.principal.user_id
        if work.caller.principal.case_reach() is not None and user != found.staff_id:
            raise NotFound("Tiden findes ikke.")
    return found


async def cancel(
    work: UnitOfWork, appointment_id: uuid.UUID, body: CancelIn | None = None
) -> Appointment:
    """Afbud: the booking stays, cancelled; its time is free again. A course's session is
    registered through attendance (an event, counted as its details say), so it needs who
    cancelled and why; a conversation of a case has no course to count toward."""
    found = await scheduling.get_appointment(work.session, work.caller.centre_id, appointment_id)
    if found.course_id is not None:
        if body is None or body.reason is None or body.by is None:
            raise RuleViolation(
                "Et afbud på et forløbs tid skal have årsag og hvem der meldte det.",
                field="reason" if body is None or body.reason is None else "by",
                rule="cancellation_details",
            )  # fmt: skip
        cancellation = CancellationIn(
            reason=body.reason, by=body.by, reported_at=body.reported_at or work.caller.now()
        )
        registration = RegistrationIn(attendance=Attendance.CANCELLED, cancellation=cancellation)
        await register_attendance(work, found.id, registration)
        return await scheduling.get_appointment(work.session, work.caller.centre_id, found.id)
    found = await _visible_appointment(work, appointment_id)
    cancelled = await scheduling.cancel_appointment(
        work.session, work.caller.centre_id, found.id, now=work.caller.now()
    )
    await audit(work.session, work.caller, use="change", citizen_ids=[found.citizen_id])
    return cancelled


async def mark_attended(work: UnitOfWork, appointment_id: uuid.UUID) -> Appointment:
    """The citizen came. A course's session is registered through attendance (an event, as
    the quick registration makes it); a conversation of a case only changes its status."""
    found = await scheduling.get_appointment(work.session, work.caller.centre_id, appointment_id)
    if found.course_id is not None:
        await register_attendance(work, found.id, RegistrationIn(attendance=Attendance.ATTENDED))
        return await scheduling.get_appointment(work.session, work.caller.centre_id, found.id)
    found = await _visible_appointment(work, appointment_id)
    marked = await scheduling.mark_attended(
        work.session, work.caller.centre_id, found.id, now=work.caller.now()
    )
    await audit(work.session, work.caller, use="change", citizen_ids=[found.citizen_id])
    return marked


async def staff_week(
    work: UnitOfWork, staff_id: uuid.UUID, first: date, last: date
) -> list[WeekBooking]:
    """The member of staff's bookings from `first` to `last` (at most six weeks). A hot
    read, written the lean way (persistence/access/reads.py): the bookings, need to know per
    course and the access-log entry of the citizens shown are one statement."""
    caller = work.caller
    if last < first:
        raise RuleViolation("Perioden kan ikke slutte før den begynder.", field="last")
    if last - first > LONGEST_PERIOD:
        raise RuleViolation("Perioden må højst være seks uger.", field="last")
    return await scheduling.staff_bookings(
        work.session, caller.centre_id, staff_id, first=first, last=last,
        reach=caller.principal.case_reach(), everyone=caller.principal.user_id == staff_id,
        entry=work.caller.entry(use="read"),
    )  # fmt: skip


async def my_day(work: UnitOfWork) -> list[WeekBooking]:
    """The caller's appointments today, with the citizen's name and phone, and the address
    for a visit at home or nearby (`DayBooking`s); one statement with its entry."""
    session, caller = work.session, work.caller
    user = caller.principal.user_id
    if user is None:  # an API key has no day
        await audit(session, caller, use="read", citizen_ids=())
        return []
    today = caller.today()
    return await scheduling.staff_bookings(
        session, caller.centre_id, user, first=today, last=today, reach=None, everyone=True,
        entry=work.caller.entry(use="read"), contact=True,
    )  # fmt: skip
