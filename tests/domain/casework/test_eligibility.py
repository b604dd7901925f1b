"""Eligibility rules return findings with reasons; dates worked out by hand."""

from datetime import date

import pytest

from domain.casework.eligibility import (
    Outcome,
    Override,
    eligible,
    maintenance_need,
    one_offer_at_a_time,
    quarantine_ends,
    rehabilitation_need,
    renewed_application_quarantine,
)
from domain.errors import RuleViolation


@pytest.mark.parametrize(
    ("ended", "earliest"),
    [
        (date(2025, 9, 30), date(2026, 2, 28)),  # February 2026 has 28 days
        (date(2027, 9, 30), date(2028, 2, 29)),  # 2028 is a leap year
        (date(2026, 1, 31), date(2026, 6, 30)),  # no 31 June: the month's last day
        (date(2026, 8, 15), date(2027, 1, 15)),  # across the new year
        (date(2026, 3, 31), date(2026, 8, 31)),
    ],
)
def test_the_quarantine_counts_calendar_months(ended: date, earliest: date) -> None:
    assert quarantine_ends(ended, 5) == earliest


def test_a_renewed_application_inside_five_month_quarantine_is_refused() -> None:
    early = renewed_application_quarantine(
        received=date(2026, 2, 27), last_municipal_rehabilitation_ended=date(2025, 9, 30), months=5
    )
    assert early.outcome is Outcome.NOT_MET
    assert early.refuses
    assert "fra den 28. februar 2026" in early.text
    assert early.facts["earliest_renewal"] == "2026-02-28"
    on_time = renewed_application_quarantine(
        received=date(2026, 2, 28), last_municipal_rehabilitation_ended=date(2025, 9, 30), months=5
    )
    assert on_time.outcome is Outcome.MET


def test_the_leap_day_is_the_first_day_after_a_quarantine_from_30_september_2027() -> None:
    before = renewed_application_quarantine(
        received=date(2028, 2, 28), last_municipal_rehabilitation_ended=date(2027, 9, 30), months=5
    )
    assert before.refuses
    leap_day = renewed_application_quarantine(
        received=date(2028, 2, 29), last_municipal_rehabilitation_ended=date(2027, 9, 30), months=5
    )
    assert not leap_day.refuses


def test_the_visitator_may_override_the_quarantine_with_a_written_reason() -> None:
    override = Override("renewed_application_quarantine", "Nyt fald med ny funktionsnedsættelse")
    finding = renewed_application_quarantine(
        received=date(2026, 1, 5),
        last_municipal_rehabilitation_ended=date(2025, 12, 1),
        months=5,
        override=override,
    )
    assert finding.outcome is Outcome.OVERRIDDEN
    assert not finding.refuses
    assert finding.facts["override"] == "Nyt fald med ny funktionsnedsættelse"
    with pytest.raises(RuleViolation) as raised:
        Override("renewed_application_quarantine", "   ")
    assert raised.value.field == "reason"


def test_no_earlier_course_means_no_quarantine() -> None:
    finding = renewed_application_quarantine(
        received=date(2026, 1, 5), last_municipal_rehabilitation_ended=None, months=5
    )
    assert finding.outcome is Outcome.MET


@pytest.mark.parametrize(
    ("facts", "outcome"),
    [
        ({"referral_kind": "application", "maintenance": False, "active_course_at_centre": True},
         Outcome.NOT_MET),
        ({"referral_kind": "application", "maintenance": False, "active_course_at_centre": False,
          "therapy_elsewhere_same_condition": True}, Outcome.NOT_MET),
        # Training elsewhere refuses maintenance training, not genoptræning.
        ({"referral_kind": "application", "maintenance": True, "active_course_at_centre": False,
          "trains_elsewhere": True}, Outcome.NOT_MET),
        ({"referral_kind": "application", "maintenance": False, "active_course_at_centre": False,
          "trains_elsewhere": True}, Outcome.MET),
        # A hospital plan is a right: a clash is flagged for the therapist, never refused.
        ({"referral_kind": "rehab_plan", "maintenance": False, "active_course_at_centre": True},
         Outcome.FLAG),
        ({"referral_kind": "rehab_plan", "maintenance": False, "active_course_at_centre": False,
          "therapy_elsewhere_same_condition": True}, Outcome.FLAG),
        ({"referral_kind": "rehab_plan", "maintenance": False, "active_course_at_centre": False},
         Outcome.MET),
    ],
)  # fmt: skip
def test_one_offer_at_a_time(facts: dict[str, bool | str], outcome: Outcome) -> None:
    finding = one_offer_at_a_time(**facts)  # type: ignore[arg-type]
    assert finding.outcome is outcome
    assert finding.facts["active_course_at_centre"] == facts["active_course_at_centre"]
    assert finding.text


def test_rehabilitation_on_application_needs_loss_without_hospital_and_no_own_recovery() -> None:
    assert (
        rehabilitation_need(
            loss_without_hospital_contact=True, cannot_regain_by_own_effort=True
        ).outcome
        is Outcome.MET
    )
    assert rehabilitation_need(
        loss_without_hospital_contact=False, cannot_regain_by_own_effort=True
    ).refuses
    own_effort = rehabilitation_need(
        loss_without_hospital_contact=True, cannot_regain_by_own_effort=False
    )
    assert own_effort.refuses
    assert "egen træningsindsats" in own_effort.text


def test_maintenance_training_needs_all_three_findings() -> None:
    def need(a: bool, b: bool, c: bool) -> Outcome:
        return maintenance_need(
            has_physical_psychological_or_social_problems=a,
            cannot_keep_up_alone=b,
            no_other_training_suffices=c,
        ).outcome

    assert need(True, True, True) is Outcome.MET
    assert need(False, True, True) is Outcome.NOT_MET
    assert need(True, False, True) is Outcome.NOT_MET
    assert need(True, True, False) is Outcome.NOT_MET


def test_eligible_when_no_finding_refuses() -> None:
    flag = one_offer_at_a_time(referral_kind="rehab_plan", maintenance=False,
                               active_course_at_centre=True)  # fmt: skip
    refusal = rehabilitation_need(
        loss_without_hospital_contact=True, cannot_regain_by_own_effort=False
    )
    assert eligible([flag])
    assert not eligible([flag, refusal])
