"""Frequency limits per ISO week, with weeks worked out by hand from the calendar.

1 January 2026 is a Thursday, so 2026 has 53 ISO weeks: week 53 runs Monday 28 December 2026
to Sunday 3 January 2027, and week 1 of 2027 starts Monday 4 January 2027. 1 January 2028 is
a Saturday: it belongs to week 52 of 2027 (Monday 27 December 2027 to Sunday 2 January 2028).
2028 is a leap year: Monday 28 February 2028 starts week 9, which holds Tuesday 29 February
and ends Sunday 5 March; Monday 6 March starts week 10.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.centre import Limit, LimitKind, LimitUnit
from domain.training import (
    Attendance,
    ExceptionIncomplete,
    ExceptionReason,
    FrequencyLimitExceeded,
    FrequencyLimits,
    IsoWeek,
    Session,
    SessionForm,
    SessionPurpose,
    check_frequency,
    counts_toward_frequency,
    exceptions_in_force,
    record_exception,
)

LIMITS = FrequencyLimits(individual_per_week=3, team_per_week=2)
IND, TEAM = SessionForm.INDIVIDUAL, SessionForm.TEAM


def individual(day: date, attendance: Attendance = Attendance.BOOKED) -> Session:
    return Session(day, IND, SessionPurpose.TRAINING, attendance)


def test_iso_weeks_across_new_year_2026_27() -> None:
    assert IsoWeek.of(date(2026, 12, 28)) == IsoWeek(2026, 53)
    assert IsoWeek.of(date(2027, 1, 3)) == IsoWeek(2026, 53)
    assert IsoWeek.of(date(2027, 1, 4)) == IsoWeek(2027, 1)
    assert IsoWeek(2026, 53).monday == date(2026, 12, 28)
    assert IsoWeek(2026, 53).sunday == date(2027, 1, 3)
    assert str(IsoWeek(2026, 53)) == "uge 53 2026"
    assert IsoWeek.of(date(2028, 1, 1)) == IsoWeek(2027, 52)
    assert IsoWeek.of(date(2028, 2, 29)) == IsoWeek(2028, 9)


def test_the_week_across_new_year_counts_as_one() -> None:
    # Mon 28 Dec, Wed 30 Dec 2026 and Sat 2 Jan 2027: three in week 53 of 2026.
    booked = [individual(date(2026, 12, 28)), individual(date(2026, 12, 30)),
              individual(date(2027, 1, 2))]  # fmt: skip
    with pytest.raises(FrequencyLimitExceeded) as refused:
        check_frequency(booked, individual(date(2027, 1, 3)), LIMITS)
    assert refused.value.week == IsoWeek(2026, 53)
    assert refused.value.limit == 3
    assert "uge 53 2026" in refused.value.message
    assert refused.value.rule == "frequency_limit"
    # Monday 4 January 2027 is a new week.
    check_frequency(booked, individual(date(2027, 1, 4)), LIMITS)


def test_the_leap_day_week() -> None:
    booked = [individual(date(2028, 2, 28)), individual(date(2028, 2, 29)),
              individual(date(2028, 3, 2))]  # fmt: skip
    with pytest.raises(FrequencyLimitExceeded, match="uge 9 2028"):
        check_frequency(booked, individual(date(2028, 3, 5)), LIMITS)
    check_frequency(booked, individual(date(2028, 3, 6)), LIMITS)


def test_month_end_inside_one_week() -> None:
    # Monday 30 November to Sunday 6 December 2026 is week 49.
    assert IsoWeek.of(date(2026, 11, 30)) == IsoWeek.of(date(2026, 12, 6)) == IsoWeek(2026, 49)
    booked = [Session(date(2026, 11, 30), TEAM), Session(date(2026, 12, 1), TEAM)]
    with pytest.raises(FrequencyLimitExceeded, match="højst 2 holdtræninger"):
        check_frequency(booked, Session(date(2026, 12, 6), TEAM), LIMITS)
    # Team sessions do not use up the individual limit.
    check_frequency(booked, individual(date(2026, 12, 2)), LIMITS)


def test_which_sessions_count() -> None:
    day = date(2026, 12, 7)
    assert counts_toward_frequency(individual(day, Attendance.NO_SHOW))
    assert counts_toward_frequency(individual(day, Attendance.SENT_HOME))
    assert counts_toward_frequency(individual(day, Attendance.ATTENDED))
    assert not counts_toward_frequency(individual(day, Attendance.CANCELLED))
    assert not counts_toward_frequency(Session(day, IND, SessionPurpose.INITIAL_ASSESSMENT))
    assert not counts_toward_frequency(Session(day, IND, SessionPurpose.FOLLOW_UP))
    # Week 50 of 2026 (7-13 December): a cancellation, an initial conversation and a
    # follow-up do not count, so three training sessions fit; the no-show counts.
    booked = [
        individual(date(2026, 12, 7), Attendance.CANCELLED),
        Session(date(2026, 12, 7), IND, SessionPurpose.INITIAL_ASSESSMENT),
        Session(date(2026, 12, 8), IND, SessionPurpose.FOLLOW_UP),
        individual(date(2026, 12, 8), Attendance.NO_SHOW),
        individual(date(2026, 12, 9), Attendance.SENT_HOME),
    ]
    check_frequency(booked, individual(date(2026, 12, 10)), LIMITS)
    with pytest.raises(FrequencyLimitExceeded):
        check_frequency([*booked, individual(date(2026, 12, 10))],
                        individual(date(2026, 12, 11)), LIMITS)  # fmt: skip
    # A conversation beyond the limit is never refused.
    full = [*booked, individual(date(2026, 12, 10))]
    check_frequency(full, Session(date(2026, 12, 11), IND, SessionPurpose.FOLLOW_UP), LIMITS)


def test_an_exception_lifts_the_limit_on_its_days_only() -> None:
    exception = record_exception(
        ExceptionReason.ACQUIRED_BRAIN_INJURY,
        note=None,
        starts_on=date(2026, 12, 21),
        ends_on=date(2026, 12, 31),
    )
    booked = [individual(date(2026, 12, 28)), individual(date(2026, 12, 29)),
              individual(date(2026, 12, 30))]  # fmt: skip
    # Thursday 31 December is its last day; Friday 1 January 2027 is the same week 53 but
    # after it.
    check_frequency(booked, individual(date(2026, 12, 31)), LIMITS, [exception])
    with pytest.raises(FrequencyLimitExceeded, match="uge 53 2026"):
        check_frequency(
            [*booked, individual(date(2026, 12, 31))],
            individual(date(2027, 1, 1)),
            LIMITS,
            [exception],
        )
    assert exceptions_in_force([exception], date(2026, 12, 31)) == [exception]
    assert exceptions_in_force([exception], date(2027, 1, 1)) == []


def test_an_exception_needs_a_reason_and_an_end_date() -> None:
    start = date(2027, 1, 4)
    with pytest.raises(ExceptionIncomplete) as refused:
        record_exception(None, note="noget", starts_on=start, ends_on=date(2027, 2, 1))
    assert refused.value.field == "reason"
    with pytest.raises(ExceptionIncomplete) as refused:
        record_exception(ExceptionReason.OTHER, note="  ", starts_on=start,
                         ends_on=date(2027, 2, 1))  # fmt: skip
    assert refused.value.field == "note"
    with pytest.raises(ExceptionIncomplete) as refused:
        record_exception(ExceptionReason.ACQUIRED_BRAIN_INJURY, note=None, starts_on=start,
                         ends_on=None)  # fmt: skip
    assert refused.value.field == "ends_on"
    with pytest.raises(ExceptionIncomplete):
        record_exception(ExceptionReason.ACQUIRED_BRAIN_INJURY, note=None, starts_on=start,
                         ends_on=date(2027, 1, 3))  # fmt: skip
    kept = record_exception(ExceptionReason.OTHER, note=" Intensivt ", starts_on=start,
                            ends_on=start)  # fmt: skip
    assert kept.note == "Intensivt"


def test_limits_come_from_the_standard_in_force() -> None:
    since = date(2000, 1, 1)
    in_force = {
        LimitKind.INDIVIDUAL_TRAINING_PER_WEEK_MAX: Limit(
            "x", LimitKind.INDIVIDUAL_TRAINING_PER_WEEK_MAX, 4, LimitUnit.PER_WEEK, since
        ),
    }
    limits = FrequencyLimits.from_standard(in_force)
    assert limits == FrequencyLimits(individual_per_week=4, team_per_week=None)
    # The vedligeholdende standard names no limit: nothing is refused.
    many = [individual(date(2027, 1, 4)) for _ in range(5)]
    check_frequency(many, Session(date(2027, 1, 5), TEAM), limits)
    with pytest.raises(FrequencyLimitExceeded, match="højst 4 individuelle"):
        check_frequency(many, individual(date(2027, 1, 5)), limits)
