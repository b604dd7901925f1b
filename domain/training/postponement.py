"""Postponement (udskydelse): the course pauses while the citizen has no energy to train.

It has a reason and an expected resume date; the course's bookings from the first day of
the pause up to the day before it resumes are released (never one already begun).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol, TypeVar

from domain.calendar import COPENHAGEN
from domain.errors import RuleViolation
from domain.training.course import CourseStatus

REASON_MAX = 2000


@dataclass(frozen=True, slots=True)
class Postponement:
    reason: str
    starts_on: date
    expected_resume_on: date

    def covers(self, day: date) -> bool:
        return self.starts_on <= day < self.expected_resume_on


class PostponementRefused(RuleViolation):
    """Only a planned or active course is postponed, with a reason and a resume date after
    the pause starts."""


def postpone(
    status: CourseStatus,
    *,
    reason: str | None,
    starts_on: date,
    expected_resume_on: date | None,
    today: date,
) -> Postponement:
    if status not in (CourseStatus.PLANNED, CourseStatus.ACTIVE):
        raise PostponementRefused(
            "Kun et planlagt eller aktivt forløb kan udskydes.",
            field="course_id", rule="postponement_status",
        )  # fmt: skip
    text = (reason or "").strip()
    if not text or len(text) > REASON_MAX:
        raise PostponementRefused(
            f"Skriv årsagen til udskydelsen (højst {REASON_MAX} tegn).",
            field="reason", rule="postponement_reason",
        )  # fmt: skip
    if starts_on < today:
        raise PostponementRefused(
            "En udskydelse kan tidligst begynde i dag.",
            field="starts_on",
            rule="postponement_start",
        )
    if expected_resume_on is None or expected_resume_on <= starts_on:
        raise PostponementRefused(
            "Angiv den forventede genoptagelse, efter udskydelsen begynder.",
            field="expected_resume_on", rule="postponement_resume",
        )  # fmt: skip
    return Postponement(text, starts_on, expected_resume_on)


class Booked(Protocol):
    @property
    def starts_at(self) -> datetime: ...


B = TypeVar("B", bound=Booked)


def released_by_postponement(
    postponement: Postponement, bookings: Iterable[B], *, now: datetime
) -> list[B]:
    """The bookings the pause releases: those not yet begun, on a day of the pause."""
    return [
        booking
        for booking in bookings
        if booking.starts_at > now
        and postponement.covers(booking.starts_at.astimezone(COPENHAGEN).date())
    ]


def resume(status: CourseStatus) -> CourseStatus:
    """A postponed course is active again (its new bookings are made as usual)."""
    if status is not CourseStatus.POSTPONED:
        raise PostponementRefused(
            "Forløbet er ikke udskudt.", field="course_id", rule="postponement_status"
        )
    return CourseStatus.ACTIVE
