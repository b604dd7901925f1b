"""The course (forløb): its plan, goals, FSIII content, journal and frequency exceptions.
Each write answers the whole course as it now stands."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from api.context import guard
from api.training import use_cases
from api.training.schemas import (
    BookableStaffListOut,
    CourseDetailOut,
    CoursePlanIn,
    ExceptionInForceOut,
    FrequencyExceptionIn,
    GoalChangeIn,
    GoalIn,
    NoteIn,
    ServicesIn,
    TrainingServiceOut,
)
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["courses"])
READ = guard(Permission.COURSES_READ, citizen_data="read")
CHANGE = guard(Permission.COURSES_WRITE, citizen_data="change")


@router.get("/courses/{course_id}", operation_id="courses-get", **READ)
async def get_course(course_id: uuid.UUID, work: Work) -> CourseDetailOut:
    """The course: its plan, goals with every version, content, journal notes, frequency
    exceptions and appointments."""
    return await use_cases.show_course(work, course_id)


@router.put("/courses/{course_id}/plan", operation_id="courses-set_plan", **CHANGE)
async def set_plan(course_id: uuid.UUID, body: CoursePlanIn, work: Work) -> CourseDetailOut:
    """Replace the plan (disciplines, form, site, responsible therapists, start, planned
    end); the change is dated."""
    return await use_cases.set_plan(work, course_id, body)


@router.post(
    "/courses/{course_id}/goals",
    operation_id="courses-add_goal",
    status_code=status.HTTP_201_CREATED,
    **CHANGE,
)
async def add_goal(course_id: uuid.UUID, body: GoalIn, work: Work) -> CourseDetailOut:
    """A goal agreed with the citizen, not started yet; its first version is kept."""
    return await use_cases.add_goal(work, course_id, body)


@router.patch("/courses/{course_id}/goals/{goal_id}", operation_id="courses-change_goal", **CHANGE)
async def change_goal(
    course_id: uuid.UUID, goal_id: uuid.UUID, body: GoalChangeIn, work: Work
) -> CourseDetailOut:
    """The goal's next version; the earlier ones are kept in its history."""
    return await use_cases.change_goal(work, course_id, goal_id, body)


@router.put("/courses/{course_id}/services", operation_id="courses-set_services", **CHANGE)
async def set_services(course_id: uuid.UUID, body: ServicesIn, work: Work) -> CourseDetailOut:
    """The course's content as FSIII training services (national codes only)."""
    return await use_cases.set_services(work, course_id, body)


@router.post(
    "/courses/{course_id}/notes",
    operation_id="courses-add_note",
    status_code=status.HTTP_201_CREATED,
    **CHANGE,
)
async def add_note(course_id: uuid.UUID, body: NoteIn, work: Work) -> CourseDetailOut:
    """A journal note; never edited. A correction names the note it corrects, which must be
    of the same course (rule `correction_same_course`, `corrected_note_id` names it)."""
    return await use_cases.add_note(work, course_id, body)


@router.post(
    "/courses/{course_id}/frequency-exceptions",
    operation_id="courses-add_frequency_exception",
    status_code=status.HTTP_201_CREATED,
    **CHANGE,
)
async def add_frequency_exception(
    course_id: uuid.UUID, body: FrequencyExceptionIn, work: Work
) -> CourseDetailOut:
    """More sessions a week than the service standard's limit, for a period: a reason and an
    end date."""
    return await use_cases.add_frequency_exception(work, course_id, body)


@router.get(
    "/frequency-exceptions",
    operation_id="courses-list_exceptions_in_force",
    **guard(Permission.SCHEDULING_MANAGE, citizen_data="read"),
)
async def list_exceptions_in_force(work: Work) -> list[ExceptionInForceOut]:
    """For the team leader: the frequency exceptions in force today, with their citizens."""
    return list(await use_cases.exceptions_in_force(work))


@router.get(
    "/training-services",
    operation_id="courses-list_training_services",
    **guard(Permission.COURSES_READ),
)
async def list_training_services() -> list[TrainingServiceOut]:
    """The FSIII training services (Fælles Sprog III, KL) a course's content is chosen
    from, by legal-basis group."""
    return use_cases.list_training_services()


@router.get("/courses/{course_id}/bookable-staff", operation_id="courses-bookable_staff", **READ)
async def bookable_staff(course_id: uuid.UUID, work: Work) -> BookableStaffListOut:
    """Who may be booked for the course's sessions: the active therapists (who also
    supervise), and for vedligeholdende training the training assistants of its site."""
    return await use_cases.bookable_staff(work, course_id)
