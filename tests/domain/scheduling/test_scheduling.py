"""Working hours, absences, places, supervision and a room's peak use, by hand.

Copenhagen is UTC+1 in winter and UTC+2 in summer (from Sunday 28 March 2027).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest

from domain.calendar import WorkingDayCalendar
from domain.errors import RuleViolation
from domain.scheduling import (
    AbsenceKind,
    BookingClash,
    Place,
    PlaceKind,
    ProviderKind,
    Resource,
    Slot,
    StaffUnavailable,
    WorkingHours,
    check_place,
    check_provider_role,
    check_room_capacity,
    check_staff_available,
    check_supervision,
    check_times,
    hit_by_absence,
    hit_by_closure,
    peak_use,
    record_absence,
    working_week,
)

# Monday and Tuesday 8:00-15:30, Friday 8:00-12:00.
WEEK = working_week(
    [WorkingHours(day, time(8), time(15, 30)) for day in (1, 2)]
    + [WorkingHours(5, time(8), time(12))]
)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_inside_working_hours_in_copenhagen_time() -> None:
    # Monday 4 January 2027 8:00-8:45 in Copenhagen is 7:00-7:45 UTC.
    check_staff_available(utc(2027, 1, 4, 7), utc(2027, 1, 4, 7, 45),
                          hours=WEEK, absences=[], reason=None)  # fmt: skip
    # 14:45-15:45 runs past 15:30.
    with pytest.raises(StaffUnavailable) as refused:
        check_staff_available(utc(2027, 1, 4, 13, 45), utc(2027, 1, 4, 14, 45),
                              hours=WEEK, absences=[], reason=None)  # fmt: skip
    assert refused.value.rule == "outside_working_hours"
    assert refused.value.field == "outside_hours_reason"
    # Wednesday has no working hours; a reason lets it through.
    with pytest.raises(StaffUnavailable):
        check_staff_available(utc(2027, 1, 6, 8), utc(2027, 1, 6, 9),
                              hours=WEEK, absences=[], reason="  ")  # fmt: skip
    check_staff_available(utc(2027, 1, 6, 8), utc(2027, 1, 6, 9), hours=WEEK, absences=[],
                          reason="Borgeren kan kun om onsdagen")  # fmt: skip


def test_summer_time_moves_the_utc_hours() -> None:
    # Monday 29 March 2027 is summer time: 8:00 in Copenhagen is 6:00 UTC.
    check_staff_available(utc(2027, 3, 29, 6), utc(2027, 3, 29, 7),
                          hours=WEEK, absences=[], reason=None)  # fmt: skip
    with pytest.raises(StaffUnavailable):  # 7:00-8:00 in Copenhagen
        check_staff_available(utc(2027, 3, 29, 5), utc(2027, 3, 29, 6),
                              hours=WEEK, absences=[], reason=None)  # fmt: skip


def test_an_absence_refuses_bookings_and_lists_the_ones_it_hits() -> None:
    holiday = record_absence(AbsenceKind.HOLIDAY, first_day=date(2027, 2, 26),
                             last_day=date(2027, 3, 1))  # fmt: skip
    with pytest.raises(StaffUnavailable, match="ferie") as refused:
        check_staff_available(utc(2027, 3, 1, 8), utc(2027, 3, 1, 9),
                              hours=WEEK, absences=[holiday], reason=None)  # fmt: skip
    assert refused.value.rule == "staff_absent"
    # Friday 26 Feb and Monday 1 March are hit; Tuesday 2 March is not. 23:30 UTC on
    # 25 February is already the 26th in Copenhagen.
    slots = [
        Slot(uuid.uuid4(), utc(2027, 2, 25, 23, 30), utc(2027, 2, 25, 23, 45)),
        Slot(uuid.uuid4(), utc(2027, 3, 1, 8), utc(2027, 3, 1, 9)),
        Slot(uuid.uuid4(), utc(2027, 3, 2, 8), utc(2027, 3, 2, 9)),
    ]
    assert hit_by_absence(holiday, slots) == slots[:2]
    with pytest.raises(RuleViolation):
        record_absence(AbsenceKind.ILLNESS, first_day=date(2027, 3, 2), last_day=date(2027, 3, 1))


def test_a_closure_day_added_later_lists_its_appointments() -> None:
    slots = [Slot(uuid.uuid4(), utc(2027, 6, 4, 7), utc(2027, 6, 4, 8)),
             Slot(uuid.uuid4(), utc(2027, 6, 7, 7), utc(2027, 6, 7, 8))]  # fmt: skip
    assert hit_by_closure(date(2027, 6, 4), slots) == slots[:1]


def test_working_hours_that_overlap_or_end_first_are_refused() -> None:
    with pytest.raises(RuleViolation):
        working_week([WorkingHours(1, time(12), time(8))])
    with pytest.raises(RuleViolation):
        working_week([WorkingHours(1, time(8), time(12)), WorkingHours(1, time(11), time(15))])
    with pytest.raises(RuleViolation):
        working_week([WorkingHours(8, time(8), time(12))])


def test_times_on_holidays_and_closure_days_are_refused() -> None:
    calendar = WorkingDayCalendar([date(2027, 1, 8)])
    # Friday 25 December 2026 (juledag), Thursday 24 December (a default closure day) and
    # the centre's own closure day Friday 8 January 2027.
    for day in (date(2026, 12, 25), date(2026, 12, 24), date(2027, 1, 8)):
        with pytest.raises(RuleViolation) as refused:
            check_times(utc(day.year, day.month, day.day, 8), utc(day.year, day.month, day.day, 9),
                        calendar=calendar)  # fmt: skip
        assert refused.value.rule == "closure_day"
    check_times(utc(2027, 1, 7, 8), utc(2027, 1, 7, 9), calendar=calendar)
    with pytest.raises(RuleViolation):
        check_times(utc(2027, 1, 7, 9), utc(2027, 1, 7, 9), calendar=calendar)
    # 22:30-23:30 UTC crosses midnight in Copenhagen.
    with pytest.raises(RuleViolation):
        check_times(utc(2027, 1, 7, 22, 30), utc(2027, 1, 7, 23, 30), calendar=calendar)


def test_places() -> None:
    site, room = uuid.uuid4(), uuid.uuid4()
    check_place(Place(PlaceKind.SITE, site, room))
    check_place(Place(PlaceKind.HOME))
    with pytest.raises(RuleViolation):
        check_place(Place(PlaceKind.SITE, site))
    with pytest.raises(RuleViolation):
        check_place(Place(PlaceKind.NEARBY, site, room))


def test_assistants_and_home_helpers_give_maintenance_only_and_are_supervised() -> None:
    therapist = uuid.uuid4()
    check_supervision(ProviderKind.THERAPIST, maintenance=False, supervisor_id=None)
    check_supervision(ProviderKind.HOME_HELPER, maintenance=True, supervisor_id=therapist)
    with pytest.raises(RuleViolation) as refused:
        check_supervision(ProviderKind.TRAINING_ASSISTANT, maintenance=True, supervisor_id=None)
    assert refused.value.field == "supervisor_id"
    with pytest.raises(RuleViolation) as refused:
        check_supervision(ProviderKind.TRAINING_ASSISTANT, maintenance=False,
                          supervisor_id=therapist)  # fmt: skip
    assert refused.value.rule == "supervision_maintenance_only"


def test_a_rooms_peak_use_and_capacity() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    # 9-10 and 10-11 never meet (half-open); 9:30-10:30 meets both, but one at a time.
    booked = [Slot(a, utc(2027, 1, 4, 9), utc(2027, 1, 4, 10)),
              Slot(b, utc(2027, 1, 4, 10), utc(2027, 1, 4, 11))]  # fmt: skip
    assert peak_use(utc(2027, 1, 4, 9, 30), utc(2027, 1, 4, 10, 30), booked) == 1
    check_room_capacity(utc(2027, 1, 4, 9, 30), utc(2027, 1, 4, 10, 30), capacity=2, booked=booked)
    crowded = [*booked, Slot(c, utc(2027, 1, 4, 9, 45), utc(2027, 1, 4, 10, 15))]
    assert peak_use(utc(2027, 1, 4, 9, 30), utc(2027, 1, 4, 10, 30), crowded) == 2
    with pytest.raises(BookingClash) as refused:
        check_room_capacity(utc(2027, 1, 4, 9, 30), utc(2027, 1, 4, 10, 30), capacity=2,
                            booked=crowded)  # fmt: skip
    assert refused.value.resource is Resource.ROOM
    assert refused.value.clashing_appointment_id == a
    assert refused.value.rule == "room_double_booked"


def test_without_a_working_week_only_absences_are_checked() -> None:
    # Saturday 9 January 2027 for a new account with no hours recorded.
    check_staff_available(utc(2027, 1, 9, 9), utc(2027, 1, 9, 10), hours=[], absences=[],
                          reason=None)  # fmt: skip
    course = record_absence(AbsenceKind.FURTHER_TRAINING, first_day=date(2027, 1, 9),
                            last_day=date(2027, 1, 9))  # fmt: skip
    with pytest.raises(StaffUnavailable, match="kursus"):
        check_staff_available(utc(2027, 1, 9, 9), utc(2027, 1, 9, 10), hours=[],
                              absences=[course], reason=None)  # fmt: skip


def test_a_site_without_a_room_only_where_allowed() -> None:
    site = uuid.uuid4()
    check_place(Place(PlaceKind.SITE, site), room_required=False)
    with pytest.raises(RuleViolation):
        check_place(Place(PlaceKind.SITE, None), room_required=False)


def test_a_session_is_given_in_a_role_the_member_of_staff_holds() -> None:
    check_provider_role(ProviderKind.THERAPIST, ["visitator"])
    check_provider_role(ProviderKind.TRAINING_ASSISTANT, ["training_assistant"])
    for provider, roles in (
        (ProviderKind.THERAPIST, ["training_assistant"]),
        (ProviderKind.TRAINING_ASSISTANT, ["therapist", "team_leader"]),
        (ProviderKind.THERAPIST, ["administrator", "auditor"]),
    ):
        with pytest.raises(RuleViolation) as refused:
            check_provider_role(provider, roles)
        assert refused.value.rule == "provider_role"
