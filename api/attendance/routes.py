"""Attendance over HTTP: registering and correcting, a course's attendance and flags, the
flags' resolution, the worklist's lists, quick registration's day, a course's pause and
ending, and transport."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response, status
from pydantic_core import to_json

from api.attendance import classes, use_cases
from api.attendance.schemas import (
    ClassRegisteredOut,
    ClassRegistrationIn,
    ClassSessionOut,
    CourseAttendanceOut,
    DaySessionOut,
    EndingIn,
    EndingOut,
    FinalStatusIn,
    FlagResolutionIn,
    FollowUpItem,
    PostponementIn,
    PostponementOut,
    RegisteredOut,
    RegistrationIn,
    ResumptionItem,
    TransportComplianceOut,
    TransportIn,
    TransportOut,
    TripIn,
    TripOut,
    WorklistFlagItem,
)
from api.context import guard
from api.fields import CalendarDate
from api.letters import LetterPreview, LetterWorkers, workers_of
from api.unit_of_work import Work
from domain.access import Permission
from domain.attendance import FlagKind

router = APIRouter(tags=["attendance"])
CHANGE = guard(Permission.COURSES_WRITE, citizen_data="change")
READ = guard(Permission.COURSES_READ, citizen_data="read")
WORKLIST = guard(Permission.WORKLIST_READ, citizen_data="read")
EXPORT = guard(Permission.COURSES_READ, citizen_data="export")
# The app's letter workers, for the final status.
Workers = Annotated[LetterWorkers, Depends(workers_of)]


@router.post(
    "/appointments/{appointment_id}/attendance",
    operation_id="attendance-register",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "The session is registered already: correct it instead."}},
    **CHANGE,
)
async def register(appointment_id: uuid.UUID, body: RegistrationIn, work: Work) -> RegisteredOut:
    """Register what became of a session: attended, cancelled (with reason, who and when;
    also before the session), no-show or sent home (only once it has begun). A correction
    names the registration in force (`corrects`), and the counts follow. The third counted
    cancellation or no-show raises its flag."""
    return await use_cases.register_attendance(work, appointment_id, body)


@router.post(
    "/team-occurrences/{occurrence_id}/attendance",
    operation_id="attendance-register_class",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "A seat is registered already: correct it instead."}},
    **CHANGE,
)
async def register_class(
    occurrence_id: uuid.UUID, body: ClassRegistrationIn, work: Work
) -> ClassRegisteredOut:
    """Register several (or all) seats of a class occurrence (holdgang) in one transaction,
    one mark per seat: attended, cancelled (with reason, who and when; also before the
    session), no-show or sent home (only once it has begun); a correction names the
    registration in force. Refused on a cancelled occurrence. One refused mark writes
    nothing; its field is named `marks.<n>....`. Each course's counts and flags take its
    appointments and seats together."""
    return await classes.register_class(work, occurrence_id, body)


@router.get("/team-occurrences/{occurrence_id}/attendance", operation_id="attendance-class", **READ)
async def class_session(occurrence_id: uuid.UUID, work: Work) -> ClassSessionOut:
    """A class occurrence with the seats held on its day and their registrations in force;
    a citizen is named only where the caller may see the course."""
    return await classes.class_session(work, occurrence_id)


@router.get("/attendance/classes", operation_id="attendance-classes", **READ)
async def classes_of_day(
    work: Work,
    staff_id: Annotated[uuid.UUID | None, Query(description="The caller by default.")] = None,
    on: Annotated[CalendarDate | None, Query(description="Today by default.")] = None,
) -> list[ClassSessionOut]:
    """The class occurrences of a day of the teams a therapist takes, with their seats."""
    return await classes.classes_of_day(work, staff_id, on)


@router.get("/courses/{course_id}/attendance", operation_id="attendance-course", **READ)
async def course_attendance(course_id: uuid.UUID, work: Work) -> CourseAttendanceOut:
    """The course's registrations, its counts and open flags with the sessions behind them."""
    return await use_cases.course_attendance(work, course_id)


@router.post(
    "/courses/{course_id}/attendance-flags/{kind}/resolution",
    operation_id="attendance-resolve_flag",
    **CHANGE,
)
async def resolve_flag(
    course_id: uuid.UUID, kind: FlagKind, body: FlagResolutionIn, work: Work
) -> CourseAttendanceOut:
    """The therapist resolves an open flag (continue, reassess, end) with a note; the next
    counted registration raises it again."""
    return await use_cases.resolve(work, course_id, kind, body)


@router.get(
    "/worklist/attendance-flags",
    operation_id="attendance-worklist_flags",
    response_model=list[WorklistFlagItem],
    **WORKLIST,
)
async def worklist_flags(work: Work) -> Response:
    """Open attendance flags of the courses the caller may see, the oldest first."""
    return Response(to_json(await use_cases.worklist_flags(work)), media_type="application/json")


@router.get("/worklist/awaiting-booking", operation_id="attendance-awaiting_booking", **WORKLIST)
async def awaiting_booking(work: Work) -> list[FollowUpItem]:
    """Active courses with no booking after their latest cancelled or missed session: booking
    anew is the citizen's responsibility, and staff follow up."""
    return await use_cases.awaiting_booking(work)


@router.get("/worklist/resumptions", operation_id="attendance-resumptions", **WORKLIST)
async def resumptions(work: Work) -> list[ResumptionItem]:
    """Postponed courses by their expected resumption; `due` from that day on."""
    return await use_cases.resumptions(work)


