"""The appointment repository: booking with every rule checked in one transaction, and the
database's refusals named.

Overlaps of one member of staff, home helper or citizen are refused by the exclusion
constraints; `_clash` maps that refusal to `BookingClash` naming the booking met, in this one
place. A room's capacity cannot be an exclusion constraint (it counts), so a booking in a room
first takes a row lock on the room (FOR NO KEY UPDATE, which foreign-key checks do not wait
for): two bookings of one room queue, and the second counts the first once it has committed. A
team's held occurrence has the whole room: a booking meeting one is refused, and the team's
edits take the same room lock before they count the room's appointments, so an appointment
and a team cannot take one room at once.
A row lock rather than an advisory lock, because it needs no key scheme and is released by the
same commit or rollback; rather than SERIALIZABLE, because that would make every caller retry.
The course's row is locked the same way before the frequency count, so two bookings of one
course cannot both take the week's last session.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar import COPENHAGEN
from domain.errors import NotFound, RuleViolation
from domain.scheduling import (
    OccurrenceStatus,
    Place,
    ProviderKind,
    Resource,
    Slot,
    TeamInRoom,
    booking_reason,
    check_assistant_site,
    check_place,
    check_provider_role,
    check_room_capacity,
    check_room_free_of_teams,
    check_staff_available,
    check_supervision,
    check_supervisor_role,
    check_times,
    clash,
)
from domain.training import (
    Attendance,
    CourseStatus,
    Discipline,
    FrequencyLimits,
    IsoWeek,
    Session,
    SessionForm,
    SessionPurpose,
    check_frequency,
    check_session_day,
    starts_training,
)
from persistence.access import StaffUser
from persistence.casework import Case, Invitation, meet_open_deadline
from persistence.centre import service_standard, working_day_calendar
from persistence.citizens import Citizen
from persistence.scheduling.models import Appointment, HomeHelper, Room
from persistence.scheduling.resources import absences_of, working_hours_of
from persistence.scheduling.team_models import Team, TeamOccurrence
from persistence.training import Course, frequency_exceptions_of, rehabilitation_bases

# Which exclusion constraint guards which resource.
CLASH_CONSTRAINTS = {
    "ex_appointments_staff_overlap": Resource.STAFF,
    "ex_appointments_home_helper_overlap": Resource.HOME_HELPER,
    "ex_appointments_citizen_overlap": Resource.CITIZEN,
}
EXCLUSION_VIOLATION = "23P01"
TRAINING_START = "training_start"  # the case deadline the first session held meets


@dataclass(frozen=True, slots=True)
class Booking:
    """What the booking form asks for; `booked_by` is the member of staff's name."""

    centre_id: uuid.UUID
    citizen_id: uuid.UUID
    purpose: SessionPurpose
    provider: ProviderKind
    place: Place
    starts_at: datetime
    ends_at: datetime
    booked_by: str
    course_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    form: SessionForm = SessionForm.INDIVIDUAL
    discipline: Discipline | None = None
    staff_id: uuid.UUID | None = None
    home_helper_id: uuid.UUID | None = None
    supervisor_id: uuid.UUID | None = None
    outside_hours_reason: str | None = None


def _local_day(moment: datetime) -> date:
    return moment.astimezone(COPENHAGEN).date()


def _week_bounds(week: IsoWeek) -> tuple[datetime, datetime]:
    start = datetime.combine(week.monday, time(), tzinfo=COPENHAGEN)
    return start, datetime.combine(week.sunday + timedelta(days=1), time(), tzinfo=COPENHAGEN)


def _holds_time() -> ColumnElement[bool]:
    return Appointment.status != Attendance.CANCELLED.value


def _meets(starts_at: datetime, ends_at: datetime) -> ColumnElement[bool]:
    return Appointment.during.op("&&")(func.tstzrange(starts_at, ends_at))


async def _locked_course(session: AsyncSession, booking: Booking) -> Course:
    course = await session.scalar(
        select(Course)
        .where(Course.centre_id == booking.centre_id, Course.id == booking.course_id)
        .with_for_update(key_share=True)
    )
    if course is None or course.citizen_id != booking.citizen_id:
        raise NotFound("Forløbet findes ikke for borgeren.", field="course_id")
    return course


