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


class LimitUnit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    CALENDAR_MONTHS = "calendar_months"
    PER_WEEK = "per_week"


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
