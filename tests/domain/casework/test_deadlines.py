"""Deadlines of a new case and how close they are; dates worked out by hand."""

from datetime import date

import pytest

from domain.calendar.working_days import WorkingDayCalendar
from domain.casework.deadlines import (
    Deadline,
    DeadlineStatus,
    citizen_limit_end,
    due_date_bounds,
    free_choice_date,
    progress,
    referral_deadlines,
)
from domain.casework.referral import PlanType, ReferralKind, RehabPlanFacts
from domain.centre.service_standard import Limit, LimitKind, LimitUnit, ServiceStandard

calendar = WorkingDayCalendar()
START = date(2000, 1, 1)


def limit(basis: str, kind: LimitKind, value: int, unit: LimitUnit, since: date = START) -> Limit:
    return Limit(basis, kind, value, unit, since)


STANDARD = ServiceStandard(
    [
        limit("SUL_140", LimitKind.INVITATION, 5, LimitUnit.WORKING_DAYS),
        limit("SUL_140", LimitKind.TRAINING_START, 10, LimitUnit.WORKING_DAYS),
        limit("SUL_140", LimitKind.FREE_CHOICE, 7, LimitUnit.CALENDAR_DAYS),
        limit("SEL_86_1", LimitKind.INVITATION, 10, LimitUnit.WORKING_DAYS),
        limit("SEL_86_1", LimitKind.DECISION, 15, LimitUnit.WORKING_DAYS),
    ]
)


def test_hospital_plan_over_christmas_gets_invitation_start_and_free_choice() -> None:
    plan = RehabPlanFacts(PlanType.ALMEN_BASAL, discharge_date=date(2026, 12, 18))
    deadlines = referral_deadlines(
        ReferralKind.REHAB_PLAN,
        date(2026, 12, 21),
        STANDARD.in_force("SUL_140", date(2026, 12, 21)),
        calendar,
        plan=plan,
    )
    assert deadlines == [
        # Free choice: discharge Fri 18 Dec + 7 calendar days = Fri 25 Dec; it does not move.
        Deadline(LimitKind.FREE_CHOICE, date(2026, 12, 25)),
        # 5 working days: 22, 23, 28, 29, 30 Dec.
        Deadline(LimitKind.INVITATION, date(2026, 12, 30)),
        # 10 working days: ... 4, 5, 6, 7, 8 Jan 2027.
        Deadline(LimitKind.TRAINING_START, date(2027, 1, 8)),
    ]


def test_application_over_easter_gets_invitation_and_decision() -> None:
    deadlines = referral_deadlines(
        ReferralKind.APPLICATION,
        date(2025, 4, 16),
        STANDARD.in_force("SEL_86_1", date(2025, 4, 16)),
        calendar,
    )
    # 10 working days: 22, 23, 24, 25, 28, 29, 30 Apr, 1, 2, 5 May.
    # 15 working days: 6, 7, 8, 9, 12 May.
    assert deadlines == [
        Deadline(LimitKind.INVITATION, date(2025, 5, 5)),
        Deadline(LimitKind.DECISION, date(2025, 5, 12)),
    ]


def test_specialised_plans_are_recorded_without_deadlines_for_the_centre() -> None:
    plan = RehabPlanFacts(PlanType.SPECIALISERET, discharge_date=date(2026, 3, 2))
    limits = STANDARD.in_force("SUL_140", date(2026, 3, 2))
    assert (
        referral_deadlines(ReferralKind.REHAB_PLAN, date(2026, 3, 2), limits, calendar, plan) == []
    )


def test_rehabilitation_at_specialised_level_has_no_free_choice_date_deadline() -> None:
    plan = RehabPlanFacts(PlanType.REHABILITERING_SPECIALISERET, discharge_date=date(2026, 3, 2))
    limits = STANDARD.in_force("SUL_140", date(2026, 3, 2))
    kinds = [d.kind for d in referral_deadlines(ReferralKind.REHAB_PLAN, date(2026, 3, 2), limits,
                                                 calendar, plan)]  # fmt: skip
    assert kinds == [LimitKind.INVITATION, LimitKind.TRAINING_START]


