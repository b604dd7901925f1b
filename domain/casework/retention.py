"""Retention (opbevaring): how long case records and the access log are kept.

Case records are kept at least 5 years after their last entry; a case with a complaint still
pending (not yet reassessed, or upheld and not yet sent to Ankestyrelsen) is kept whatever its
age, for the complaint needs its records.

A case's records include its courses' (goals and their versions, journal notes, bookings,
content, frequency exceptions): the last entry is the newest of them all, so a note written
today keeps the case for another 5 years, and deleting the case deletes them with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from dateutil.relativedelta import relativedelta

from domain.casework.case_lifecycle import CaseState

CASE_RECORDS_MIN_YEARS = 5
# A complaint is pending in these states: the records are held while it is.
COMPLAINT_PENDING: frozenset[CaseState] = frozenset({CaseState.COMPLAINED, CaseState.UPHELD})


def retention_cutoff(now: datetime, years: int) -> datetime:
    """Entries before this moment are older than `years` and may be deleted."""
    return now - relativedelta(years=years)


def held_for_complaint(state: CaseState) -> bool:
    """A pending complaint holds the case's records whatever their age."""
    return state in COMPLAINT_PENDING


def case_may_be_deleted(
    state: CaseState, last_entry_at: datetime, *, now: datetime, years: int
) -> bool:
    """A case whose last entry is over `years` old, with no complaint pending."""
    return last_entry_at < retention_cutoff(now, years) and not held_for_complaint(state)


def last_entry(case_last_entry: datetime, course_records: Iterable[datetime]) -> datetime:
    """The newest entry of the case and of its courses' records."""
    return max([case_last_entry, *course_records])
