"""Attendance's use cases: registering and correcting attendance, the flags and their
resolution, the worklist's lists, a course's pause and ending, and transport.

A session is seen through its course (`api.training.visible_course`); every write locks the
course's row first, so the fold the domain checks against is the one the write extends.
Every read or write of a citizen's data is logged with it.
"""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

from api import letters
from api.attendance.schemas import (
    CancellationOut,
    CountedSessionOut,
    CourseAttendanceOut,
    DaySessionOut,
    EndingIn,
    EndingOut,
    FinalStatusIn,
    FlagOut,
    FlagResolutionIn,
    FollowUpItem,
    PostponementIn,
    PostponementOut,
    RegisteredOut,
    RegistrationIn,
    RegistrationOut,
    ResumptionItem,
    SiteComplianceOut,
    TransportComplianceOut,
    TransportIn,
    TransportOut,
    TripIn,
    TripOut,
    WorklistFlagItem,
)
from api.context import audit
from api.letters import FinalStatusInfo, GoalOutcome, LetterPreview, LetterWorkers
from api.training import may_see_course, visible_course
from api.unit_of_work import UnitOfWork
from domain.attendance import (
    FLAG_DANISH,
    AttendanceState,
    Cancellation,
    CancellationReason,
    CancelledBy,
    FlagKind,
    TransportCompliance,
    TripListLine,
    compliance,
    record_trip,
    register,
    resolve_flag,
    trip_list_paragraphs,
    trip_list_rows,
)
from domain.calendar import COPENHAGEN
from domain.errors import Conflict, NotFound, RuleViolation
from domain.training import (
    END_REASON_DANISH,
    GOAL_STATUS_DANISH,
    Attendance,
    CourseStatus,
    EndReason,
    GoalStatus,
    check_final_status,
    end_course,
    postpone,
    released_by_postponement,
    resume,
)
from persistence import attendance, scheduling, training
from persistence.access import get_user
from persistence.attendance import AttendanceEventRow, CourseEndingRow, TripRow
from persistence.casework import Case, decision_in_force
from persistence.centre import get_legal_basis, get_site
from persistence.citizens import get_citizen
from persistence.training import Course, get_course
from persistence.training import end_course as store_end

LONGEST_DAY = timedelta(days=1)


def _registration_out(row: AttendanceEventRow, corrected: set[uuid.UUID]) -> RegistrationOut:
    cancellation = None
    if row.cancellation_reason and row.cancelled_by and row.reported_at:
        cancellation = CancellationOut(
            reason=CancellationReason(row.cancellation_reason),
            by=CancelledBy(row.cancelled_by), reported_at=row.reported_at,
        )  # fmt: skip
    return RegistrationOut(
        id=row.id, appointment_id=row.appointment_id, seat_id=row.seat_id,
        occurrence_id=row.occurrence_id, attendance=Attendance(str(row.attendance)),
        cancellation=cancellation, corrects=row.corrects_id, recorded_at=row.recorded_at,
        recorded_by=row.recorded_by, in_force=row.id not in corrected,
    )  # fmt: skip


async def _attendance_out(
    work: UnitOfWork, course: Course, state: AttendanceState
) -> CourseAttendanceOut:
    session = work.session
    rows = [
        row for row in await attendance.event_rows(session, course.id) if row.kind == "registration"
    ]
    corrected = {row.corrects_id for row in rows if row.corrects_id is not None}
    flags = [
        FlagOut(
            kind=flag.kind, count=flag.count, text=flag.text, raised_by=flag.raised_by,
            sessions=[
                CountedSessionOut(
                    registration_id=counted.registration_id,
                    appointment_id=counted.appointment_id, seat_id=counted.seat_id,
                    occurrence_id=counted.occurrence_id,
                    starts_at=counted.starts_at, attendance=counted.attendance,
                )
                for counted in await attendance.sessions_behind(session, state, flag.kind)
            ],
        )
        for flag in state.flags
    ]  # fmt: skip
    return CourseAttendanceOut(
        course_id=course.id, cancellations=state.cancellations, no_shows=state.no_shows,
        cancellations_allowed=state.rules.cancellations_allowed,
        no_shows_allowed=state.rules.no_shows_allowed, flags=flags,
        registrations=[_registration_out(row, corrected) for row in rows],
    )  # fmt: skip


