"""When a member of staff can be booked: working hours (arbejdstid) per weekday, and
absences (fravær: holiday, illness, a course they attend).

A booking outside working hours or during an absence is refused unless it says why. An
absence registered later lists the appointments it hits, to be rebooked; nothing moves by
itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Protocol, TypeVar

from domain.calendar import COPENHAGEN
from domain.errors import RuleViolation

REASON_MAX = 500


class AbsenceKind(StrEnum):
    HOLIDAY = "holiday"  # ferie
    ILLNESS = "illness"  # sygdom
    FURTHER_TRAINING = "further_training"  # kursus (the member of staff's own)


ABSENCE_DANISH = {
    AbsenceKind.HOLIDAY: "ferie",
    AbsenceKind.ILLNESS: "sygdom",
    AbsenceKind.FURTHER_TRAINING: "kursus",
}


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """One stretch of working time on a weekday (1 Monday to 7 Sunday), Copenhagen time."""

    weekday: int
    starts: time
    ends: time


@dataclass(frozen=True, slots=True)
class Absence:
    """Whole days, first to last inclusive."""

    kind: AbsenceKind
    first_day: date
    last_day: date

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def working_week(hours: Iterable[WorkingHours]) -> tuple[WorkingHours, ...]:
    """A member of staff's week as recorded: each stretch ends after it starts, on a real
    weekday, and stretches of one day do not overlap."""
    ordered = sorted(hours, key=lambda stretch: (stretch.weekday, stretch.starts))
    for index, stretch in enumerate(ordered):
        if not 1 <= stretch.weekday <= 7:
            raise RuleViolation(
                "Ugedagen skal være 1 (mandag) til 7 (søndag).",
                field=f"hours.{index}.weekday", rule="working_hours",
            )  # fmt: skip
        if stretch.ends <= stretch.starts:
            raise RuleViolation(
                "Arbejdstiden skal slutte efter den begynder.",
                field=f"hours.{index}.ends", rule="working_hours",
            )  # fmt: skip
        previous = ordered[index - 1] if index else None
        if previous and previous.weekday == stretch.weekday and stretch.starts < previous.ends:
            raise RuleViolation(
                "To perioder samme dag må ikke overlappe.",
                field=f"hours.{index}.starts", rule="working_hours",
            )  # fmt: skip
    return tuple(ordered)


def record_absence(kind: AbsenceKind, *, first_day: date, last_day: date) -> Absence:
    if last_day < first_day:
        raise RuleViolation(
            "Fraværet kan ikke slutte før det begynder.", field="last_day", rule="absence_period"
        )
    return Absence(kind, first_day, last_day)


class StaffUnavailable(RuleViolation):
    """Booked outside working hours or during an absence, without saying why."""


def booking_reason(reason: str | None) -> str | None:
    cleaned = (reason or "").strip() or None
    if cleaned is not None and len(cleaned) > REASON_MAX:
        raise RuleViolation(
            f"Begrundelsen må højst have {REASON_MAX} tegn.",
            field="outside_hours_reason", rule="booking_reason",
        )  # fmt: skip
    return cleaned


def within_working_hours(
    starts_at: datetime, ends_at: datetime, hours: Iterable[WorkingHours]
) -> bool:
    """The whole session lies in one stretch of the day's working hours (Copenhagen time)."""
    start, end = starts_at.astimezone(COPENHAGEN), ends_at.astimezone(COPENHAGEN)
    if start.date() != end.date():
        return False
    return any(
        stretch.weekday == start.isoweekday()
        and stretch.starts <= start.time()
        and end.time() <= stretch.ends
        for stretch in hours
    )


def check_staff_available(
    starts_at: datetime,
    ends_at: datetime,
    *,
    hours: Iterable[WorkingHours],
    absences: Iterable[Absence],
    reason: str | None,
) -> None:
    """Refuse a booking during an absence or outside working hours, unless `reason` says
    why (it is then kept with the booking). A member of staff with no working week recorded
    is checked for absences only."""
    if booking_reason(reason) is not None:
        return
    day = starts_at.astimezone(COPENHAGEN).date()
    hit = next((absence for absence in absences if absence.covers(day)), None)
    if hit is not None:
        raise StaffUnavailable(
            f"Medarbejderen har fravær ({ABSENCE_DANISH[hit.kind]}) den dag. Angiv en "
            "begrundelse for at booke alligevel.",
            field="outside_hours_reason", rule="staff_absent",
        )  # fmt: skip
    week = tuple(hours)
    # No working week recorded yet (a new account): there are no hours to be outside of.
    if week and not within_working_hours(starts_at, ends_at, week):
        raise StaffUnavailable(
            "Tiden ligger uden for medarbejderens arbejdstid. Angiv en begrundelse for at "
            "booke alligevel.",
            field="outside_hours_reason", rule="outside_working_hours",
        )  # fmt: skip


class Timed(Protocol):
    @property
    def starts_at(self) -> datetime: ...


T = TypeVar("T", bound=Timed)


def hit_by_absence(absence: Absence, appointments: Iterable[T]) -> list[T]:
    """The appointments on the absence's days, to be rebooked."""
    return [
        appointment
        for appointment in appointments
        if absence.covers(appointment.starts_at.astimezone(COPENHAGEN).date())
    ]


def hit_by_closure(day: date, appointments: Iterable[T]) -> list[T]:
    """The appointments on a closure day added after they were booked."""
    return [
        appointment
        for appointment in appointments
        if appointment.starts_at.astimezone(COPENHAGEN).date() == day
    ]