async def _check_course(session: AsyncSession, booking: Booking, course: Course) -> None:
    day = _local_day(booking.starts_at)
    check_session_day(
        CourseStatus(course.status), started_on=course.started_on,
        ends_on=course.ended_on or course.planned_end_on, day=day,
    )  # fmt: skip
    maintenance = course.legal_basis not in await rehabilitation_bases(session)
    check_supervision(
        booking.provider, maintenance=maintenance, supervisor_id=booking.supervisor_id
    )


async def _check_frequency(session: AsyncSession, booking: Booking, course: Course) -> None:
    day = _local_day(booking.starts_at)
    standard = await service_standard(session, booking.centre_id)
    limits = FrequencyLimits.from_standard(standard.in_force(course.legal_basis, day))
    start, end = _week_bounds(IsoWeek.of(day))
    rows = await session.execute(
        select(Appointment.starts_at, Appointment.form, Appointment.purpose, Appointment.status)
        .where(Appointment.course_id == course.id,
               Appointment.starts_at >= start, Appointment.starts_at < end)
    )  # fmt: skip
    booked = [
        Session(_local_day(at), SessionForm(form), SessionPurpose(purpose), Attendance(status))
        for at, form, purpose, status in rows.all()
    ]
    new = Session(day, booking.form, booking.purpose)
    check_frequency(booked, new, limits, await frequency_exceptions_of(session, course.id))


async def _check_provider(
    session: AsyncSession, booking: Booking, course_site_id: uuid.UUID | None
) -> None:
    if booking.provider is ProviderKind.HOME_HELPER:
        helper = None
        if booking.home_helper_id is not None:
            helper = await session.get(HomeHelper, booking.home_helper_id)
        if helper is None or helper.centre_id != booking.centre_id or booking.staff_id is not None:
            raise NotFound("Hjemmehjælperen findes ikke.", field="home_helper_id")
    else:
        staff = await session.get(StaffUser, booking.staff_id) if booking.staff_id else None
        if staff is None or staff.centre_id != booking.centre_id or not staff.active:
            raise NotFound("Medarbejderen findes ikke.", field="staff_id")
        if booking.home_helper_id is not None:
            raise RuleViolation("Angiv enten en medarbejder eller en hjemmehjælper.",
                                field="home_helper_id", rule="provider")  # fmt: skip
        check_provider_role(booking.provider, staff.roles)
        check_assistant_site(booking.provider, staff.site_ids or [], course_site_id)
        day = _local_day(booking.starts_at)
        check_staff_available(
            booking.starts_at, booking.ends_at,
            hours=await working_hours_of(session, booking.centre_id, staff.id),
            absences=await absences_of(session, booking.centre_id, staff.id, first=day, last=day),
            reason=booking.outside_hours_reason,
        )  # fmt: skip


async def _check_case(session: AsyncSession, booking: Booking) -> None:
    """A booking of a case without a course (the initial conversation): the citizen's case."""
    found = await session.scalar(
        select(Case.id).where(
            Case.centre_id == booking.centre_id, Case.id == booking.case_id,
            Case.citizen_id == booking.citizen_id,
        )
    )  # fmt: skip
    if found is None:
        raise NotFound("Sagen findes ikke for borgeren.", field="case_id")


async def _check_supervisor(session: AsyncSession, booking: Booking) -> None:
    if booking.supervisor_id is None:
        return
    supervisor = await session.get(StaffUser, booking.supervisor_id)
    if supervisor is None or supervisor.centre_id != booking.centre_id or not supervisor.active:
        raise NotFound("Den superviserende terapeut findes ikke.", field="supervisor_id")
    check_supervisor_role(supervisor.roles)


