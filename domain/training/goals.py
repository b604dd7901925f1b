"""Goals (mål) agreed with the citizen: text, measure, target date and status.

A goal is changed, never rewritten: every change is kept as a dated version, so the course
shows what was agreed when.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from domain.errors import RuleViolation

GOAL_TEXT_MAX = 2000
MEASURE_MAX = 500


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"


GOAL_STATUS_DANISH = {
    GoalStatus.NOT_STARTED: "ikke påbegyndt",
    GoalStatus.IN_PROGRESS: "i gang",
    GoalStatus.ACHIEVED: "opnået",
    GoalStatus.NOT_ACHIEVED: "ikke opnået",
}


@dataclass(frozen=True, slots=True)
class Goal:
    text: str
    measure: str | None
    target_date: date | None
    status: GoalStatus


class GoalWithoutText(RuleViolation):
    """A goal says what the citizen wants to be able to do."""


def _text(text: str | None) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise GoalWithoutText("Et mål skal have en tekst.", field="text", rule="goal_text_required")
    if len(cleaned) > GOAL_TEXT_MAX:
        raise RuleViolation(
            f"Målets tekst må højst have {GOAL_TEXT_MAX} tegn.", field="text", rule="goal_text"
        )
    return cleaned


def _measure(measure: str | None) -> str | None:
    cleaned = (measure or "").strip() or None
    if cleaned is not None and len(cleaned) > MEASURE_MAX:
        raise RuleViolation(
            f"Målingen må højst have {MEASURE_MAX} tegn.", field="measure", rule="goal_measure"
        )
    return cleaned


def _target(target_date: date | None, course_started_on: date | None) -> date | None:
    started = course_started_on
    if target_date is not None and started is not None and target_date < started:
        raise RuleViolation(
            "Måldatoen kan ikke ligge før forløbets start.",
            field="target_date", rule="goal_target_date",
        )  # fmt: skip
    return target_date


def agree_goal(
    text: str | None,
    *,
    measure: str | None = None,
    target_date: date | None = None,
    course_started_on: date | None = None,
) -> Goal:
    """A new goal, not started yet."""
    return Goal(
        text=_text(text),
        measure=_measure(measure),
        target_date=_target(target_date, course_started_on),
        status=GoalStatus.NOT_STARTED,
    )


def change_goal(
    goal: Goal,
    *,
    text: str | None = None,
    measure: str | None = None,
    target_date: date | None = None,
    status: GoalStatus | None = None,
    course_started_on: date | None = None,
) -> Goal:
    """The goal's next version: the fields given replace the current ones. A change that
    changes nothing is refused, so the kept history holds only real changes."""
    changed = replace(
        goal,
        text=goal.text if text is None else _text(text),
        measure=goal.measure if measure is None else _measure(measure),
        target_date=goal.target_date
        if target_date is None
        else _target(target_date, course_started_on),
        status=goal.status if status is None else status,
    )
    if changed == goal:
        raise RuleViolation("Ændringen ændrer ikke målet.", field="body", rule="goal_unchanged")
    return changed
