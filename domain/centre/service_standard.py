"""The councils' service standard (kvalitetsstandard) as versioned data.

Limits are rows with an effective date, loaded from the database; this module only knows how
to pick the row in force on a day. A case keeps the limits in force on its day of receipt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.errors import RuleViolation


class LimitKind(StrEnum):
    INVITATION = "invitation"  # indkaldelse til indledende samtale og undersøgelse sendt
    TRAINING_START = "training_start"  # træning startet (§ 140: "tilstræber")
    DECISION = "decision"  # skriftligt begrundet afslag sendt (§ 86)
    FREE_CHOICE = "free_choice"  # Sundhedsloven § 140, stk. 4: start inden 7 dage
    COMPLAINT = "complaint"  # borgerens klagefrist
    REASSESSMENT = "reassessment"  # centrets revurdering af en klage
    QUARANTINE = "quarantine"  # tidligst fornyet ansøgning om genoptræning
    INDIVIDUAL_TRAINING_PER_WEEK_MIN = "individual_training_per_week_min"
    INDIVIDUAL_TRAINING_PER_WEEK_MAX = "individual_training_per_week_max"
    TEAM_TRAINING_PER_WEEK_MIN = "team_training_per_week_min"
    TEAM_TRAINING_PER_WEEK_MAX = "team_training_per_week_max"
    # Afbud og udeblivelser: more than this many and the course is flagged (never ended).
    CANCELLATIONS_ALLOWED = "cancellations_allowed"  # the citizen's, not due to illness
    NO_SHOWS_ALLOWED = "no_shows_allowed"


class LimitUnit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    CALENDAR_MONTHS = "calendar_months"
    PER_WEEK = "per_week"
    COUNT = "count"  # a number of times over the course


@dataclass(frozen=True, slots=True)
class Limit:
    legal_basis: str
    kind: LimitKind
    value: int
    unit: LimitUnit
    effective_from: date


class ServiceStandard:
    """All versions of the limits one centre works under."""

    def __init__(self, limits: Iterable[Limit]) -> None:
        self._limits = sorted(limits, key=lambda limit: limit.effective_from)

    def in_force(self, legal_basis: str, on: date) -> dict[LimitKind, Limit]:
        """The newest version of each limit for `legal_basis` that took effect on or before `on`."""
        chosen: dict[LimitKind, Limit] = {}
        for limit in self._limits:
            if limit.legal_basis == legal_basis and limit.effective_from <= on:
                chosen[limit.kind] = limit  # later rows replace earlier ones
        if not chosen:
            raise RuleViolation(
                "Der er ingen kvalitetsstandard i kraft for lovgrundlaget på modtagelsesdagen.",
                field="legal_basis",
            )
        return chosen


# The unit each kind of limit is counted in; a new version cannot count it otherwise.
UNITS: dict[LimitKind, LimitUnit] = {
    LimitKind.INVITATION: LimitUnit.WORKING_DAYS,
    LimitKind.TRAINING_START: LimitUnit.WORKING_DAYS,
    LimitKind.DECISION: LimitUnit.WORKING_DAYS,
    LimitKind.FREE_CHOICE: LimitUnit.CALENDAR_DAYS,
    LimitKind.COMPLAINT: LimitUnit.CALENDAR_DAYS,
    LimitKind.REASSESSMENT: LimitUnit.CALENDAR_DAYS,
    LimitKind.QUARANTINE: LimitUnit.CALENDAR_MONTHS,
    LimitKind.INDIVIDUAL_TRAINING_PER_WEEK_MIN: LimitUnit.PER_WEEK,
    LimitKind.INDIVIDUAL_TRAINING_PER_WEEK_MAX: LimitUnit.PER_WEEK,
    LimitKind.TEAM_TRAINING_PER_WEEK_MIN: LimitUnit.PER_WEEK,
    LimitKind.TEAM_TRAINING_PER_WEEK_MAX: LimitUnit.PER_WEEK,
    LimitKind.CANCELLATIONS_ALLOWED: LimitUnit.COUNT,
    LimitKind.NO_SHOWS_ALLOWED: LimitUnit.COUNT,
}


def check_new_version(limits: list[Limit], *, today: date) -> None:
    """A new version takes effect today or later (history is not rewritten), names each
    limit once, and counts it in its own unit."""
    for index, limit in enumerate(limits):
        if limit.effective_from < today:
            raise RuleViolation(
                "En ny version kan tidligst gælde fra i dag.", field="effective_from"
            )
        if limit.unit is not UNITS[limit.kind]:
            raise RuleViolation(
                "Fristen skal angives i sin egen enhed.", field=f"limits.{index}.unit"
            )
        if any(other.kind is limit.kind for other in limits[:index]):
            raise RuleViolation("Hver frist må kun angives én gang.", field=f"limits.{index}.kind")
