"""Referrals (henvendelser): what opens a case.

A hospital's rehabilitation plan (genoptræningsplan, Sundhedsloven § 140) or a citizen's
application (ansøgning, Serviceloven § 86). Legal bases themselves are data (a new law adds a
row), but each belongs to one of these two kinds, which decide what the case must record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from domain.calendar import COPENHAGEN
from domain.errors import RuleViolation

# KL CareSocialCodes (CODES.md); stored with every plan so national reporting can read them.
KL_CARE_SOCIAL_CODES = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes"


class ReferralKind(StrEnum):
    REHAB_PLAN = "rehab_plan"
    APPLICATION = "application"


class PlanType(StrEnum):
    """The type a hospital names on its plan, with KL's codes (category, subcategory)."""

    ALMEN_BASAL = "almen_basal"
    ALMEN_AVANCERET = "almen_avanceret"
    SPECIALISERET = "specialiseret"
    REHABILITERING_SPECIALISERET = "rehabilitering_specialiseret"

    @property
    def kl_codes(self) -> tuple[str, ...]:
        return _KL_PLAN_CODES[self]

    @property
    def is_almen(self) -> bool:
        return self in (PlanType.ALMEN_BASAL, PlanType.ALMEN_AVANCERET)

    @property
    def delivered_by_hospital(self) -> bool:
        """Genoptræning på specialiseret niveau: the hospital trains; the centre only records."""
        return self is PlanType.SPECIALISERET


_ALMEN = "ffd81f78-352e-4589-a195-5350dd1df2a4"
_KL_PLAN_CODES: dict[PlanType, tuple[str, ...]] = {
    PlanType.ALMEN_BASAL: (_ALMEN, "8b962281-2ab6-4b10-9c91-4bac592d6d49"),
    PlanType.ALMEN_AVANCERET: (_ALMEN, "b679c454-2da2-46dd-9425-0e52d4aa2bf3"),
    PlanType.SPECIALISERET: ("0c8e2bfc-1350-45d1-90da-c07e2645d073",),
    PlanType.REHABILITERING_SPECIALISERET: ("83c89857-8fb8-4163-97b1-eb1a56345c29",),
}


class Channel(StrEnum):
    """How an application reached the centre (the brief's intake channels)."""

    WEB_FORM = "web_form"
    POST = "post"
    EMAIL = "email"
    BORGERSERVICE_ISHOJ = "borgerservice_ishoj"
    BORGERSERVICE_VALLENSBAEK = "borgerservice_vallensbaek"


class Submitter(StrEnum):
    CITIZEN = "citizen"
    RELATIVE = "relative"
    BORGERSERVICE = "borgerservice"


class Training(StrEnum):
    """What a legal basis grants: genoptræning (to regain skills) or vedligeholdende træning
    (to keep them)."""

    REHABILITATION = "rehabilitation"
    MAINTENANCE = "maintenance"


# The legal bases the seed data creates, by the kind of referral that names them. The API's
# referral bodies are tagged with these codes; everything else reads a basis's data.
REHAB_PLAN_BASES: tuple[str, ...] = ("SUL_140",)
APPLICATION_BASES: tuple[str, ...] = ("SEL_86_1", "SEL_86_2")
LEGAL_BASES: tuple[str, ...] = (*REHAB_PLAN_BASES, *APPLICATION_BASES)


# The acts' abbreviations in `short_name`, in the genitive a letter cites them with.
_ACT_GENITIVE = {"SEL": "servicelovens", "SUL": "sundhedslovens"}


@dataclass(frozen=True, slots=True)
class LegalBasis:
    """A legal basis's data (a `legal_bases` row); which rules apply follows from it."""

    code: str
    referral_kind: ReferralKind
    name: str  # formal: Sundhedsloven § 140
    training: Training
    short_name: str = ""  # as caseworkers write it: SUL § 140
    service: str = ""  # the service without the paragraph: Genoptræning efter hospitalsophold

    @property
    def maintenance(self) -> bool:
        return self.training is Training.MAINTENANCE

    @property
    def citation(self) -> str:
        """As a decision cites it after "efter": servicelovens § 86, stk. 1."""
        act, _, paragraph = self.short_name.partition(" ")
        return f"{_ACT_GENITIVE[act]} {paragraph}" if act in _ACT_GENITIVE else self.name

    @property
    def rehabilitation(self) -> bool:
        """Genoptræning: a hospital plan, or an application to regain skills."""
        return self.training is Training.REHABILITATION

    @property
    def is_right(self) -> bool:
        """A hospital plan (§ 140) is a right: no need test, no quarantine, never refused."""
        return self.referral_kind is ReferralKind.REHAB_PLAN

    @property
    def quarantine_applies(self) -> bool:
        """Service standard: the 5-month re-application quarantine is for genoptræning on
        application only, not hospital plans (a right) nor vedligeholdende træning."""
        return self.rehabilitation and not self.is_right

    @property
    def need_test(self) -> Training | None:
        """Which need the therapist assesses: none for a right, else the training's own
        (rehabilitation_need or maintenance_need in domain.casework.eligibility)."""
        return None if self.is_right else self.training


def rehabilitation_bases(bases: Iterable[LegalBasis]) -> set[str]:
    """The codes of genoptræning, whose ended courses start the re-application quarantine."""
    return {basis.code for basis in bases if basis.rehabilitation}


@dataclass(frozen=True, slots=True)
class RehabPlanFacts:
    plan_type: PlanType
    discharge_date: date
    health_start_date: date | None = None  # a later start the plan names for health reasons


def receipt_date(received_at: datetime, *, now: datetime) -> date:
    """The day of receipt: the receipt's local date in Copenhagen, with no cut-off hour."""
    if received_at.tzinfo is None:
        raise RuleViolation(
            "Modtagelsestidspunktet skal angives med tidszone.", field="received_at"
        )
    if received_at > now:
        raise RuleViolation("Modtagelsestidspunktet ligger i fremtiden.", field="received_at")
    return received_at.astimezone(COPENHAGEN).date()


def check_plan_dates(plan: RehabPlanFacts) -> None:
    if plan.health_start_date is not None and plan.health_start_date < plan.discharge_date:
        raise RuleViolation(
            "En senere startdato af helbredsmæssige årsager kan ikke ligge før udskrivelsen.",
            field="health_start_date",
        )


def check_training_start(
    plan: RehabPlanFacts, started_on: date, early_start_reason: str | None
) -> None:
    """Training starts on or after the later start the plan names for health reasons; an
    earlier start is recorded with its reason."""
    health_start = plan.health_start_date
    if health_start is not None and started_on < health_start and not early_start_reason:
        raise RuleViolation(
            "Træningen starter før sygehusets startdato: angiv begrundelsen.",
            field="early_start_reason",
            rule="health_start_date",
        )
