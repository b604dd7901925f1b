"""Rule gaps found in casework, each with dates worked out by hand on the Danish calendar
(default closure days 24 and 31 December and 5 June)."""

from datetime import date, datetime

import pytest

from domain.calendar import COPENHAGEN, DateOutOfRange
from domain.calendar.working_days import WorkingDayCalendar
from domain.casework.deadlines import (
    CaseDeadlineStatus,
    Deadline,
    case_deadline_status,
    referral_deadlines,
)
from domain.casework.decision import check_after_assessment, check_meeting
from domain.casework.kl_codes import kl_display
from domain.casework.referral import (
    PlanType,
    ReferralKind,
    RehabPlanFacts,
    check_training_start,
)
from domain.centre.service_standard import Limit, LimitKind, LimitUnit, ServiceStandard
from domain.errors import RuleViolation
from domain.training import Discipline, check_course_start, check_disciplines

calendar = WorkingDayCalendar()
SINCE = date(2000, 1, 1)
LIMITS = ServiceStandard(
    [
        Limit("SUL_140", LimitKind.INVITATION, 5, LimitUnit.WORKING_DAYS, SINCE),
        Limit("SUL_140", LimitKind.TRAINING_START, 10, LimitUnit.WORKING_DAYS, SINCE),
        Limit("SUL_140", LimitKind.FREE_CHOICE, 7, LimitUnit.CALENDAR_DAYS, SINCE),
    ]
).in_force("SUL_140", date(2026, 11, 2))


def plan_deadlines(received: date, discharge: date, health_start: date | None) -> list[Deadline]:
    facts = RehabPlanFacts(PlanType.ALMEN_BASAL, discharge, health_start)
    return referral_deadlines(ReferralKind.REHAB_PLAN, received, LIMITS, calendar, plan=facts)


class TestTheHospitalsLaterStart:
    def test_the_start_target_is_the_first_working_day_on_or_after_the_hospitals_date(
        self,
    ) -> None:
        # Received Mon 2 Nov 2026; the plan names Thu 24 Dec (juleaftensdag, a closure day),
        # 25 Dec is juledag, 26-27 a weekend: the first working day is Mon 28 Dec, later
        # than 10 working days after receipt (3-6, 9-13, 16 Nov: Mon 16 Nov).
        assert plan_deadlines(date(2026, 11, 2), date(2026, 10, 30), date(2026, 12, 24)) == [
            # 5 working days: 3, 4, 5, 6, 9 Nov.
            Deadline(LimitKind.INVITATION, date(2026, 11, 9)),
            Deadline(LimitKind.TRAINING_START, date(2026, 12, 28)),
            # Free choice: 7 calendar days after the later date, Thu 31 Dec; it does not move.
            Deadline(LimitKind.FREE_CHOICE, date(2026, 12, 31)),
        ]

    def test_a_hospital_date_before_the_limit_leaves_the_limit(self) -> None:
        # Thu 5 Nov is earlier than Mon 16 Nov, 10 working days after receipt.
        deadlines = plan_deadlines(date(2026, 11, 2), date(2026, 10, 30), date(2026, 11, 5))
        assert Deadline(LimitKind.TRAINING_START, date(2026, 11, 16)) in deadlines

    def test_a_hospital_date_on_a_saturday_moves_to_monday(self) -> None:
        # Sat 28 Nov 2026 -> Mon 30 Nov.
        deadlines = plan_deadlines(date(2026, 11, 2), date(2026, 10, 30), date(2026, 11, 28))
        assert Deadline(LimitKind.TRAINING_START, date(2026, 11, 30)) in deadlines

    def test_a_start_before_the_hospitals_date_needs_a_reason(self) -> None:
        facts = RehabPlanFacts(PlanType.ALMEN_BASAL, date(2026, 10, 30), date(2026, 12, 24))
        with pytest.raises(RuleViolation) as refused:
            check_training_start(facts, date(2026, 12, 23), None)
        assert refused.value.field == "early_start_reason"
        check_training_start(facts, date(2026, 12, 23), "Lægen har godkendt tidligere start")
        check_training_start(facts, date(2026, 12, 24), None)  # on the day: no reason asked
        without = RehabPlanFacts(PlanType.ALMEN_BASAL, date(2026, 10, 30))
        check_training_start(without, date(2026, 11, 3), None)

    @pytest.mark.parametrize(
        ("discharge", "health_start", "field"),
        [
            # Mon 27 Dec 2100 + 7 calendar days is in 2101, past the calendar.
            (date(2100, 12, 27), None, "discharge_date"),
            # Fri 31 Dec 2100 is nytårsaftensdag: the next working day is in 2101.
            (date(2026, 10, 30), date(2100, 12, 31), "health_start_date"),
        ],
    )
    def test_a_plan_whose_deadline_leaves_the_calendar_names_its_own_date(
        self, discharge: date, health_start: date | None, field: str
    ) -> None:
        with pytest.raises(DateOutOfRange) as refused:
            plan_deadlines(date(2026, 11, 2), discharge, health_start)
        assert refused.value.field == field


