"""Training's use cases: the course, its plan, goals, journal, content and frequency
exceptions. Every change is dated by the repositories and logged here with the citizen.

Need to know: a course is seen by the callers who may see its case (their sites', assigned
to them, or all with cases.all_sites), by those whose site gives the course, and by its
responsible therapists; `visible_course` finds one or answers the 404 of an unknown course.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from api.context import audit
from api.training.schemas import (
    BookableStaffListOut,
    BookableStaffOut,
    CourseAppointmentOut,
    CourseDetailOut,
    CoursePlanIn,
    ExceptionInForceOut,
    FrequencyExceptionIn,
    FrequencyExceptionOut,
    GoalChangeIn,
    GoalIn,
    GoalOut,
    GoalVersionOut,
    NoteIn,
    NoteOut,
    ServiceOut,
    ServicesIn,
    TrainingServiceOut,
)
from api.unit_of_work import UnitOfWork
from domain.errors import NotFound
from domain.scheduling import providers_for
from domain.training import (
    TRAINING_SERVICES,
    agree_goal,
    corrected_ids,
    plan_course,
    record_exception,
    training_services,
)
from persistence import training
from persistence.access import get_user, list_users
from persistence.casework import Case
from persistence.centre import get_site
from persistence.citizens import get_citizen
from persistence.scheduling import appointments_of_course
from persistence.training import Course, CourseGoal, rehabilitation_bases


async def _case_of(work: UnitOfWork, course: Course) -> Case | None:
    if course.case_id is None:
        return None
    return await work.session.get(Case, course.case_id)


async def may_see_course(work: UnitOfWork, course: Course) -> bool:
    reach = work.caller.principal.case_reach()
    if reach is None:
        return True
    if reach.user_id is not None and reach.user_id in (course.therapist_ids or []):
        return True
    if course.site_id is not None and course.site_id in reach.site_ids:
        return True
    case = await _case_of(work, course)
    return case is not None and reach.covers(case.site_id, case.assigned_to)


async def visible_course(work: UnitOfWork, course_id: uuid.UUID, *, use: str) -> Course:
    """The course, if the caller may see it; else the 404 of an unknown course, logged as a
    refused attempt on its citizen. A later failure of the work is logged as refused too."""
    course = await training.get_course(work.session, work.caller.centre_id, course_id)
    work.attempt(use=use, citizen_ids=[course.citizen_id])
    if course.earlier or not await may_see_course(work, course):
        raise NotFound("Forløbet findes ikke.")
    return course


async def _goal_out(work: UnitOfWork, goal: CourseGoal) -> GoalOut:
    history = await training.goal_history(work.session, goal.id)
    return GoalOut(
        id=goal.id, text=goal.text, measure=goal.measure, target_date=goal.target_date,
        status=goal.status, version=goal.version, changed_at=goal.changed_at,
        history=[GoalVersionOut.model_validate(v, from_attributes=True) for v in history],
    )  # fmt: skip


async def _detail(work: UnitOfWork, course: Course) -> CourseDetailOut:
    session = work.session
    notes = await training.notes_of_course(session, course.id)
    corrected = corrected_ids(notes)
    goals = await training.goals_of_course(session, course.id)
    exceptions = await training.exception_rows_of(session, course.id)
    appointments = await appointments_of_course(session, course.centre_id, course.id)
    return CourseDetailOut(
        id=course.id, citizen_id=course.citizen_id, case_id=course.case_id,
        legal_basis=course.legal_basis, status=course.status,
        disciplines=course.disciplines,
        form=course.form,
        site_id=course.site_id, therapist_ids=list(course.therapist_ids or []),
        started_on=course.started_on, planned_end_on=course.planned_end_on,
        ended_on=course.ended_on, plan_changed_at=course.plan_changed_at,
        goals=[await _goal_out(work, goal) for goal in goals],
        services=[
            ServiceOut.model_validate(row, from_attributes=True)
            for row in await training.services_of_course(session, course.id)
        ],
        notes=[
            NoteOut(id=note.id, text=note.text, author_name=note.author_name,
                    written_at=note.written_at, corrects_id=note.corrects_id,
                    appointment_id=note.appointment_id, corrected=note.id in corrected)
            for note in notes
        ],
        frequency_exceptions=[
            FrequencyExceptionOut.model_validate(row, from_attributes=True) for row in exceptions
        ],
        appointments=[
            CourseAppointmentOut.model_validate(row, from_attributes=True) for row in appointments
        ],
    )  # fmt: skip


async def _answer(work: UnitOfWork, course: Course, *, use: str) -> CourseDetailOut:
    await audit(work.session, work.caller, use=use, citizen_ids=[course.citizen_id])
    return await _detail(work, course)


async def show_course(work: UnitOfWork, course_id: uuid.UUID) -> CourseDetailOut:
    course = await visible_course(work, course_id, use="read")
    return await _answer(work, course, use="read")


async def set_plan(work: UnitOfWork, course_id: uuid.UUID, body: CoursePlanIn) -> CourseDetailOut:
    """Replace the plan: every therapist a member of staff, the site the centre's."""
    session, caller = work.session, work.caller
    course = await visible_course(work, course_id, use="change")
    plan = plan_course(
        disciplines=body.disciplines, form=body.form, site_id=body.site_id,
        therapist_ids=body.therapist_ids, started_on=body.started_on,
        planned_end_on=body.planned_end_on,
    )  # fmt: skip
    if plan.site_id is not None:
        await get_site(session, caller.centre_id, plan.site_id)
    for index, therapist_id in enumerate(plan.therapist_ids):
        await get_user(session, caller.centre_id, therapist_id, field=f"therapist_ids.{index}")
    await training.set_plan(session, course, plan, now=caller.now())
    return await _answer(work, course, use="change")


