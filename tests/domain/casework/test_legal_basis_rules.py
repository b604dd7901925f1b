"""Which rules apply follows from the legal basis's data, never from its code."""

from datetime import date

from domain.casework import LegalBasis, ReferralKind, Training, rehabilitation_bases
from domain.casework.case_lifecycle import CaseState, is_open
from domain.casework.decision import SendingChannel, receipt_awaited

PLAN = LegalBasis("PLAN", ReferralKind.REHAB_PLAN, "Genoptræningsplan", Training.REHABILITATION)
REHAB = LegalBasis("REHAB", ReferralKind.APPLICATION, "Genoptræning", Training.REHABILITATION)
KEEP = LegalBasis("KEEP", ReferralKind.APPLICATION, "Vedligeholdende", Training.MAINTENANCE)


def test_hospital_plan_is_a_right_without_need_test_or_quarantine() -> None:
    assert PLAN.is_right
    assert PLAN.need_test is None
    assert not PLAN.quarantine_applies


def test_quarantine_applies_to_rehabilitation_on_application_only() -> None:
    assert REHAB.quarantine_applies
    assert not KEEP.quarantine_applies


def test_need_test_follows_the_training_granted() -> None:
    assert REHAB.need_test is Training.REHABILITATION
    assert KEEP.need_test is Training.MAINTENANCE
    assert KEEP.maintenance


def test_rehabilitation_bases_leave_maintenance_out() -> None:
    assert rehabilitation_bases([PLAN, REHAB, KEEP]) == {"PLAN", "REHAB"}


def test_receipt_of_a_letter_is_awaited_until_recorded() -> None:
    assert receipt_awaited(SendingChannel.LETTER, None)
    assert not receipt_awaited(SendingChannel.LETTER, date(2026, 11, 23))
    assert not receipt_awaited(SendingChannel.DIGITAL_POST, None)


def test_open_states_are_those_not_closed() -> None:
    assert is_open(CaseState.UPHELD)
    assert is_open(CaseState.RECEIVED)
    assert not is_open(CaseState.STARTED)
