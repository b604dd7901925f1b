"""Eligibility (visitation): the service standards' rules, each returning findings.

A finding names its rule, says whether the rule is met, keeps the facts it used and gives a
Danish sentence for the decision letter, so a refusal can always say why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from domain.errors import RuleViolation


class Outcome(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    FLAG = "flag"  # for the therapist to decide; never a refusal by itself
    OVERRIDDEN = "overridden"  # not met, but set aside by the visitator with a reason


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    outcome: Outcome
    text: str
    facts: Mapping[str, object] = field(default_factory=dict)

    @property
    def refuses(self) -> bool:
        return self.outcome is Outcome.NOT_MET


@dataclass(frozen=True, slots=True)
class Override:
    """The visitator sets a rule aside "som udgangspunkt" allows; the reason is kept."""

    rule: str
    reason: str

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise RuleViolation("En fravigelse skal have en skriftlig begrundelse.", field="reason")


def quarantine_ends(last_course_ended: date, months: int) -> date:
    """The first day a renewed application may come: calendar months after the course ended.

    30 September + 5 months is 28 February (29 in a leap year): the day is clamped to the
    month's end.
    """
    return last_course_ended + relativedelta(months=months)


# Danish sentences for the letter, by rule and reason.
TEXTS = {
    "plan_with_active_course": (
        "Borgeren har allerede et aktivt forløb i træningscentret; terapeuten afgør, om "
        "forløbet fortsætter efter den nye genoptræningsplan eller afsluttes og startes på ny."
    ),
    "plan_with_therapy_elsewhere": (
        "Borgeren modtager træning et andet sted for samme lidelse; terapeuten afklarer det, "
        "da en genoptræningsplan ikke kan afslås."
    ),
    "active_course": (
        "Du har allerede et aktivt forløb i træningscentret, og du kan kun modtage ét tilbud "
        "ad gangen."
    ),
    "trains_elsewhere": (
        "Du træner allerede et andet sted, og du kan kun modtage ét tilbud ad gangen."
    ),
    "therapy_elsewhere": (
        "Du modtager fysioterapeutisk eller ergoterapeutisk træning et andet sted for samme "
        "lidelse, og du kan kun modtage ét tilbud ad gangen."
    ),
    "no_other_offer": "Borgeren modtager ikke andet tilbud.",
}


def one_offer_at_a_time(
    *,
    referral_kind: str,
    maintenance: bool,
    active_course_at_centre: bool,
    therapy_elsewhere_same_condition: bool = False,
    trains_elsewhere: bool = False,
) -> Finding:
    """One offer at a time. A hospital plan is a right: a clash is flagged, never refused."""
    facts = {
        "active_course_at_centre": active_course_at_centre,
        "therapy_elsewhere_same_condition": therapy_elsewhere_same_condition,
        "trains_elsewhere": trains_elsewhere,
    }
    rule = "one_offer_at_a_time"
    if referral_kind == "rehab_plan":
        if active_course_at_centre:
            return Finding(rule, Outcome.FLAG, TEXTS["plan_with_active_course"], facts)
        if therapy_elsewhere_same_condition:
            return Finding(rule, Outcome.FLAG, TEXTS["plan_with_therapy_elsewhere"], facts)
    elif active_course_at_centre:
        return Finding(rule, Outcome.NOT_MET, TEXTS["active_course"], facts)
    elif maintenance and trains_elsewhere:
        return Finding(rule, Outcome.NOT_MET, TEXTS["trains_elsewhere"], facts)
    elif not maintenance and therapy_elsewhere_same_condition:
        return Finding(rule, Outcome.NOT_MET, TEXTS["therapy_elsewhere"], facts)
    return Finding(rule, Outcome.MET, TEXTS["no_other_offer"], facts)


def renewed_application_quarantine(
    *,
    received: date,
    last_municipal_rehabilitation_ended: date | None,
    months: int,
    override: Override | None = None,
) -> Finding:
    """A renewed genoptræning application comes at the earliest `months` after the last course.

    Not for hospital plans (a right) nor maintenance training: callers do not ask it there.
    """
    rule = "renewed_application_quarantine"
    if last_municipal_rehabilitation_ended is None:
        return Finding(rule, Outcome.MET, "Borgeren har ikke haft et kommunalt "
                       "genoptræningsforløb.", {"last_course_ended": None})  # fmt: skip
    earliest = quarantine_ends(last_municipal_rehabilitation_ended, months)
    facts = {
        "last_course_ended": last_municipal_rehabilitation_ended.isoformat(),
        "earliest_renewal": earliest.isoformat(),
        "received": received.isoformat(),
        "months": months,
    }
    if received >= earliest:
        return Finding(rule, Outcome.MET, "Der er gået mindst "
                       f"{months} måneder siden sidste genoptræningsforløb.", facts)  # fmt: skip
    text = (
        f"Du kan som udgangspunkt tidligst søge om genoptræning igen {months} måneder efter, "
        f"at dit sidste forløb sluttede den {_danish(last_municipal_rehabilitation_ended)}, "
        f"dvs. fra den {_danish(earliest)}."
    )
    if override is not None and override.rule == rule:
        return Finding(rule, Outcome.OVERRIDDEN, text, {**facts, "override": override.reason})
    return Finding(rule, Outcome.NOT_MET, text, facts)


def rehabilitation_need(
    *, loss_without_hospital_contact: bool, cannot_regain_by_own_effort: bool
) -> Finding:
    """Serviceloven § 86, stk. 1: lost function without hospital contact, not regained alone."""
    facts = {
        "loss_without_hospital_contact": loss_without_hospital_contact,
        "cannot_regain_by_own_effort": cannot_regain_by_own_effort,
    }
    if not loss_without_hospital_contact:
        return Finding("sel_86_1_need", Outcome.NOT_MET, "Funktionstabet skyldes et forløb med "
                       "hospitalskontakt; genoptræning gives da efter en genoptræningsplan.",
                       facts)  # fmt: skip
    if not cannot_regain_by_own_effort:
        return Finding("sel_86_1_need", Outcome.NOT_MET, "Terapeuten vurderer, at du kan "
                       "genvinde færdighederne ved egen træningsindsats.", facts)  # fmt: skip
    return Finding("sel_86_1_need", Outcome.MET, "Terapeuten vurderer, at du ikke selv kan "
                   "genvinde de tabte færdigheder.", facts)  # fmt: skip


def maintenance_need(
    *, has_physical_psychological_or_social_problems: bool, cannot_keep_up_alone: bool,
    no_other_training_suffices: bool,
) -> Finding:  # fmt: skip
    """Serviceloven § 86, stk. 2: skills not kept up alone, and no other training will do."""
    facts = {
        "has_physical_psychological_or_social_problems": (
            has_physical_psychological_or_social_problems
        ),
        "cannot_keep_up_alone": cannot_keep_up_alone,
        "no_other_training_suffices": no_other_training_suffices,
    }
    if not has_physical_psychological_or_social_problems:
        return Finding("sel_86_2_need", Outcome.NOT_MET, "Der er ikke fysiske, psykiske eller "
                       "særlige sociale problemer, der begrunder træningen.", facts)  # fmt: skip
    if not cannot_keep_up_alone:
        return Finding("sel_86_2_need", Outcome.NOT_MET, "Terapeuten vurderer, at du selv kan "
                       "vedligeholde dine færdigheder.", facts)  # fmt: skip
    if not no_other_training_suffices:
        return Finding("sel_86_2_need", Outcome.NOT_MET, "Terapeuten vurderer, at andre former "
                       "for træning, herunder din egen indsats, kan vedligeholde dine "
                       "færdigheder.", facts)  # fmt: skip
    return Finding("sel_86_2_need", Outcome.MET, "Terapeuten vurderer, at du ikke selv kan "
                   "vedligeholde færdighederne, og at anden træning ikke kan.", facts)  # fmt: skip


def eligible(findings: list[Finding]) -> bool:
    return not any(finding.refuses for finding in findings)


_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december")  # fmt: skip


def _danish(day: date) -> str:
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"