async def register_attendance(
    work: UnitOfWork, appointment_id: uuid.UUID, body: RegistrationIn
) -> RegisteredOut:
    """Register (or correct) what became of a session of a course."""
    session, caller = work.session, work.caller
    found = await scheduling.get_appointment(session, caller.centre_id, appointment_id)
    if found.course_id is None:
        raise RuleViolation(
            "Fremmøde registreres på et forløbs tider.", field="appointment_id",
            rule="attendance_course",
        )  # fmt: skip
    await visible_course(work, found.course_id, use="change")
    course = await attendance.locked_course(session, caller.centre_id, found.course_id)
    await session.refresh(found)
    state = await attendance.attendance_state(session, course, caller.today())
    if found.status == Attendance.CANCELLED.value and found.id not in state.current:
        raise RuleViolation(
            "Tiden er aflyst; der kan ikke registreres fremmøde på den.",
            field="appointment_id", rule="attendance_on_cancelled",
        )  # fmt: skip
    given = body.cancellation
    registration = register(
        state, id=uuid.uuid4(), session_id=found.id, session_starts_at=found.starts_at,
        attendance=body.attendance, now=caller.now(), corrects=body.corrects,
        cancellation=Cancellation(given.reason, given.by, given.reported_at) if given else None,
    )  # fmt: skip
    state = await attendance.record_registration(
        session, course, found, registration, recorded_by=caller.actor
    )
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    answer = await _attendance_out(work, course, state)
    made = next(item for item in answer.registrations if item.id == registration.id)
    return RegisteredOut(registration=made, attendance=answer)


async def course_attendance(work: UnitOfWork, course_id: uuid.UUID) -> CourseAttendanceOut:
    course = await visible_course(work, course_id, use="read")
    state = await attendance.attendance_state(work.session, course, work.caller.today())
    await audit(work.session, work.caller, use="read", citizen_ids=[course.citizen_id])
    return await _attendance_out(work, course, state)


async def resolve(
    work: UnitOfWork, course_id: uuid.UUID, kind: FlagKind, body: FlagResolutionIn
) -> CourseAttendanceOut:
    """The therapist's answer to an open flag: continue, reassess or end, with a note."""
    session, caller = work.session, work.caller
    await visible_course(work, course_id, use="change")
    course = await attendance.locked_course(session, caller.centre_id, course_id)
    state = await attendance.attendance_state(session, course, caller.today())
    resolved = resolve_flag(
        state, kind, body.resolution, note=body.note, id=uuid.uuid4(), now=caller.now()
    )
    state = await attendance.record_resolution(session, course, resolved, recorded_by=caller.actor)
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    return await _attendance_out(work, course, state)


async def worklist_flags(work: UnitOfWork) -> list[dict[str, Any]]:
    """The open flags of the courses the caller may see, the oldest first (lean read)."""
    rows = await attendance.open_flags(
        work.session,
        work.caller.centre_id,
        work.caller.principal.case_reach(),
        work.caller.entry(use="read"),
    )
    return [
        {
            **WorklistFlagItem(**dict(row), text=FLAG_DANISH[FlagKind(row["kind"])]).model_dump(
                mode="json"
            )
        }
        for row in rows
    ]


async def awaiting_booking(work: UnitOfWork) -> list[FollowUpItem]:
    rows = await attendance.awaiting_booking(
        work.session,
        work.caller.centre_id,
        work.caller.principal.case_reach(),
        work.caller.entry(use="read"),
    )
    return [FollowUpItem(**dict(row)) for row in rows]


async def resumptions(work: UnitOfWork) -> list[ResumptionItem]:
    today = work.caller.today()
    rows = await attendance.postponed_courses(
        work.session,
        work.caller.centre_id,
        work.caller.principal.case_reach(),
        work.caller.entry(use="read"),
    )
    return [ResumptionItem(**dict(row), due=row["expected_resume_on"] <= today) for row in rows]


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(), tzinfo=COPENHAGEN)
    return start, datetime.combine(day + LONGEST_DAY, time(), tzinfo=COPENHAGEN)


