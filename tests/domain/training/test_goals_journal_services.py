"""Goals with kept changes, notes corrected only by notes of the same course, FSIII content."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from domain.errors import RuleViolation
from domain.training import (
    FSIII_SYSTEM,
    TRAINING_SERVICES,
    CorrectionOfAnotherCourse,
    CourseForm,
    CourseStatus,
    Discipline,
    GoalStatus,
    GoalWithoutText,
    OutsideCourse,
    UnknownTrainingService,
    agree_goal,
    change_goal,
    check_session_day,
    current_notes,
    plan_course,
    training_service,
    training_services,
    write_note,
)


def test_a_goal_needs_text_and_starts_not_started() -> None:
    with pytest.raises(GoalWithoutText) as refused:
        agree_goal("   ")
    assert refused.value.field == "text"
    goal = agree_goal(" Gå til bussen ", measure="6 min gangtest", target_date=date(2027, 3, 1))
    assert goal.text == "Gå til bussen"
    assert goal.status is GoalStatus.NOT_STARTED


def test_a_goal_changes_into_a_new_version_and_a_non_change_is_refused() -> None:
    goal = agree_goal("Gå til bussen", course_started_on=date(2027, 1, 4))
    moved = change_goal(goal, status=GoalStatus.IN_PROGRESS)
    assert (moved.text, moved.status) == ("Gå til bussen", GoalStatus.IN_PROGRESS)
    assert goal.status is GoalStatus.NOT_STARTED  # the old version is untouched
    with pytest.raises(RuleViolation, match="ændrer ikke"):
        change_goal(moved, status=GoalStatus.IN_PROGRESS)
    with pytest.raises(GoalWithoutText):
        change_goal(moved, text="")
    with pytest.raises(RuleViolation) as refused:
        change_goal(moved, target_date=date(2027, 1, 3), course_started_on=date(2027, 1, 4))
    assert refused.value.field == "target_date"


@dataclass(frozen=True)
class Note:
    id: uuid.UUID
    course_id: uuid.UUID
    corrects_id: uuid.UUID | None = None


def test_a_note_is_corrected_only_by_a_note_of_the_same_course() -> None:
    course, other = uuid.uuid4(), uuid.uuid4()
    old = Note(uuid.uuid4(), course)
    entry = write_note("Rettelse: 10 gentagelser", course_id=course, corrects=old)
    assert entry.corrects_id == old.id
    foreign = Note(uuid.uuid4(), other)
    with pytest.raises(CorrectionOfAnotherCourse) as refused:
        write_note("Rettelse", course_id=course, corrects=foreign)
    assert refused.value.corrected_note_id == foreign.id
    assert refused.value.field == "corrects_id"
    with pytest.raises(RuleViolation):
        write_note(" ", course_id=course, corrects=None)
    fix = Note(uuid.uuid4(), course, corrects_id=old.id)
    later = Note(uuid.uuid4(), course)
    assert current_notes([old, fix, later]) == [fix, later]


def test_fsiii_services_are_the_national_codes() -> None:
    assert len(TRAINING_SERVICES) == 14
    adl = training_service("7f825e3e-1a5c-4249-bf41-9f7171fb6b8a")
    assert (adl.display, adl.system) == ("ADL-træning", FSIII_SYSTEM)
    assert FSIII_SYSTEM == "urn:oid:1.2.208.176.2.21"
    with pytest.raises(UnknownTrainingService):
        training_service("ADL")
    with pytest.raises(RuleViolation) as refused:
        training_services([adl.code, adl.code])
    assert refused.value.field == "codes.1"


def test_a_course_plan_needs_a_discipline_a_therapist_and_an_end_after_its_start() -> None:
    therapist, site = uuid.uuid4(), uuid.uuid4()
    plan = plan_course(
        disciplines=[Discipline.PHYSIOTHERAPY, Discipline.PHYSIOTHERAPY],
        form=CourseForm.INDIVIDUAL_AT_CENTRE, site_id=site, therapist_ids=[therapist],
        started_on=date(2028, 2, 1), planned_end_on=date(2028, 2, 29),
    )  # fmt: skip
    assert plan.disciplines == (Discipline.PHYSIOTHERAPY,)
    with pytest.raises(RuleViolation) as refused:
        plan_course(disciplines=[], form=CourseForm.INDIVIDUAL_AT_HOME, site_id=None,
                    therapist_ids=[therapist], started_on=date(2028, 2, 1),
                    planned_end_on=None)  # fmt: skip
    assert refused.value.field == "disciplines"
    with pytest.raises(RuleViolation) as refused:
        plan_course(disciplines=[Discipline.OCCUPATIONAL_THERAPY], form=CourseForm.TEAM_TRAINING,
                    site_id=None, therapist_ids=[therapist], started_on=date(2028, 2, 1),
                    planned_end_on=None)  # fmt: skip
    assert refused.value.field == "site_id"
    with pytest.raises(RuleViolation) as refused:
        plan_course(disciplines=[Discipline.OCCUPATIONAL_THERAPY],
                    form=CourseForm.INDIVIDUAL_AT_HOME, site_id=None, therapist_ids=[therapist],
                    started_on=date(2028, 3, 1), planned_end_on=date(2028, 2, 29))  # fmt: skip
    assert refused.value.field == "planned_end_on"


def test_a_session_lies_in_an_open_course_and_its_period() -> None:
    period = {"started_on": date(2028, 2, 1), "ends_on": date(2028, 2, 29)}
    check_session_day(CourseStatus.ACTIVE, **period, day=date(2028, 2, 29))
    check_session_day(CourseStatus.ACTIVE, **period, day=date(2028, 2, 1))
    with pytest.raises(OutsideCourse) as refused:
        check_session_day(CourseStatus.ACTIVE, **period, day=date(2028, 3, 1))
    assert refused.value.rule == "course_period"
    with pytest.raises(OutsideCourse) as refused:
        check_session_day(CourseStatus.ACTIVE, **period, day=date(2028, 1, 31))
    with pytest.raises(OutsideCourse) as refused:
        check_session_day(CourseStatus.ENDED, **period, day=date(2028, 2, 10))
    assert refused.value.rule == "course_open"
