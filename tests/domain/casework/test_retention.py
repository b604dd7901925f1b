"""Retention: case records are kept 5 years after their last entry; a pending complaint
holds them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.casework import CASE_RECORDS_MIN_YEARS, CaseState, last_entry
from domain.casework.retention import case_may_be_deleted, held_for_complaint, retention_cutoff

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
OLD = datetime(2021, 11, 30, 12, 0, tzinfo=UTC)
RECENT = datetime(2021, 12, 2, 12, 0, tzinfo=UTC)


def test_the_cutoff_is_the_same_moment_years_before() -> None:
    assert retention_cutoff(NOW, 5) == datetime(2021, 12, 1, 12, 0, tzinfo=UTC)
    assert CASE_RECORDS_MIN_YEARS == 5


def test_an_old_closed_case_may_be_deleted_a_recent_one_not() -> None:
    assert case_may_be_deleted(CaseState.REFUSED, OLD, now=NOW, years=5)
    assert not case_may_be_deleted(CaseState.REFUSED, RECENT, now=NOW, years=5)


@pytest.mark.parametrize("state", [CaseState.COMPLAINED, CaseState.UPHELD])
def test_a_pending_complaint_holds_the_records_whatever_their_age(state: CaseState) -> None:
    assert held_for_complaint(state)
    assert not case_may_be_deleted(state, OLD, now=NOW, years=5)


def test_a_forwarded_complaint_no_longer_holds_them() -> None:
    assert not held_for_complaint(CaseState.FORWARDED)
    assert case_may_be_deleted(CaseState.FORWARDED, OLD, now=NOW, years=5)


def test_the_last_entry_is_the_newest_of_the_case_and_its_course_records() -> None:
    note = datetime(2022, 2, 28, 9, 0, tzinfo=UTC)
    assert last_entry(OLD, [note, RECENT]) == note
    assert last_entry(RECENT, []) == RECENT
    # A case untouched since 2021 but with a journal note in February 2022 is kept.
    assert not case_may_be_deleted(CaseState.REFUSED, last_entry(OLD, [note]), now=NOW, years=5)