async def sessions_of_day(
    work: UnitOfWork, staff_id: uuid.UUID | None, day: date | None
) -> list[DaySessionOut]:
    """A therapist's course sessions of a day (the caller's today by default), each with its
    registration in force, for quick registration."""
    session, caller = work.session, work.caller
    staff = staff_id or caller.principal.user_id
    if staff is None:
        raise RuleViolation("Vælg en terapeut.", field="staff_id", rule="staff_required")
    await get_user(session, caller.centre_id, staff)
    start, end = _day_bounds(day or caller.today())
    rows = await attendance.sessions_of_day(session, caller.centre_id, staff, start, end)
    visible: dict[uuid.UUID, bool] = {}
    answer = []
    for appointment, registration_id in rows:
        assert appointment.course_id is not None
        if appointment.course_id not in visible:
            course = await get_course(session, caller.centre_id, appointment.course_id)
            visible[appointment.course_id] = not course.earlier and await may_see_course(
                work, course
            )
        if visible[appointment.course_id]:
            answer.append((appointment, registration_id))
    citizens = await scheduling.citizens_of(session, [item for item, _ in answer])
    await audit(session, caller, use="read", citizen_ids=set(citizens))
    now = caller.now()
    return [
        DaySessionOut(
            appointment_id=item.id, course_id=item.course_id, citizen_id=item.citizen_id,
            citizen_name=citizens[item.citizen_id].name, starts_at=item.starts_at,
            ends_at=item.ends_at, status=Attendance(item.status),
            registration_id=registration_id, begun=item.starts_at <= now,
        )
        for item, registration_id in answer
    ]  # fmt: skip


async def _release(work: UnitOfWork, course: Course, bookings: list[scheduling.Appointment]) -> int:
    """Release bookings as the centre's cancellations: events like any other, never counted."""
    session, caller = work.session, work.caller
    now = caller.now()
    for booking in bookings:
        state = await attendance.attendance_state(session, course, caller.today())
        registration = register(
            state, id=uuid.uuid4(), session_id=booking.id, session_starts_at=booking.starts_at,
            attendance=Attendance.CANCELLED, now=now,
            cancellation=Cancellation(CancellationReason.OTHER, CancelledBy.CENTRE, now),
        )  # fmt: skip
        await attendance.record_registration(
            session, course, booking, registration, recorded_by=caller.actor
        )
    return len(bookings)


async def postpone_course(
    work: UnitOfWork, course_id: uuid.UUID, body: PostponementIn
) -> PostponementOut:
    """Udskydelse: the course pauses; its bookings in the pause are released, and its class
    seats are free from the pause's first day for the teams' waiting lists."""
    session, caller = work.session, work.caller
    await visible_course(work, course_id, use="change")
    course = await attendance.locked_course(session, caller.centre_id, course_id)
    pause = postpone(
        CourseStatus(course.status), reason=body.reason, starts_on=body.starts_on,
        expected_resume_on=body.expected_resume_on, today=caller.today(),
    )  # fmt: skip
    released = released_by_postponement(
        pause, await attendance.booked_sessions(session, course.id), now=caller.now()
    )
    count = await _release(work, course, released)
    # Its class seats are free from the pause's first day, for the waiting lists.
    await scheduling.release_course_seats(session, caller.centre_id, course.id, on=pause.starts_on)
    row = await attendance.add_postponement(
        session, course, pause, released=count, recorded_by=caller.actor
    )
    course.status = CourseStatus.POSTPONED.value
    await session.flush()
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    return PostponementOut.model_validate(row, from_attributes=True)


async def resume_course(work: UnitOfWork, course_id: uuid.UUID) -> PostponementOut:
    """The pause ends: the course is active; the citizen books again as anyone else."""
    session, caller = work.session, work.caller
    await visible_course(work, course_id, use="change")
    course = await attendance.locked_course(session, caller.centre_id, course_id)
    course.status = resume(CourseStatus(course.status)).value
    row = await attendance.running_postponement(session, course.id)
    if row is None:
        raise RuleViolation(
            "Forløbet er ikke udskudt.", field="course_id", rule="postponement_status"
        )
    row.resumed_on = caller.today()
    await session.flush()
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    return PostponementOut.model_validate(row, from_attributes=True)


async def _ending_out(
    work: UnitOfWork, course: Course, row: CourseEndingRow, released: int = 0
) -> EndingOut:
    """The ending, with the day its decision was sent when the case's decision in force is
    the one to end the course."""
    sent_on = None
    if row.is_decision and course.case_id is not None:
        decision = await decision_in_force(work.session, course.case_id)
        sent_on = decision.sent_on if decision is not None and decision.outcome == "end" else None
    return EndingOut.model_validate(
        {**{k: getattr(row, k) for k in EndingOut.model_fields if hasattr(row, k)},
         "released": released, "ending_decision_sent_on": sent_on},
    )  # fmt: skip


async def end(work: UnitOfWork, course_id: uuid.UUID, body: EndingIn) -> EndingOut:
    """Afslutning: the course ends for a reason of its kind; bookings after the end are
    released, and its class seats are free from the day after. The end date is what the
    quarantine on a renewed application counts from."""
    session, caller = work.session, work.caller
    await visible_course(work, course_id, use="change")
    course = await attendance.locked_course(session, caller.centre_id, course_id)
    basis = await get_legal_basis(session, course.legal_basis)
    closure = end_course(
        basis, CourseStatus(course.status), reason=body.reason, note=body.note,
        started_on=course.started_on, ended_on=body.ended_on, today=caller.today(),
    )  # fmt: skip
    last = datetime.combine(closure.ending.ended_on + LONGEST_DAY, time(), tzinfo=COPENHAGEN)
    after = [
        booking
        for booking in await attendance.booked_sessions(session, course.id)
        if booking.starts_at >= last or booking.starts_at > caller.now()
    ]
    released = await _release(work, course, after)
    # Its class seats, not given up already, are free from the day after the end.
    await scheduling.release_course_seats(
        session, caller.centre_id, course.id, on=closure.ending.ended_on + timedelta(days=1)
    )
    await store_end(session, course, closure.ending)
    row = await attendance.add_ending(
        session, course, closure, follow_up_on=body.follow_up_on,
        self_training_material=body.self_training_material,
        home_care_involved=body.home_care_involved, recorded_by=caller.actor,
    )  # fmt: skip
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    return await _ending_out(work, course, row, released)


async def ending(work: UnitOfWork, course_id: uuid.UUID) -> EndingOut:
    course = await visible_course(work, course_id, use="read")
    row = await attendance.ending_of(work.session, course.id)
    if row is None:
        raise NotFound("Forløbet er ikke afsluttet.")
    await audit(work.session, work.caller, use="read", citizen_ids=[course.citizen_id])
    return await _ending_out(work, course, row)