def test_free_choice_counts_from_a_later_health_start_date() -> None:
    seven = limit("SUL_140", LimitKind.FREE_CHOICE, 7, LimitUnit.CALENDAR_DAYS)
    plain = RehabPlanFacts(PlanType.ALMEN_AVANCERET, discharge_date=date(2026, 1, 12))
    assert free_choice_date(plain, seven) == date(2026, 1, 19)
    later = RehabPlanFacts(PlanType.ALMEN_AVANCERET, date(2026, 1, 12), date(2026, 1, 20))
    assert free_choice_date(later, seven) == date(2026, 1, 27)
    # Across a month end in a leap year: 26 Feb 2028 + 7 = 4 March.
    leap = RehabPlanFacts(PlanType.ALMEN_BASAL, discharge_date=date(2028, 2, 26))
    assert free_choice_date(leap, seven) == date(2028, 3, 4)


def test_a_case_keeps_the_standard_in_force_on_its_day_of_receipt() -> None:
    revised = ServiceStandard(
        [
            limit("SEL_86_1", LimitKind.INVITATION, 10, LimitUnit.WORKING_DAYS),
            limit("SEL_86_1", LimitKind.INVITATION, 8, LimitUnit.WORKING_DAYS, date(2026, 6, 1)),
        ]
    )
    assert revised.in_force("SEL_86_1", date(2026, 5, 31))[LimitKind.INVITATION].value == 10
    assert revised.in_force("SEL_86_1", date(2026, 6, 1))[LimitKind.INVITATION].value == 8


# Today is Monday 23 November 2026.
TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("due", "left", "status"),
    [
        (date(2026, 11, 20), -1, DeadlineStatus.OVERDUE),  # Fri 20: only Mon 23 lies between
        (date(2026, 11, 22), -1, DeadlineStatus.OVERDUE),  # yesterday, a Sunday
        (date(2026, 11, 23), 0, DeadlineStatus.DUE_SOON),  # due today
        (date(2026, 11, 25), 2, DeadlineStatus.DUE_SOON),  # Tue 24, Wed 25
        (date(2026, 11, 26), 3, DeadlineStatus.ON_TRACK),
        (date(2026, 11, 28), 4, DeadlineStatus.ON_TRACK),  # a Saturday: 24, 25, 26, 27
    ],
)
def test_status_by_working_days_left(due: date, left: int, status: DeadlineStatus) -> None:
    found = progress(due, TODAY, calendar)
    assert (found.working_days_left, found.status) == (left, status)


def test_status_bounds_on_a_friday_reach_over_the_weekend() -> None:
    friday = date(2026, 11, 27)
    # Due soon: up to 2 working days left, so through Tue 1 Dec (Mon 30, Tue 1).
    assert due_date_bounds(DeadlineStatus.DUE_SOON, friday, calendar) == (
        friday,
        date(2026, 12, 1),
    )
    assert due_date_bounds(DeadlineStatus.ON_TRACK, friday, calendar) == (date(2026, 12, 2), None)
    assert due_date_bounds(DeadlineStatus.OVERDUE, friday, calendar) == (None, date(2026, 11, 26))


@pytest.mark.parametrize(
    ("received_decision", "last_day"),
    [
        (date(2026, 11, 3), date(2026, 12, 1)),  # Tue + 28 = Tue 1 Dec, a working day
        (date(2026, 11, 7), date(2026, 12, 7)),  # Sat 5 Dec runs to Mon 7 Dec
        (date(2026, 11, 27), date(2026, 12, 28)),  # Fri 25 Dec (juledag) runs to Mon 28 Dec
        (date(2026, 12, 3), date(2027, 1, 4)),  # 31 Dec, 1 Jan, weekend: Mon 4 Jan 2027
        (date(2028, 2, 1), date(2028, 2, 29)),  # leap year: Tue 29 Feb 2028
    ],
)
def test_the_complaint_window_ends_on_a_working_day(
    received_decision: date, last_day: date
) -> None:
    assert citizen_limit_end(received_decision, 28, calendar) == last_day
