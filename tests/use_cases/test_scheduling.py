"""Courses and appointments without HTTP: the use cases against the real database, with the
need-to-know rule (an unknown course to a caller outside its reach, the attempt noted) and
Min dag. The clock stands at Monday 23 November 2026, 10:00 in Copenhagen."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from api.citizens.schemas import CitizenIn
from api.citizens.use_cases import create_citizen
from api.scheduling.schemas import BookingIn, CancelIn
from api.scheduling.use_cases import book, cancel, my_day
from api.training.schemas import FrequencyExceptionIn, GoalChangeIn, GoalIn
from api.training.use_cases import (
    add_frequency_exception,
    add_goal,
    change_goal,
    exceptions_in_force,
    show_course,
)
from domain.errors import NotFound, RuleViolation
from domain.training import CourseForm, Discipline, open_from_grant
from persistence.training import open_course
from tests.api.helpers import CITIZEN
from tests.use_cases.conftest import Centre


async def _course(centre: Centre) -> tuple[uuid.UUID, uuid.UUID]:
    """An active § 86 course (no case) of a new citizen, from Monday 23 November 2026."""
    citizen = await centre.leader(create_citizen, CitizenIn.model_validate(CITIZEN))
    opening = open_from_grant(
        "SEL_86_1", sent_on=date(2026, 11, 23), course_start=None,
        disciplines=[Discipline.PHYSIOTHERAPY], form=CourseForm.INDIVIDUAL_AT_HOME,
        transport_needed=False,
    )  # fmt: skip
    async with centre.leader.factory() as session:
        course = await open_course(session, opening, centre_id=centre.id, citizen_id=citizen.id)
        await session.commit()
    return course.id, citizen.id


def _home_visit(course_id: uuid.UUID, staff_id: uuid.UUID) -> BookingIn:
    return BookingIn.model_validate(
        {
            "course_id": str(course_id), "provider": "therapist", "staff_id": str(staff_id),
            "place": {"kind": "home"}, "starts_at": "2026-11-23T13:00:00+01:00",
            "ends_at": "2026-11-23T14:00:00+01:00",
        }
    )  # fmt: skip


async def test_min_dag_shows_the_citizen_booked_today_and_forgets_a_cancelled_one(
    centre: Centre,
) -> None:
    course_id, _ = await _course(centre)
    booked = await centre.leader(book, _home_visit(course_id, centre.leader.principal.id))
    day = await centre.leader(my_day)
    assert [(item.id, item.citizen_name, item.citizen_phone, item.address) for item in day] == [
        (booked.id, "Test Testesen", "12345678", "Ishøj Strandvej 1, 2635 Ishøj")
    ]
    afbud = CancelIn.model_validate({"reason": "illness", "by": "citizen"})
    await centre.leader(cancel, booked.id, afbud)
    assert await centre.leader(my_day) == []


async def test_a_course_outside_the_callers_reach_is_unknown_and_the_attempt_noted(
    centre: Centre,
) -> None:
    course_id, citizen_id = await _course(centre)
    with pytest.raises(NotFound):
        await centre.north(show_course, course_id)
    with pytest.raises(NotFound):
        await centre.north(book, _home_visit(course_id, centre.north.principal.id))
    assert centre.north.attempts == [("read", (citizen_id,)), ("change", (citizen_id,))]


async def test_a_goal_change_that_changes_nothing_is_refused(centre: Centre) -> None:
    course_id, _ = await _course(centre)
    added = await centre.leader(add_goal, course_id, GoalIn(text="Gå 500 meter"))
    goal = added.goals[0]
    with pytest.raises(RuleViolation) as refused:
        await centre.leader(change_goal, course_id, goal.id, GoalChangeIn(text="Gå 500 meter"))
    assert refused.value.rule == "goal_unchanged"
    shown = await centre.leader(show_course, course_id)
    assert [version.version for version in shown.goals[0].history] == [1]


async def test_the_exceptions_in_force_today_are_the_team_leaders_to_see(centre: Centre) -> None:
    course_id, citizen_id = await _course(centre)
    body = FrequencyExceptionIn.model_validate(
        {"reason": "other", "note": "Efter faldulykke", "starts_on": "2026-11-16",
         "ends_on": "2026-11-23"}
    )  # fmt: skip
    await centre.leader(add_frequency_exception, course_id, body)
    listed = await centre.leader(exceptions_in_force)
    assert [(item.citizen_id, item.note, str(item.ends_on)) for item in listed] == [
        (citizen_id, "Efter faldulykke", "2026-11-23")
    ]
    assert await centre.north(exceptions_in_force) == []