class TestDeadlinesOfACase:
    DUE = date(2026, 11, 16)  # a Monday

    def test_a_met_deadline_is_met_on_its_date(self) -> None:
        # Met Wed 18 Nov, two working days late (17, 18); early on Thu 12 Nov (13, 16).
        late = case_deadline_status(
            self.DUE, met_on=date(2026, 11, 18), closed_on=None,
            today=date(2026, 12, 1), calendar=calendar,
        )  # fmt: skip
        early = case_deadline_status(
            self.DUE, met_on=date(2026, 11, 12), closed_on=None,
            today=date(2026, 11, 13), calendar=calendar,
        )  # fmt: skip
        assert late == (-2, CaseDeadlineStatus.MET)
        assert early == (2, CaseDeadlineStatus.MET)

    def test_a_closed_cases_open_deadline_no_longer_runs(self) -> None:
        # Declined Tue 10 Nov: 11, 12, 13, 16 Nov were left; weeks later it is not overdue.
        stopped = case_deadline_status(
            self.DUE, met_on=None, closed_on=date(2026, 11, 10),
            today=date(2026, 12, 1), calendar=calendar,
        )  # fmt: skip
        assert stopped == (4, CaseDeadlineStatus.NOT_RUNNING)

    def test_an_open_deadline_runs(self) -> None:
        # Thu 12 Nov: 13 and 16 Nov left, due soon; Tue 17 Nov: one day overdue.
        soon = case_deadline_status(
            self.DUE, met_on=None, closed_on=None, today=date(2026, 11, 12), calendar=calendar
        )
        late = case_deadline_status(
            self.DUE, met_on=None, closed_on=None, today=date(2026, 11, 17), calendar=calendar
        )
        assert soon == (2, CaseDeadlineStatus.DUE_SOON)
        assert late == (-1, CaseDeadlineStatus.OVERDUE)


class TestDatesInOrder:
    def test_a_meeting_is_booked_at_most_a_year_after_the_invitation(self) -> None:
        sent = date(2026, 11, 23)
        # 23 Nov 2026 + 365 days = 23 Nov 2027 (no 29 February between).
        check_meeting(datetime(2027, 11, 23, 10, tzinfo=COPENHAGEN), sent_on=sent)
        for too_late in (datetime(2027, 11, 24, 10), datetime(2100, 11, 23, 10)):
            with pytest.raises(RuleViolation) as refused:
                check_meeting(too_late.replace(tzinfo=COPENHAGEN), sent_on=sent)
            assert refused.value.field == "meeting_at"

    def test_a_decision_is_not_sent_before_the_assessment(self) -> None:
        with pytest.raises(RuleViolation) as refused:
            check_after_assessment(date(2026, 11, 19), date(2026, 11, 20))
        assert refused.value.field == "sent_on"
        check_after_assessment(date(2026, 11, 20), date(2026, 11, 20))
        check_after_assessment(date(2026, 11, 20), None)

    def test_a_course_does_not_start_before_the_case_was_received(self) -> None:
        with pytest.raises(RuleViolation) as refused:
            check_course_start(date(2026, 11, 1), received=date(2026, 11, 2))
        assert refused.value.field == "course_start"
        check_course_start(date(2026, 11, 2), received=date(2026, 11, 2))
        check_course_start(None, received=date(2026, 11, 2))

    def test_a_discipline_is_named_once(self) -> None:
        with pytest.raises(RuleViolation) as refused:
            check_disciplines([Discipline.PHYSIOTHERAPY, Discipline.PHYSIOTHERAPY])
        assert refused.value.field == "disciplines"
        check_disciplines([Discipline.PHYSIOTHERAPY, Discipline.OCCUPATIONAL_THERAPY])


def test_kl_codes_have_their_danish_names() -> None:
    assert kl_display("3796fa11-305f-47d6-b164-45b05489afb2") == "Frit valg"
    assert kl_display("a8632e22-bf0c-4f5a-92a7-70977ba104d5") == "Udskudt"
    assert kl_display("8b962281-2ab6-4b10-9c91-4bac592d6d49") == "basal"