async def _check_room(session: AsyncSession, booking: Booking) -> None:
    """Lock the room, then count what already uses it in the booking's time."""
    room = await session.scalar(
        select(Room)
        .where(Room.centre_id == booking.centre_id, Room.id == booking.place.room_id)
        .with_for_update(key_share=True)
    )
    if room is None or not room.active or room.site_id != booking.place.site_id:
        raise NotFound("Lokalet findes ikke på centret.", field="place.room_id")
    rows = await session.execute(
        select(Appointment.id, Appointment.starts_at, Appointment.ends_at).where(
            Appointment.room_id == room.id, _holds_time(),
            _meets(booking.starts_at, booking.ends_at),
        )
    )  # fmt: skip
    # A team's held occurrence has the whole room (the team's edits lock the room as well).
    teams = await session.execute(
        select(TeamOccurrence.id, Team.name, TeamOccurrence.starts_at, TeamOccurrence.ends_at)
        .join(Team, Team.id == TeamOccurrence.team_id)
        .where(
            TeamOccurrence.room_id == room.id,
            TeamOccurrence.status == OccurrenceStatus.PLANNED.value,
            TeamOccurrence.during.op("&&")(func.tstzrange(booking.starts_at, booking.ends_at)),
        )
    )  # fmt: skip
    check_room_free_of_teams(
        booking.starts_at, booking.ends_at, [TeamInRoom(*held) for held in teams.all()]
    )
    booked = [Slot(id_, starts, ends) for id_, starts, ends in rows.all()]
    check_room_capacity(booking.starts_at, booking.ends_at, capacity=room.capacity, booked=booked)


async def book_appointment(session: AsyncSession, booking: Booking) -> Appointment:
    """Book after every rule: times (not on a closure day), place, the course (open, in its
    period, supervision, frequency), the provider's working hours and absences (unless a
    reason is given), the room's capacity; then the database's own overlap checks."""
    check_times(
        booking.starts_at, booking.ends_at,
        calendar=await working_day_calendar(session, booking.centre_id),
    )  # fmt: skip
    # A course's session takes a room at a site; the initial conversation only the site.
    check_place(booking.place, room_required=booking.course_id is not None)
    if booking.course_id is None and booking.case_id is None:
        raise RuleViolation("En tid hører til et forløb eller en sag.", field="course_id")
    course = await _locked_course(session, booking) if booking.course_id else None
    if course is not None:
        await _check_course(session, booking, course)
    else:
        await _check_case(session, booking)
        check_supervision(booking.provider, maintenance=False, supervisor_id=booking.supervisor_id)
    await _check_supervisor(session, booking)
    await _check_provider(session, booking, None if course is None else course.site_id)
    if booking.place.room_id is not None:
        await _check_room(session, booking)
    if course is not None:
        await _check_frequency(session, booking, course)
    appointment = Appointment(
        centre_id=booking.centre_id, citizen_id=booking.citizen_id, course_id=booking.course_id,
        case_id=booking.case_id if course is None else course.case_id,
        purpose=booking.purpose.value, form=booking.form.value,
        discipline=None if booking.discipline is None else booking.discipline.value,
        provider=booking.provider.value, staff_id=booking.staff_id,
        home_helper_id=booking.home_helper_id, supervisor_id=booking.supervisor_id,
        place=booking.place.kind.value, site_id=booking.place.site_id,
        room_id=booking.place.room_id, starts_at=booking.starts_at, ends_at=booking.ends_at,
        outside_hours_reason=booking_reason(booking.outside_hours_reason),
        booked_by=booking.booked_by,
    )  # fmt: skip
    try:
        async with session.begin_nested():
            session.add(appointment)
            await session.flush()
    except IntegrityError as error:
        raise await _clash(session, error, booking) from None
    return appointment