@router.get("/attendance/day", operation_id="attendance-day", **READ)
async def day(
    work: Work,
    staff_id: Annotated[uuid.UUID | None, Query(description="The caller by default.")] = None,
    on: Annotated[CalendarDate | None, Query(description="Today by default.")] = None,
) -> list[DaySessionOut]:
    """A therapist's course sessions of a day with their registration in force."""
    return await use_cases.sessions_of_day(work, staff_id, on)


@router.post(
    "/courses/{course_id}/postponement",
    operation_id="attendance-postpone",
    status_code=status.HTTP_201_CREATED,
    **CHANGE,
)
async def postpone(course_id: uuid.UUID, body: PostponementIn, work: Work) -> PostponementOut:
    """Udskydelse: a reason and an expected resume date; the bookings in the pause are
    released (as the centre's cancellations, never counted)."""
    return await use_cases.postpone_course(work, course_id, body)


@router.post("/courses/{course_id}/resumption", operation_id="attendance-resume", **CHANGE)
async def resume(course_id: uuid.UUID, work: Work) -> PostponementOut:
    """The postponed course is active again; the citizen books anew."""
    return await use_cases.resume_course(work, course_id)


@router.post(
    "/courses/{course_id}/ending",
    operation_id="attendance-end_course",
    status_code=status.HTTP_201_CREATED,
    **CHANGE,
)
async def end_course(course_id: uuid.UUID, body: EndingIn, work: Work) -> EndingOut:
    """Afslutning for a reason of the course's kind of training; says whether it is a
    decision and whether a final status to the GP is expected."""
    return await use_cases.end(work, course_id, body)


@router.get("/courses/{course_id}/ending", operation_id="attendance-ending", **READ)
async def ending(course_id: uuid.UUID, work: Work) -> EndingOut:
    return await use_cases.ending(work, course_id)


@router.put("/courses/{course_id}/transport", operation_id="attendance-grant_transport", **CHANGE)
async def grant_transport(course_id: uuid.UUID, body: TransportIn, work: Work) -> TransportOut:
    """Free transport for the course: reason, addresses, needs."""
    return await use_cases.grant_transport(work, course_id, body)


@router.get("/courses/{course_id}/transport", operation_id="attendance-transport", **READ)
async def transport(course_id: uuid.UUID, work: Work) -> TransportOut:
    """The grant, the trips and the share within the target of an hour each way."""
    return await use_cases.transport(work, course_id)


@router.get(
    "/transport/compliance",
    operation_id="attendance-transport_compliance",
    **guard(Permission.COURSES_READ),
)
async def transport_compliance(
    work: Work,
    from_: Annotated[
        CalendarDate | None, Query(alias="from", description="The 30 days up to `to` by default.")
    ] = None,
    to: Annotated[CalendarDate | None, Query(description="Today by default.")] = None,
) -> TransportComplianceOut:
    """Per site, the share of trips picked up from `from` to `to` (both included, at most a
    year) within the target of an hour each way, waiting included: the courses the caller
    may see, counted by their session's site. Counts only, no citizen's data, so the read
    is not access-logged."""
    return await use_cases.transport_compliance(work, from_, to)


@router.post(
    "/appointments/{appointment_id}/trip",
    operation_id="attendance-add_trip",
    status_code=status.HTTP_201_CREATED,
    **CHANGE,
)
async def add_trip(appointment_id: uuid.UUID, body: TripIn, work: Work) -> TripOut:
    """A session's trip as driven; a leg over an hour, waiting included, is flagged."""
    return await use_cases.add_trip(work, appointment_id, body)


@router.get(
    "/courses/{course_id}/final-status/preview",
    operation_id="attendance-preview_final_status",
    **READ,
)
async def preview_final_status(course_id: uuid.UUID, work: Work, workers: Workers) -> LetterPreview:
    """The final status to the GP as it would be sent (genoptræning, a GP on record, the
    course ended); nothing is stored."""
    return await use_cases.preview_final_status(work, course_id, workers=workers)


@router.post(
    "/courses/{course_id}/final-status",
    operation_id="attendance-send_final_status",
    status_code=status.HTTP_201_CREATED,
    **CHANGE,
)
async def send_final_status(
    course_id: uuid.UUID, body: FinalStatusIn, work: Work, workers: Workers
) -> EndingOut:
    """Slutstatus: the letter to the GP named in the citizen record, kept with the case, and
    how it was sent. Refused after vedligeholdende træning or without a GP on record."""
    return await use_cases.send_final_status(work, course_id, body, workers=workers)


@router.get(
    "/sites/{site_id}/trip-list",
    operation_id="attendance-trip_list",
    response_class=Response,
    responses={
        200: {
            "content": {"text/csv": {}, "application/pdf": {}},
            "description": "The day's trips: CSV (semicolon-separated, UTF-8) or PDF.",
        }
    },
    **EXPORT,
)
async def trip_list(
    site_id: uuid.UUID,
    on: Annotated[CalendarDate, Query(description="The day of the trips.")],
    work: Work,
    workers: Workers,
    format: Annotated[Literal["csv", "pdf"], Query(description="CSV or PDF.")] = "csv",
) -> Response:
    """The daily trip list of a site for the municipal transport service: session times,
    pick-up and drop-off addresses, needs and the citizen's name (never the CPR number).
    Only the courses the caller may see; logged as an export of each citizen on it."""
    lines, site_name = await use_cases.trip_list(work, site_id, on)
    name = f"koerselsliste-{on.isoformat()}"
    if format == "pdf":
        pdf = await use_cases.trip_list_pdf(lines, site_name, on, workers=workers)
        return Response(
            content=pdf,
            media_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'},
        )
    return Response(
        content=use_cases.trip_list_csv(lines),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )
