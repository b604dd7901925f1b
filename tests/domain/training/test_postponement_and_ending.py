"""Postponement, ending and the final status, with dates worked out by hand.

Easter is not involved; December 2026: Monday 14, Wednesday 30, Thursday 31 (closed);
Friday 1 January 2027 is New Year's Day, Monday 4 January 2027 the first working day after.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

import pytest

from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.casework import LegalBasis, ReferralKind, Training, complaint_window_end
from domain.casework.eligibility import Outcome, renewed_application_quarantine
from domain.centre import Limit, LimitKind, LimitUnit
from domain.training import (
    CourseStatus,
    EndingRefused,
    EndReason,
    FinalStatusNotPossible,
    NoEndingDecision,
    PostponementRefused,
    check_ending_decision,
    check_final_status,
    end_course,
    postpone,
    released_by_postponement,
    resume,
)

PLAN = LegalBasis("PLAN", ReferralKind.REHAB_PLAN, "Genoptræningsplan", Training.REHABILITATION)
REHAB = LegalBasis("REHAB", ReferralKind.APPLICATION, "Genoptræning", Training.REHABILITATION)
KEEP = LegalBasis("KEEP", ReferralKind.APPLICATION, "Vedligeholdende", Training.MAINTENANCE)


@dataclass(frozen=True)
class Booking:
    id: uuid.UUID
    starts_at: datetime


def booking(month: int, day: int, hour: int, year: int = 2026) -> Booking:
    return Booking(uuid.uuid4(), datetime(year, month, day, hour, tzinfo=COPENHAGEN))


def test_a_postponement_releases_the_bookings_of_its_days_not_yet_begun() -> None:
    pause = postpone(
        CourseStatus.ACTIVE, reason=" Ingen energi efter indlæggelse ",
        starts_on=date(2026, 12, 14), expected_resume_on=date(2027, 1, 4), today=date(2026, 12, 14),
    )  # fmt: skip
    assert pause.reason == "Ingen energi efter indlæggelse"
    before, begun, later_that_day = booking(12, 11, 10), booking(12, 14, 10), booking(12, 14, 13)
    new_year, resume_day = booking(12, 30, 10), booking(1, 4, 10, 2027)
    released = released_by_postponement(
        pause, [before, begun, later_that_day, new_year, resume_day],
        now=datetime(2026, 12, 14, 12, tzinfo=COPENHAGEN),
    )  # fmt: skip
    assert released == [later_that_day, new_year]
    assert resume(CourseStatus.POSTPONED) is CourseStatus.ACTIVE
    with pytest.raises(PostponementRefused):
        resume(CourseStatus.ACTIVE)


@pytest.mark.parametrize(
    ("status", "reason", "starts", "resumes", "field"),
    [
        (CourseStatus.ENDED, "Træt", date(2026, 12, 14), date(2027, 1, 4), "course_id"),
        (CourseStatus.POSTPONED, "Træt", date(2026, 12, 14), date(2027, 1, 4), "course_id"),
        (CourseStatus.ACTIVE, "  ", date(2026, 12, 14), date(2027, 1, 4), "reason"),
        (CourseStatus.ACTIVE, "Træt", date(2026, 12, 13), date(2027, 1, 4), "starts_on"),
        (CourseStatus.ACTIVE, "Træt", date(2026, 12, 14), date(2026, 12, 14), "expected_resume_on"),
        (CourseStatus.ACTIVE, "Træt", date(2026, 12, 14), None, "expected_resume_on"),
    ],
)
def test_a_postponement_is_refused_with_the_field_at_fault(
    status: CourseStatus, reason: str, starts: date, resumes: date | None, field: str
) -> None:
    with pytest.raises(PostponementRefused) as refused:
        postpone(
            status, reason=reason, starts_on=starts, expected_resume_on=resumes,
            today=date(2026, 12, 14),
        )  # fmt: skip
    assert refused.value.field == field


def end(basis: LegalBasis, reason: EndReason | None, note: str | None = None, **dates: date):
    return end_course(
        basis, CourseStatus.ACTIVE, reason=reason, note=note,
        started_on=dates.get("started_on", date(2026, 9, 1)),
        ended_on=dates.get("ended_on", date(2026, 11, 30)), today=date(2026, 12, 1),
    )  # fmt: skip


def test_a_section_86_course_ended_other_than_at_the_citizens_wish_is_a_decision() -> None:
    assert end(REHAB, EndReason.NO_FURTHER_PROGRESS).is_decision
    assert end(REHAB, EndReason.AFTER_ABSENCES).is_decision
    assert end(KEEP, EndReason.MAINTAINS_ALONE).is_decision
    assert not end(REHAB, EndReason.CITIZEN_WISH).is_decision
    assert not end(REHAB, EndReason.DIED).is_decision
    # A hospital plan is a right: its end is no decision.
    assert not end(PLAN, EndReason.NO_FURTHER_PROGRESS).is_decision


def test_the_final_status_is_expected_after_genoptraening_only() -> None:
    assert end(PLAN, EndReason.THERAPIST_NO_LONGER_NEEDED).final_status_expected
    assert end(REHAB, EndReason.MOVED).final_status_expected
    assert not end(KEEP, EndReason.MAINTAINS_ALONE).final_status_expected
    check_final_status(REHAB, general_practitioner_on_record=True)
    with pytest.raises(FinalStatusNotPossible) as maintenance:
        check_final_status(KEEP, general_practitioner_on_record=True)
    assert maintenance.value.rule == "final_status_rehabilitation"
    with pytest.raises(FinalStatusNotPossible) as no_gp:
        check_final_status(PLAN, general_practitioner_on_record=False)
    assert no_gp.value.field == "general_practitioner"
    assert "praktiserende læge" in no_gp.value.message


@pytest.mark.parametrize(
    ("basis", "reason", "note", "dates", "field"),
    [
        (REHAB, None, None, {}, "reason"),
        (REHAB, EndReason.OTHER, "  ", {}, "note"),
        (REHAB, EndReason.MAINTAINS_ALONE, None, {}, "reason"),
        (KEEP, EndReason.NO_FURTHER_PROGRESS, None, {}, "reason"),
        (KEEP, EndReason.THERAPIST_NO_LONGER_NEEDED, None, {}, "reason"),
        (REHAB, EndReason.CITIZEN_WISH, None, {"ended_on": date(2026, 12, 2)}, "ended_on"),
        (REHAB, EndReason.CITIZEN_WISH, None, {"ended_on": date(2026, 8, 31)}, "ended_on"),
    ],
)
def test_an_ending_is_refused_with_the_field_at_fault(
    basis: LegalBasis, reason: EndReason | None, note: str | None, dates: dict[str, date],
    field: str,
) -> None:  # fmt: skip
    with pytest.raises(EndingRefused) as refused:
        end(basis, reason, note, **dates)
    assert refused.value.field == field


def test_an_ended_course_is_not_ended_again() -> None:
    with pytest.raises(EndingRefused):
        end_course(
            REHAB, CourseStatus.ENDED, reason=EndReason.CITIZEN_WISH, note=None,
            started_on=None, ended_on=date(2026, 11, 30), today=date(2026, 12, 1),
        )  # fmt: skip


def test_the_end_date_is_what_the_quarantine_counts_from() -> None:
    # Ended Wednesday 30 September 2026: 5 months on is "30 February 2027", so the last day
    # of February (2027 is no leap year): a renewed application from 28 February 2027.
    closure = end(REHAB, EndReason.NO_FURTHER_PROGRESS, ended_on=date(2026, 9, 30))
    assert closure.ending.ended_on == date(2026, 9, 30)
    assert closure.ending.status is CourseStatus.ENDED

    def finding(received: date) -> Outcome:
        return renewed_application_quarantine(
            received=received, last_municipal_rehabilitation_ended=closure.ending.ended_on,
            months=5,
        ).outcome  # fmt: skip

    assert finding(date(2027, 2, 27)) is Outcome.NOT_MET
    assert finding(date(2027, 2, 28)) is Outcome.MET


def test_an_ending_decision_has_the_complaint_window_of_every_decision() -> None:
    # Received Thursday 3 December 2026: 28 days on is Thursday 31 December (closed), Friday
    # 1 January is New Year's Day, then a weekend: the window runs to Monday 4 January 2027.
    window = Limit("REHAB", LimitKind.COMPLAINT, 28, LimitUnit.CALENDAR_DAYS, date(2026, 1, 1))
    assert complaint_window_end(date(2026, 12, 3), window, WorkingDayCalendar()) == date(2027, 1, 4)


def test_the_ending_decision_needs_an_ending_that_is_a_decision_and_its_reasons() -> None:
    ended = end(REHAB, EndReason.NO_FURTHER_PROGRESS)
    reasons = check_ending_decision(
        ended_on=ended.ending.ended_on, is_decision=ended.is_decision,
        reasons="  Du har ikke haft fremgang de sidste fire uger.  ",
    )  # fmt: skip
    assert reasons == "Du har ikke haft fremgang de sidste fire uger."
    with pytest.raises(NoEndingDecision) as not_ended:
        check_ending_decision(ended_on=None, is_decision=False, reasons="Begrundelse")
    assert (not_ended.value.field, not_ended.value.rule) == (
        "course_id",
        "ending_decision_after_end",
    )
    for no_decision in (end(REHAB, EndReason.CITIZEN_WISH), end(PLAN, EndReason.OTHER, "Flyttet")):
        with pytest.raises(NoEndingDecision) as refused:
            check_ending_decision(
                ended_on=no_decision.ending.ended_on, is_decision=no_decision.is_decision,
                reasons="Begrundelse",
            )  # fmt: skip
        assert refused.value.rule == "ending_not_a_decision"
    for blank in (None, "", "   "):
        with pytest.raises(NoEndingDecision) as unreasoned:
            check_ending_decision(ended_on=ended.ending.ended_on, is_decision=True, reasons=blank)
        assert (unreasoned.value.field, unreasoned.value.rule) == (
            "reasons",
            "ending_decision_reasons",
        )


def test_an_ending_decision_received_before_easter_has_its_window_moved_past_it() -> None:
    # Received Thursday 5 March 2026: 28 days on is Maundy Thursday 2 April; Good Friday 3 April,
    # the weekend and Easter Monday 6 April follow, so the window runs to Tuesday 7 April.
    window = Limit("REHAB", LimitKind.COMPLAINT, 28, LimitUnit.CALENDAR_DAYS, date(2026, 1, 1))
    assert complaint_window_end(date(2026, 3, 5), window, WorkingDayCalendar()) == date(2026, 4, 7)