async def _clash(session: AsyncSession, error: IntegrityError, booking: Booking) -> Exception:
    """The one place a refused overlap becomes a domain error naming the booking it met."""
    cause = getattr(error.orig, "__cause__", None)
    resource = CLASH_CONSTRAINTS.get(str(getattr(cause, "constraint_name", "")))
    if getattr(cause, "sqlstate", None) != EXCLUSION_VIOLATION or resource is None:
        return error
    column = {
        Resource.STAFF: (Appointment.staff_id, booking.staff_id),
        Resource.HOME_HELPER: (Appointment.home_helper_id, booking.home_helper_id),
        Resource.CITIZEN: (Appointment.citizen_id, booking.citizen_id),
    }[resource]
    met = await session.scalar(
        select(Appointment.id)
        .where(column[0] == column[1], _holds_time(), _meets(booking.starts_at, booking.ends_at))
        .order_by(Appointment.starts_at)
        .limit(1)
    )
    return clash(resource, met)


async def get_appointment(
    session: AsyncSession, centre_id: uuid.UUID, appointment_id: uuid.UUID
) -> Appointment:
    found = await session.scalar(
        select(Appointment).where(
            Appointment.centre_id == centre_id, Appointment.id == appointment_id
        )
    )
    if found is None:
        raise NotFound("Tiden findes ikke.")
    return found


async def cancel_appointment(
    session: AsyncSession, centre_id: uuid.UUID, appointment_id: uuid.UUID, *, now: datetime
) -> Appointment:
    """Afbud: the booking stays, cancelled, and frees its time; it no longer counts."""
    appointment = await get_appointment(session, centre_id, appointment_id)
    if appointment.status != Attendance.BOOKED.value:
        raise RuleViolation(
            "Kun en booket tid kan aflyses.", field="status", rule="cancel_booked_only"
        )
    appointment.status = Attendance.CANCELLED.value
    appointment.changed_at = now
    await session.flush()
    return appointment


async def appointments_of_course(
    session: AsyncSession, centre_id: uuid.UUID, course_id: uuid.UUID
) -> list[Appointment]:
    rows = await session.scalars(
        select(Appointment)
        .where(Appointment.centre_id == centre_id, Appointment.course_id == course_id)
        .order_by(Appointment.starts_at)
    )
    return list(rows)


async def mark_attended(
    session: AsyncSession, centre_id: uuid.UUID, appointment_id: uuid.UUID, *, now: datetime
) -> Appointment:
    """The citizen came: only a booked session that has begun. The row is locked, so two
    marks at once give one change."""
    appointment = await session.scalar(
        select(Appointment)
        .where(Appointment.centre_id == centre_id, Appointment.id == appointment_id)
        .with_for_update()
    )
    if appointment is None:
        raise NotFound("Tiden findes ikke.")
    if appointment.status != Attendance.BOOKED.value:
        raise RuleViolation(
            "Kun en booket tid kan markeres som gennemført.", field="status", rule="attended_booked"
        )
    if appointment.starts_at > now:
        raise RuleViolation(
            "Tiden er ikke begyndt endnu.", field="starts_at", rule="attended_after_start"
        )
    appointment.status = Attendance.ATTENDED.value
    appointment.changed_at = now
    held = Session(
        _local_day(appointment.starts_at), SessionForm(appointment.form),
        SessionPurpose(appointment.purpose), Attendance.ATTENDED,
    )  # fmt: skip
    if appointment.case_id is not None and starts_training(held):
        await meet_open_deadline(session, appointment.case_id, TRAINING_START, held.day)
    await session.flush()
    return appointment


async def citizens_of(
    session: AsyncSession, appointments: Iterable[Appointment]
) -> dict[uuid.UUID, Citizen]:
    """The citizens the appointments are with, by id."""
    ids = {appointment.citizen_id for appointment in appointments}
    if not ids:
        return {}
    rows = await session.scalars(select(Citizen).where(Citizen.id.in_(ids)))
    return {row.id: row for row in rows}


async def cancel_conversation_of_event(
    session: AsyncSession, event_id: uuid.UUID, *, now: datetime
) -> None:
    """An invitation undone by a correction: its conversation is cancelled, kept, and its
    time freed."""
    await session.execute(
        update(Appointment)
        .where(
            Appointment.id.in_(
                select(Invitation.appointment_id).where(Invitation.event_id == event_id)
            ),
            Appointment.status == Attendance.BOOKED.value,
        )
        .values(status=Attendance.CANCELLED.value, changed_at=now)
    )
