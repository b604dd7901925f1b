"""The complaint and reassessment days a letter states come from the service standard in force."""

from __future__ import annotations

from datetime import date

from domain.casework.complaint import complaint_days, reassessment_days
from domain.centre.service_standard import Limit, LimitKind, LimitUnit


def test_a_letter_states_the_service_standards_days() -> None:
    complaint = Limit(
        "SEL_86_1", LimitKind.COMPLAINT, 30, LimitUnit.CALENDAR_DAYS, date(2026, 1, 1)
    )
    reassessment = Limit(
        "SEL_86_1", LimitKind.REASSESSMENT, 21, LimitUnit.CALENDAR_DAYS, date(2026, 1, 1)
    )
    assert complaint_days(complaint) == 30
    assert reassessment_days(reassessment) == 21


def test_with_no_limit_in_force_the_law_s_four_weeks() -> None:
    assert complaint_days(None) == 28
    assert reassessment_days(None) == 28
