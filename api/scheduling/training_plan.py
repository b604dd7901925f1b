"""The citizen's plan on paper (træningsplan): the course's coming sessions with date, time
and place, rendered from the centre's `training_plan` template, kept with the case as a
letter and recorded with how it reached the citizen (printed, by post or Digital Post).

Staff send it from the course page, and the booking assistant sends one with a committed
series when asked. A preview reads and logs the same as a plan sent, but keeps nothing.
"""

from __future__ import annotations

import uuid

from api import letters
from api.context import audit
from api.letters import LetterPreview, LetterWorkers, PlannedSessionInfo, TrainingPlanInfo
from api.scheduling.plan_schemas import TrainingPlanOut
from api.training import visible_course
from api.unit_of_work import UnitOfWork
from domain.errors import RuleViolation
from domain.scheduling import PlaceKind, PlanChannel, PlannedSession, coming_sessions
from domain.training import DISCIPLINE_DANISH, Discipline
from persistence import scheduling
from persistence.casework import Case
from persistence.centre import working_day_calendar
from persistence.scheduling import TrainingPlanSent
from persistence.training import Course


def _session_info(session: PlannedSession) -> PlannedSessionInfo:
    place = session.place.value
    at_site = session.place is PlaceKind.SITE and bool(session.site_name)
    return PlannedSessionInfo(
        starts_at=session.starts_at, ends_at=session.ends_at, what=session.what,
        place="site" if at_site else ("nearby" if place == "nearby" else "home"),
        site_name=session.site_name if at_site else None,
        site_address=(session.site_address or session.site_name) if at_site else None,
        room_name=session.room_name if at_site else None,
    )  # fmt: skip


async def _plan(work: UnitOfWork, course: Course) -> tuple[Case, TrainingPlanInfo]:
    """The case the letter is kept with, and the coming sessions (none refuses the plan)."""
    session, caller = work.session, work.caller
    case = await session.get(Case, course.case_id) if course.case_id else None
    if case is None:
        raise RuleViolation(
            "Forløbet hører ikke til en sag; træningsplanen gemmes med sagen.",
            field="course_id", rule="training_plan_case",
        )  # fmt: skip
    now = caller.now()
    rows = await scheduling.plan_sessions(session, caller.centre_id, course.id, after=now)
    calendar = await working_day_calendar(session, caller.centre_id)
    coming = coming_sessions(rows, now=now, calendar=calendar)
    return case, TrainingPlanInfo(
        sessions=[_session_info(row) for row in coming],
        disciplines=[DISCIPLINE_DANISH[Discipline(d)] for d in course.disciplines],
    )


def plan_out(row: TrainingPlanSent) -> TrainingPlanOut:
    return TrainingPlanOut(
        id=row.id, letter_id=row.letter_id, channel=PlanChannel(row.channel),
        sessions=row.sessions, sent_at=row.sent_at, sent_by=row.sent_by,
    )  # fmt: skip


async def preview(
    work: UnitOfWork, course_id: uuid.UUID, *, workers: LetterWorkers
) -> LetterPreview:
    """The plan as it would be sent now; nothing is kept."""
    course = await visible_course(work, course_id, use="read")
    case, plan = await _plan(work, course)
    html = await letters.preview(
        work.session,
        work.caller,
        case,
        letters.TRAINING_PLAN,
        letters.Parts(training_plan=plan),
        workers=workers,
    )
    await audit(work.session, work.caller, use="read", citizen_ids=[course.citizen_id])
    return LetterPreview(html=html)


async def send_for(
    work: UnitOfWork, course: Course, channel: PlanChannel, *, workers: LetterWorkers
) -> TrainingPlanSent:
    """The plan of a course the caller may change: the PDF kept with the case, and how it was
    sent. The caller logs the change (it is one step of their operation)."""
    session, caller = work.session, work.caller
    case, plan = await _plan(work, course)
    letter = await letters.issue(
        session,
        caller,
        case,
        letters.TRAINING_PLAN,
        letters.Parts(training_plan=plan),
        workers=workers,
    )
    return await scheduling.add_training_plan(
        session, caller.centre_id, course.id, letter_id=letter.id, channel=channel,
        sessions=len(plan.sessions), at=caller.now(), by=caller.actor,
    )  # fmt: skip


async def send(
    work: UnitOfWork, course_id: uuid.UUID, channel: PlanChannel, *, workers: LetterWorkers
) -> TrainingPlanOut:
    course = await visible_course(work, course_id, use="change")
    row = await send_for(work, course, channel, workers=workers)
    await audit(work.session, work.caller, use="change", citizen_ids=[course.citizen_id])
    return plan_out(row)


async def list_plans(work: UnitOfWork, course_id: uuid.UUID) -> list[TrainingPlanOut]:
    """The plans sent for the course, the newest first."""
    course = await visible_course(work, course_id, use="read")
    rows = await scheduling.training_plans_of(work.session, work.caller.centre_id, course.id)
    await audit(work.session, work.caller, use="read", citizen_ids=[course.citizen_id])
    return [plan_out(row) for row in rows]
