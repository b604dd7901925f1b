"""Attendance without HTTP: registering a session of a course through the use case, the
need-to-know rule (a therapist outside the course's reach gets the unknown course, the
attempt noted), and ending a § 86 course (on application): a decision unless at the
citizen's wish. The clock stands at Monday 23 November 2026, 10:00 in Copenhagen."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from api.attendance.schemas import EndingIn, RegistrationIn
from api.attendance.use_cases import end, register_attendance
from api.citizens.schemas import CitizenIn
from api.citizens.use_cases import create_citizen
from api.scheduling.schemas import BookingIn
from api.scheduling.use_cases import book
from domain.attendance import SessionNotBegun
from domain.errors import NotFound
from domain.training import CourseForm, Discipline, EndReason, open_from_grant
from persistence.training import open_course
from tests.api.helpers import CITIZEN
from tests.use_cases.conftest import Centre


async def _course_with_session(
    centre: Centre, cpr: str = CITIZEN["cpr"], hour: int = 13
) -> tuple[uuid.UUID, uuid.UUID]:
    """An active § 86, stk. 1 course of a new citizen (no case), with a session today."""
    citizen = await centre.leader(create_citizen, CitizenIn.model_validate({**CITIZEN, "cpr": cpr}))
    opening = open_from_grant(
        "SEL_86_1", sent_on=date(2026, 11, 23), course_start=None,
        disciplines=[Discipline.PHYSIOTHERAPY], form=CourseForm.INDIVIDUAL_AT_HOME,
        transport_needed=False,
    )  # fmt: skip
    async with centre.leader.factory() as session:
        course = await open_course(session, opening, centre_id=centre.id, citizen_id=citizen.id)
        await session.commit()
    booking = BookingIn.model_validate(
        {
            "course_id": str(course.id), "provider": "therapist",
            "staff_id": str(centre.leader.principal.id), "place": {"kind": "home"},
            "starts_at": f"2026-11-23T{hour}:00:00+01:00",
            "ends_at": f"2026-11-23T{hour + 1}:00:00+01:00",
        }
    )  # fmt: skip
    appointment = await centre.leader(book, booking)
    return course.id, appointment.id


async def test_a_no_show_waits_for_the_session_and_counts_once_it_has_begun(
    centre: Centre,
) -> None:
    _, appointment = await _course_with_session(centre)
    no_show = RegistrationIn.model_validate({"attendance": "no_show"})
    with pytest.raises(SessionNotBegun):
        await centre.leader(register_attendance, appointment, no_show)
    centre.leader.clock.at = datetime(2026, 11, 23, 12, 30, tzinfo=UTC)  # 13:30 in Copenhagen
    made = await centre.leader(register_attendance, appointment, no_show)
    assert (made.attendance.no_shows, made.attendance.flags) == (1, [])
    assert made.registration.in_force


async def test_a_therapist_outside_the_courses_reach_finds_no_course(centre: Centre) -> None:
    _, appointment = await _course_with_session(centre)
    cancel = RegistrationIn.model_validate(
        {"attendance": "cancelled",
         "cancellation": {"reason": "illness", "by": "citizen",
                          "reported_at": "2026-11-23T08:00:00Z"}}
    )  # fmt: skip
    with pytest.raises(NotFound):
        await centre.north(register_attendance, appointment, cancel)
    assert [use for use, _ in centre.north.attempts] == ["change"]


async def test_ending_a_course_on_application_is_a_decision_unless_the_citizen_wished_it(
    centre: Centre,
) -> None:
    course, _ = await _course_with_session(centre)
    ended = await centre.leader(
        end, course, EndingIn(reason=EndReason.AFTER_ABSENCES, ended_on=date(2026, 11, 23))
    )
    assert (ended.is_decision, ended.final_status_expected, ended.released) == (True, True, 1)
    other, _ = await _course_with_session(centre, cpr="030380-3333", hour=15)
    wished = await centre.leader(
        end, other, EndingIn(reason=EndReason.CITIZEN_WISH, ended_on=date(2026, 11, 23))
    )
    assert wished.is_decision is False
