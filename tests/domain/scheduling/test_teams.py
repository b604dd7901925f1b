"""Teams, their occurrences, seats and the waiting list, with dates worked out by hand.

December 2026: Monday 7, Thursday 10, Monday 14, Thursday 17, Monday 21; Thursday 24 is
juleaftensdag (a closure day every centre keeps), Friday 25 and Saturday 26 are Christmas;
Monday 28, Thursday 31 (nytårsaftensdag, closed); Friday 1 January 2027 is New Year's Day,
Monday 4 and Thursday 7 January 2027. Copenhagen is UTC+1 in December and January.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest

from domain.calendar import WorkingDayCalendar
from domain.errors import Conflict, NotFound, RuleViolation
from domain.scheduling import (
    NoOffer,
    OccurrenceClash,
    OccurrenceStatus,
    SeatCourse,
    SeatRefused,
    Slot,
    Team,
    TeamFull,
    TeamLargerThanRoom,
    WaitingEntry,
    WeeklyTime,
    accept_offer,
    cancel_occurrence,
    change_rest_of_series,
    check_seat,
    check_seat_frequency,
    decline_offer,
    define_team,
    generate_occurrences,
    join_waiting_list,
    move_occurrence,
    offer_freed_seat,
    seat_sessions,
)
from domain.training import (
    CourseStatus,
    Discipline,
    FrequencyLimitExceeded,
    FrequencyLimits,
    Session,
    SessionForm,
)

SYD, NORD = uuid.uuid4(), uuid.uuid4()
ROOM = uuid.uuid4()
THERAPIST = uuid.uuid4()
PHYSIO = Discipline.PHYSIOTHERAPY
MONDAY_AND_THURSDAY = (WeeklyTime(1, time(10), time(11)), WeeklyTime(4, time(10), time(11)))


def team(**changes: object) -> Team:
    fields: dict[str, object] = dict(
        id=uuid.uuid4(), name="Balancehold", site_id=SYD, room_id=ROOM, room_site_id=SYD,
        room_capacity=10, discipline=PHYSIO, weekly_times=MONDAY_AND_THURSDAY, capacity=8,
        therapist_ids=[THERAPIST], starts_on=date(2026, 12, 7), ends_on=date(2027, 1, 7),
    )  # fmt: skip
    fields.update(changes)
    return define_team(**fields)  # type: ignore[arg-type]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def test_a_team_larger_than_its_room_is_refused() -> None:
    with pytest.raises(TeamLargerThanRoom) as refused:
        team(capacity=11)
    assert refused.value.field == "capacity"
    assert team(capacity=10).capacity == 10


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"room_site_id": NORD}, "room_id"),
        ({"capacity": 0}, "capacity"),
        ({"therapist_ids": []}, "therapist_ids"),
        ({"ends_on": date(2026, 12, 6)}, "ends_on"),
        ({"weekly_times": ()}, "weekly_times"),
        ({"weekly_times": (WeeklyTime(6, time(10), time(11)),)}, "weekly_times.0.weekday"),
        ({"weekly_times": (WeeklyTime(1, time(11), time(10)),)}, "weekly_times.0.ends"),
        (
            {"weekly_times": (WeeklyTime(1, time(9), time(10)), WeeklyTime(1, time(13), time(14)))},
            "weekly_times.1.weekday",
        ),
    ],
)
def test_a_team_is_refused_with_the_field_at_fault(changes: dict[str, object], field: str) -> None:
    with pytest.raises(RuleViolation) as refused:
        team(**changes)
    assert refused.value.field == field


def test_occurrences_skip_closure_days_and_public_holidays() -> None:
    calendar = WorkingDayCalendar([date(2026, 12, 14)])  # the centre closed one Monday
    occurrences = generate_occurrences(team(), calendar)
    assert [o.planned_on for o in occurrences] == [
        date(2026, 12, 7), date(2026, 12, 10), date(2026, 12, 17), date(2026, 12, 21),
        date(2026, 12, 28), date(2027, 1, 4), date(2027, 1, 7),
    ]  # fmt: skip
    first = occurrences[0]
    assert (first.starts_at, first.ends_at) == (utc(2026, 12, 7, 9), utc(2026, 12, 7, 10))


def test_moving_one_occurrence_keeps_every_other_row() -> None:
    calendar = WorkingDayCalendar()
    occurrences = generate_occurrences(team(), calendar)
    moved = move_occurrence(
        occurrences, date(2026, 12, 10),
        starts_at=utc(2026, 12, 11, 12), ends_at=utc(2026, 12, 11, 13), calendar=calendar,
    )  # fmt: skip
    assert [o.planned_on for o in moved] == [o.planned_on for o in occurrences]
    changed = [new for old, new in zip(occurrences, moved, strict=True) if old != new]
    assert len(changed) == 1
    assert changed[0].moved
    assert changed[0].starts_at == utc(2026, 12, 11, 12)  # Friday 11 December, 13:00 in Denmark


def test_a_move_onto_a_closure_day_another_occurrence_or_a_busy_room_is_refused() -> None:
    calendar = WorkingDayCalendar()
    occurrences = generate_occurrences(team(), calendar)
    with pytest.raises(RuleViolation) as closed:
        move_occurrence(
            occurrences, date(2026, 12, 21),
            starts_at=utc(2026, 12, 24, 9), ends_at=utc(2026, 12, 24, 10), calendar=calendar,
        )  # fmt: skip
    assert closed.value.rule == "closure_day"
    with pytest.raises(OccurrenceClash):
        move_occurrence(
            occurrences, date(2026, 12, 7),  # onto Thursday 10 December's own time, half over
            starts_at=utc(2026, 12, 10, 9, 30), ends_at=utc(2026, 12, 10, 10, 30),
            calendar=calendar,
        )  # fmt: skip
    other = Slot(uuid.uuid4(), utc(2026, 12, 8, 9), utc(2026, 12, 8, 10))
    with pytest.raises(OccurrenceClash) as busy:
        move_occurrence(
            occurrences, date(2026, 12, 7),
            starts_at=utc(2026, 12, 8, 9, 30), ends_at=utc(2026, 12, 8, 10, 30),
            calendar=calendar, room_bookings=[other],
        )  # fmt: skip
    assert busy.value.existing_id == str(other.id)
    with pytest.raises(NotFound):
        cancel_occurrence(occurrences, date(2026, 12, 8))


def test_a_cancelled_occurrence_keeps_its_row_and_frees_its_time() -> None:
    calendar = WorkingDayCalendar()
    occurrences = cancel_occurrence(generate_occurrences(team(), calendar), date(2026, 12, 10))
    assert occurrences[1].status is OccurrenceStatus.CANCELLED
    # Its time is free: another occurrence may move onto it.
    moved = move_occurrence(
        occurrences, date(2026, 12, 7),
        starts_at=utc(2026, 12, 10, 9), ends_at=utc(2026, 12, 10, 10), calendar=calendar,
    )  # fmt: skip
    assert len(moved) == len(occurrences)


def test_the_rest_of_the_series_from_a_date_gets_the_new_weekly_time() -> None:
    calendar = WorkingDayCalendar()
    the_team = team()
    occurrences = cancel_occurrence(generate_occurrences(the_team, calendar), date(2026, 12, 7))
    # From Wednesday 16 December: Tuesdays and Thursdays at 13:00.
    tuesday_thursday = (WeeklyTime(2, time(13), time(14)), WeeklyTime(4, time(13), time(14)))
    change = change_rest_of_series(
        the_team, occurrences, from_day=date(2026, 12, 16), weekly_times=tuesday_thursday,
        calendar=calendar,
    )  # fmt: skip
    assert [o.planned_on for o in change.occurrences] == [
        date(2026, 12, 7), date(2026, 12, 10), date(2026, 12, 14),  # kept as they were
        date(2026, 12, 17), date(2026, 12, 22), date(2026, 12, 29), date(2027, 1, 5),
        date(2027, 1, 7),
    ]  # fmt: skip
    assert change.occurrences[0].status is OccurrenceStatus.CANCELLED
    assert change.weekly_times == tuesday_thursday
    assert change.occurrences[3].starts_at == utc(2026, 12, 17, 12)
    assert [o.planned_on for o in change.removed] == [
        date(2026, 12, 21), date(2026, 12, 28), date(2027, 1, 4),
    ]  # fmt: skip


def test_a_rest_of_series_edit_over_an_occurrence_moved_forward_is_refused() -> None:
    calendar = WorkingDayCalendar()
    the_team = team()
    occurrences = move_occurrence(
        generate_occurrences(the_team, calendar), date(2026, 12, 10),
        starts_at=utc(2026, 12, 16, 12), ends_at=utc(2026, 12, 16, 13), calendar=calendar,
    )  # fmt: skip
    with pytest.raises(OccurrenceClash):
        change_rest_of_series(
            the_team, occurrences, from_day=date(2026, 12, 14),
            weekly_times=(WeeklyTime(3, time(13), time(14)),), calendar=calendar,
        )  # fmt: skip


COURSE = SeatCourse(uuid.uuid4(), CourseStatus.ACTIVE, SYD, (PHYSIO,), date(2027, 3, 31))


def test_a_seat_is_refused_on_a_full_team_with_the_waiting_list_offered() -> None:
    the_team = team(capacity=2)
    check_seat(the_team, COURSE, seats_taken=1, from_day=date(2026, 12, 7))
    with pytest.raises(TeamFull) as full:
        check_seat(the_team, COURSE, seats_taken=2, from_day=date(2026, 12, 7))
    assert full.value.waiting_list_offered
    assert "venteliste" in full.value.message


def seat_course(
    status: CourseStatus = CourseStatus.ACTIVE,
    site: uuid.UUID = SYD,
    discipline: Discipline = PHYSIO,
    ends_on: date | None = None,
) -> SeatCourse:
    return SeatCourse(COURSE.course_id, status, site, (discipline,), ends_on)


@pytest.mark.parametrize(
    ("course", "from_day", "rule"),
    [
        (seat_course(site=NORD), None, "seat_site"),
        (seat_course(CourseStatus.ENDED), None, "seat_course_open"),
        (seat_course(ends_on=date(2026, 12, 6)), None, "seat_course_open"),
        (seat_course(discipline=Discipline.OCCUPATIONAL_THERAPY), None, "seat_discipline"),
        (COURSE, date(2027, 1, 8), "seat_team_period"),
    ],
)
def test_a_seat_for_another_site_or_an_ended_course_is_refused(
    course: SeatCourse, from_day: date | None, rule: str
) -> None:
    with pytest.raises(SeatRefused) as refused:
        check_seat(team(), course, seats_taken=0, from_day=from_day or date(2026, 12, 7))
    assert refused.value.rule == rule


def test_a_seat_counts_toward_the_weekly_team_limit() -> None:
    calendar = WorkingDayCalendar()
    limits = FrequencyLimits(individual_per_week=3, team_per_week=2)
    seat = seat_sessions(
        generate_occurrences(team(), calendar), from_day=date(2026, 12, 7), until=None
    )
    assert len(seat) == 8  # Mondays and Thursdays, less 24 and 31 December
    check_seat_frequency([], seat, limits)  # two a week: within the limit
    # Another team session on Tuesday 15 December makes week 51 hold three.
    with pytest.raises(FrequencyLimitExceeded) as refused:
        check_seat_frequency([Session(date(2026, 12, 15), SessionForm.TEAM)], seat, limits)
    assert str(refused.value.week) == "uge 51 2026"
    # Individual sessions do not count toward the team limit.
    check_seat_frequency([Session(date(2026, 12, 15), SessionForm.INDIVIDUAL)], seat, limits)


def test_a_seat_counts_only_its_own_days_and_held_occurrences() -> None:
    calendar = WorkingDayCalendar()
    occurrences = cancel_occurrence(generate_occurrences(team(), calendar), date(2026, 12, 17))
    seat = seat_sessions(occurrences, from_day=date(2026, 12, 10), until=date(2026, 12, 28))
    assert [s.day for s in seat] == [
        date(2026, 12, 10), date(2026, 12, 14), date(2026, 12, 21), date(2026, 12, 28)
    ]  # fmt: skip


def test_a_freed_seat_goes_to_the_first_citizen_waiting() -> None:
    first, second, third = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    waiting: list[WaitingEntry] = []
    waiting = join_waiting_list(waiting, second, at=utc(2026, 12, 2, 9))
    waiting = join_waiting_list(waiting, first, at=utc(2026, 12, 1, 9))
    waiting = join_waiting_list(waiting, third, at=utc(2026, 12, 3, 9))
    with pytest.raises(Conflict):
        join_waiting_list(waiting, first, at=utc(2026, 12, 4, 9))
    waiting, offered = offer_freed_seat(waiting, at=utc(2026, 12, 5, 9))
    assert offered is not None
    assert offered.course_id == first
    with pytest.raises(NoOffer):
        accept_offer(waiting, second)
    # The first declines: the seat goes on to the second, who accepts.
    waiting, offered = decline_offer(waiting, first, at=utc(2026, 12, 6, 9))
    assert offered is not None
    assert offered.course_id == second
    waiting = accept_offer(waiting, second)
    assert [entry.course_id for entry in waiting] == [third]
    # Another freed seat: the third; then nobody is left to offer a seat to.
    waiting, offered = offer_freed_seat(waiting, at=utc(2026, 12, 7, 9))
    assert offered is not None
    assert offered.course_id == third
    assert offer_freed_seat(waiting, at=utc(2026, 12, 7, 10))[1] is None


def test_occurrences_keep_the_clock_time_across_summer_time() -> None:
    # Tuesdays at 10:00 from 16 to 30 March 2027; summer time starts Sunday 28 March.
    spring = team(
        weekly_times=(WeeklyTime(2, time(10), time(11)),),
        starts_on=date(2027, 3, 16), ends_on=date(2027, 3, 30),
    )  # fmt: skip
    assert [o.starts_at for o in generate_occurrences(spring, WorkingDayCalendar())] == [
        utc(2027, 3, 16, 9), utc(2027, 3, 23, 9), utc(2027, 3, 30, 8),
    ]  # fmt: skip