async def add_goal(work: UnitOfWork, course_id: uuid.UUID, body: GoalIn) -> CourseDetailOut:
    caller = work.caller
    course = await visible_course(work, course_id, use="change")
    goal = agree_goal(
        body.text, measure=body.measure, target_date=body.target_date,
        course_started_on=course.started_on,
    )  # fmt: skip
    await training.add_goal(work.session, course, goal, by=caller.actor, now=caller.now())
    return await _answer(work, course, use="change")


async def change_goal(
    work: UnitOfWork, course_id: uuid.UUID, goal_id: uuid.UUID, body: GoalChangeIn
) -> CourseDetailOut:
    caller = work.caller
    course = await visible_course(work, course_id, use="change")
    goals = {goal.id for goal in await training.goals_of_course(work.session, course.id)}
    if goal_id not in goals:
        raise NotFound("Målet findes ikke i forløbet.")
    await training.change_goal_of(
        work.session, caller.centre_id, goal_id, by=caller.actor, now=caller.now(),
        text=body.text, measure=body.measure, target_date=body.target_date, status=body.status,
    )  # fmt: skip
    return await _answer(work, course, use="change")


async def set_services(work: UnitOfWork, course_id: uuid.UUID, body: ServicesIn) -> CourseDetailOut:
    course = await visible_course(work, course_id, use="change")
    services = training_services([str(code) for code in body.codes])
    await training.set_services(work.session, course, services, by=work.caller.actor)
    return await _answer(work, course, use="change")


async def add_note(work: UnitOfWork, course_id: uuid.UUID, body: NoteIn) -> CourseDetailOut:
    caller = work.caller
    course = await visible_course(work, course_id, use="change")
    if body.appointment_id is not None:
        known = {row.id for row in await appointments_of_course(
            work.session, course.centre_id, course.id)}  # fmt: skip
        if body.appointment_id not in known:
            raise NotFound("Tiden findes ikke i forløbet.", field="appointment_id")
    await training.add_note(
        work.session, course, body.text, author_id=caller.principal.user_id,
        author_name=caller.actor, now=caller.now(), corrects_id=body.corrects_id,
        appointment_id=body.appointment_id,
    )  # fmt: skip
    return await _answer(work, course, use="change")


async def add_frequency_exception(
    work: UnitOfWork, course_id: uuid.UUID, body: FrequencyExceptionIn
) -> CourseDetailOut:
    course = await visible_course(work, course_id, use="change")
    exception = record_exception(
        body.reason, note=body.note, starts_on=body.starts_on, ends_on=body.ends_on
    )
    await training.add_frequency_exception(work.session, course, exception, by=work.caller.actor)
    return await _answer(work, course, use="change")


async def exceptions_in_force(work: UnitOfWork) -> Sequence[ExceptionInForceOut]:
    """For the team leader: every course's exception covering today, with its citizen."""
    session, caller = work.session, work.caller
    rows = await training.exceptions_in_force_at(session, caller.centre_id, caller.today())
    answer = []
    for row in rows:
        course = await training.get_course(session, caller.centre_id, row.course_id)
        if not await may_see_course(work, course):
            continue
        citizen = await get_citizen(session, caller.centre_id, course.citizen_id)
        shown = FrequencyExceptionOut.model_validate(row, from_attributes=True)
        answer.append(
            ExceptionInForceOut(
                **shown.model_dump(), citizen_id=citizen.id, citizen_name=citizen.name
            )
        )
    await audit(session, caller, use="read", citizen_ids={item.citizen_id for item in answer})
    return answer


def list_training_services() -> list[TrainingServiceOut]:
    """The national FSIII training services a course's content is chosen from."""
    return [
        TrainingServiceOut(code=service.code, system=service.system, display=service.display,
                           group=service.group)
        for service in TRAINING_SERVICES
    ]  # fmt: skip


async def bookable_staff(work: UnitOfWork, course_id: uuid.UUID) -> BookableStaffListOut:
    """Who may be booked for the course's sessions: the active therapists, and for
    vedligeholdende training the training assistants of the course's site."""
    session = work.session
    course = await visible_course(work, course_id, use="read")
    maintenance = course.legal_basis not in await rehabilitation_bases(session)
    staff = []
    for user in await list_users(session, work.caller.centre_id):
        if not user.active:
            continue
        provider = providers_for(user.roles, user.site_ids or [], maintenance=maintenance,
                                 course_site_id=course.site_id)  # fmt: skip
        if provider is not None:
            staff.append(BookableStaffOut(id=user.id, display_name=user.display_name,
                                          provider=provider))  # fmt: skip
    await audit(session, work.caller, use="read", citizen_ids=[course.citizen_id])
    return BookableStaffListOut(maintenance=maintenance, staff=staff)