def _trip_out(row: TripRow) -> TripOut:
    trip = attendance.as_trip(row)
    return TripOut(
        id=row.id, appointment_id=row.appointment_id, agreed_pickup=row.agreed_pickup,
        actual_pickup=row.actual_pickup, arrival=row.arrival, session_end=row.session_end,
        departure=row.departure, drop_off=row.drop_off,
        way_there_minutes=int(trip.way_there.total_seconds() // 60),
        way_home_minutes=int(trip.way_home.total_seconds() // 60),
        flagged_legs=list(trip.flagged_legs),
    )  # fmt: skip


async def _transport_out(work: UnitOfWork, course: Course) -> TransportOut:
    grant = await attendance.transport_of(work.session, course.id)
    trips = await attendance.trips_of(work.session, course.id)
    kept = compliance(attendance.as_trip(row) for row in trips)
    share = kept.share_within_target
    return TransportOut(
        course_id=course.id, reason=grant.reason if grant else None,
        from_address=grant.from_address if grant else None,
        to_address=grant.to_address if grant else None,
        needs=list(grant.needs) if grant else [], trips=[_trip_out(row) for row in trips],
        within_target=kept.within_target, flagged=kept.flagged,
        share_within_target=float(share) if share is not None else None,
    )  # fmt: skip


# The share of trips is counted over at most 366 days, both ends included (a year, also a
# leap year); by default over the last 30 days.
LONGEST_COMPLIANCE_PERIOD = timedelta(days=366)
DEFAULT_COMPLIANCE_PERIOD = timedelta(days=29)


async def transport_compliance(
    work: UnitOfWork, first: date | None, last: date | None
) -> TransportComplianceOut:
    """Per site, the share of the trips picked up from `first` to `last` (Copenhagen days,
    both included; the last 30 days by default) that kept the target of an hour each way,
    of the courses the caller may see. Counts only, no citizen's data: not access-logged."""
    caller = work.caller
    last = last or caller.today()
    first = first or last - DEFAULT_COMPLIANCE_PERIOD
    if last < first:
        raise RuleViolation(
            "Til-datoen (to) kan ikke ligge før fra-datoen (from).", field="to",
            rule="period_order",
        )  # fmt: skip
    if last - first >= LONGEST_COMPLIANCE_PERIOD:
        raise RuleViolation(
            "Perioden (from til to) må højst være et år.", field="to", rule="period_length"
        )
    start, end = _day_bounds(first)[0], _day_bounds(last)[1]
    rows = await attendance.transport_compliance(
        work.session, caller.centre_id, caller.principal.case_reach(), start, end
    )
    sites = []
    for row in rows:
        kept = TransportCompliance(row["trips"], row["within_target"],
                                   row["trips"] - row["within_target"])  # fmt: skip
        share = kept.share_within_target
        site = SiteComplianceOut(
            site_id=row["site_id"], site_name=row["site_name"], trips=kept.trips,
            within_target=kept.within_target, flagged=kept.flagged,
            share_within_target=float(share) if share is not None else None,
        )  # fmt: skip
        sites.append(site)
    return TransportComplianceOut(from_=first, to=last, sites=sites)


async def grant_transport(
    work: UnitOfWork, course_id: uuid.UUID, body: TransportIn
) -> TransportOut:
    session, caller = work.session, work.caller
    await visible_course(work, course_id, use="change")
    course = await attendance.locked_course(session, caller.centre_id, course_id)
    await attendance.grant_transport(
        session, course, reason=body.reason, from_address=body.from_address,
        to_address=body.to_address, needs=[need.value for need in body.needs],
        granted_by=caller.actor,
    )  # fmt: skip
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    return await _transport_out(work, course)


async def transport(work: UnitOfWork, course_id: uuid.UUID) -> TransportOut:
    course = await visible_course(work, course_id, use="read")
    await audit(work.session, work.caller, use="read", citizen_ids=[course.citizen_id])
    return await _transport_out(work, course)


async def add_trip(work: UnitOfWork, appointment_id: uuid.UUID, body: TripIn) -> TripOut:
    """A session's trip as driven; a leg over an hour (waiting included) is flagged."""
    session, caller = work.session, work.caller
    found = await scheduling.get_appointment(session, caller.centre_id, appointment_id)
    if found.course_id is None:
        raise RuleViolation(
            "Kørsel registreres på et forløbs tider.", field="appointment_id",
            rule="trip_course",
        )  # fmt: skip
    await visible_course(work, found.course_id, use="change")
    course = await attendance.locked_course(session, caller.centre_id, found.course_id)
    if await attendance.transport_of(session, course.id) is None:
        raise RuleViolation(
            "Forløbet har ikke fået bevilget kørsel.", field="appointment_id",
            rule="trip_granted",
        )  # fmt: skip
    trip = record_trip(
        agreed_pickup=body.agreed_pickup, actual_pickup=body.actual_pickup, arrival=body.arrival,
        session_end=body.session_end, departure=body.departure, drop_off=body.drop_off,
    )  # fmt: skip
    row = await attendance.add_trip(session, course, found.id, trip, by=caller.actor)
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    return _trip_out(row)


async def _final_status(
    work: UnitOfWork, course: Course
) -> tuple[CourseEndingRow, Case, FinalStatusInfo]:
    """What the final status says, after the checks: genoptræning, a GP on record, the course
    ended, and a case to keep the letter with."""
    session = work.session
    basis = await get_legal_basis(session, course.legal_basis)
    citizen = await get_citizen(session, course.centre_id, course.citizen_id)
    check_final_status(basis, general_practitioner_on_record=bool(citizen.general_practitioner))
    row = await attendance.ending_of(session, course.id)
    if row is None:
        raise RuleViolation(
            "Afslut forløbet, før slutstatus sendes.", field="course_id",
            rule="final_status_after_end",
        )  # fmt: skip
    case = await session.get(Case, course.case_id) if course.case_id else None
    if case is None:
        raise RuleViolation(
            "Forløbet hører ikke til en sag; slutstatus gemmes med sagen.", field="course_id",
            rule="final_status_case",
        )  # fmt: skip
    goals = await training.goals_of_course(session, course.id)
    info = FinalStatusInfo(
        general_practitioner=str(citizen.general_practitioner),
        clinic=citizen.general_practitioner_clinic or "",
        started_on=course.started_on, ended_on=row.ended_on,
        end_reason=END_REASON_DANISH[EndReason(row.reason)],
        goals=[
            GoalOutcome(goal.text, GOAL_STATUS_DANISH[GoalStatus(goal.status)]) for goal in goals
        ],
        note=row.note or "",
    )  # fmt: skip
    return row, case, info


async def preview_final_status(
    work: UnitOfWork, course_id: uuid.UUID, *, workers: LetterWorkers
) -> LetterPreview:
    course = await visible_course(work, course_id, use="read")
    _, case, info = await _final_status(work, course)
    html = await letters.preview(
        work.session,
        work.caller,
        case,
        letters.FINAL_STATUS,
        letters.Parts(final_status=info),
        workers=workers,
    )
    await audit(work.session, work.caller, use="read", citizen_ids=[course.citizen_id])
    return LetterPreview(html=html)


async def send_final_status(
    work: UnitOfWork, course_id: uuid.UUID, body: FinalStatusIn, *, workers: LetterWorkers
) -> EndingOut:
    """The final status to the GP: the letter kept with the case, and how it was sent (post,
    or marked for a MedCom message to the clinic)."""
    session, caller = work.session, work.caller
    await visible_course(work, course_id, use="change")
    course = await attendance.locked_course(session, caller.centre_id, course_id)
    row, case, info = await _final_status(work, course)
    if row.final_status_letter_id is not None:
        raise Conflict(
            "Slutstatus er allerede sendt.", field="course_id", rule="final_status_once"
        )  # fmt: skip
    letter = await letters.issue(
        session,
        caller,
        case,
        letters.FINAL_STATUS,
        letters.Parts(final_status=info),
        workers=workers,
    )
    await attendance.set_final_status_sent(
        session, row, letter_id=letter.id, channel=body.channel.value, at=caller.now()
    )
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    return await _ending_out(work, course, row)


async def trip_list(
    work: UnitOfWork, site_id: uuid.UUID, day: date
) -> tuple[list[TripListLine], str]:
    """The day's transport to a site for the municipal transport service, through the need
    to know: only the courses the caller may see. Logged as an export of each citizen on it.
    Returns the lines and the site's name."""
    session, caller = work.session, work.caller
    try:
        site = await get_site(session, caller.centre_id, site_id)
    except NotFound:
        raise NotFound("Matriklen findes ikke.") from None  # the path's, not a field's
    start, end = _day_bounds(day)
    trips = await attendance.daily_trips(session, caller.centre_id, site.id, day, start, end)
    visible: dict[uuid.UUID, bool] = {}
    shown = []
    for trip in trips:
        if trip.course.id not in visible:
            visible[trip.course.id] = await may_see_course(work, trip.course)
        if visible[trip.course.id]:
            shown.append(trip)
    await audit(
        session, caller, use="export", citizen_ids={trip.course.citizen_id for trip in shown}
    )
    return [trip.line for trip in shown], site.name


def trip_list_csv(lines: list[TripListLine]) -> bytes:
    """Semicolon-separated, UTF-8 with a byte order mark, as a Danish spreadsheet opens it."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows(trip_list_rows(lines, COPENHAGEN))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


async def trip_list_pdf(
    lines: list[TripListLine], site_name: str, day: date, *, workers: LetterWorkers
) -> bytes:
    title = f"Kørselsliste {site_name} {day.strftime('%d.%m.%Y')}"
    return await workers.render_text_pdf(title, trip_list_paragraphs(lines, COPENHAGEN), dated=day)
