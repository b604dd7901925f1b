"""The course's status, and how it opens and ends."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import RuleViolation
from domain.training import (
    OPEN_STATUSES,
    CourseForm,
    CourseStatus,
    Discipline,
    ended_by_new_course,
    ending,
    open_earlier,
    open_from_grant,
    open_from_training_start,
    undone_by_correction,
)

DAY = date(2026, 3, 10)


def test_the_glossary_states_and_the_undone_grant() -> None:
    assert [status.value for status in CourseStatus] == [
        "planned", "active", "postponed", "ended", "cancelled"
    ]  # fmt: skip
    assert {CourseStatus.PLANNED, CourseStatus.ACTIVE, CourseStatus.POSTPONED} == OPEN_STATUSES


@pytest.mark.parametrize(
    ("course_start", "started_on"), [(None, DAY), (date(2026, 3, 20), date(2026, 3, 20))]
)
def test_a_grant_opens_an_active_course(course_start: date | None, started_on: date) -> None:
    opening = open_from_grant(
        "SUL_140",
        sent_on=DAY,
        course_start=course_start,
        disciplines=[Discipline.PHYSIOTHERAPY],
        form=CourseForm.TEAM_TRAINING,
        transport_needed=True,
    )
    assert opening.status is CourseStatus.ACTIVE
    assert opening.started_on == started_on
    assert opening.ended_on is None
    assert opening.disciplines == (Discipline.PHYSIOTHERAPY,)
    assert opening.form is CourseForm.TEAM_TRAINING
    assert opening.transport_needed is True
    assert opening.earlier is False


def test_a_training_start_opens_an_active_course_that_day() -> None:
    opening = open_from_training_start(
        "SUL_140",
        started_on=DAY,
        disciplines=[Discipline.OCCUPATIONAL_THERAPY],
        form=CourseForm.INDIVIDUAL_AT_HOME,
        transport_needed=False,
    )
    assert (opening.status, opening.started_on, opening.legal_basis) == (
        CourseStatus.ACTIVE, DAY, "SUL_140"
    )  # fmt: skip
    assert opening.form is CourseForm.INDIVIDUAL_AT_HOME


def test_an_earlier_course_is_recorded_ended() -> None:
    opening = open_earlier(
        "SEL_86_1", started_on=date(2025, 1, 6), ended_on=date(2025, 3, 1), note="x", today=DAY
    )
    assert opening.status is CourseStatus.ENDED
    assert opening.status not in OPEN_STATUSES
    assert (opening.started_on, opening.ended_on) == (date(2025, 1, 6), date(2025, 3, 1))
    assert opening.earlier is True
    assert opening.note == "x"
    assert opening.disciplines == ()
    assert opening.form is None


@pytest.mark.parametrize(
    ("started_on", "ended_on", "field"),
    [(None, date(2026, 3, 11), "ended_on"), (date(2025, 3, 2), date(2025, 3, 1), "started_on")],
)
def test_an_earlier_course_ended_before_today_and_after_its_start(
    started_on: date | None, ended_on: date, field: str
) -> None:
    with pytest.raises(RuleViolation) as raised:
        open_earlier("SEL_86_1", started_on=started_on, ended_on=ended_on, note=None, today=DAY)
    assert raised.value.field == field


def test_an_earlier_course_may_end_today_without_a_start() -> None:
    opening = open_earlier("SEL_86_1", started_on=None, ended_on=DAY, note=None, today=DAY)
    assert opening.started_on is None
    assert opening.ended_on == DAY


@pytest.mark.parametrize(
    ("started_on", "ended_on", "stored"),
    [
        (date(2026, 3, 1), DAY, DAY),
        (date(2026, 3, 20), DAY, date(2026, 3, 20)),  # never before it started
        (None, DAY, DAY),
    ],
)
def test_a_course_ends(started_on: date | None, ended_on: date, stored: date) -> None:
    end = ending(started_on, ended_on)
    assert (end.status, end.ended_on) == (CourseStatus.ENDED, stored)


def test_a_new_course_ends_the_running_one_the_day_before() -> None:
    assert ended_by_new_course(date(2026, 3, 1), DAY).ended_on == date(2026, 3, 9)
    assert ended_by_new_course(DAY, DAY).ended_on == DAY  # started that same day
    assert ended_by_new_course(None, DAY).status is CourseStatus.ENDED


def test_a_correction_undoes_the_course() -> None:
    assert undone_by_correction() is CourseStatus.CANCELLED
    assert undone_by_correction() not in OPEN_STATUSES
