"""The booking assistant against hand-built weeks.

Week 50 of 2026 runs Monday 7 to Sunday 13 December. ISO week 53 of 2026 runs Monday 28
December 2026 to Sunday 3 January 2027 (1 January 2026 was a Thursday, so 2026 has 53
weeks): Thursday 31 December is nytårsaftensdag (closed) and Friday 1 January 2027 New
Year's Day; Monday 4 January 2027 starts week 1 of 2027. Copenhagen is UTC+1 throughout.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest

from domain.calendar import WorkingDayCalendar
from domain.errors import RuleViolation
from domain.scheduling import (
    Absence,
    AbsenceKind,
    AssistedCourse,
    Proposal,
    Room,
    Slot,
    TeamFacts,
    Therapist,
    WeeklyTime,
    WorkingHours,
    check_series,
    define_team,
    free_seats,
    generate_occurrences,
    propose_times,
    weekly_series,
)
from domain.training import CourseStatus, Discipline, FrequencyLimits, Session, SessionForm

SYD, NORD = uuid.uuid4(), uuid.uuid4()
PHYSIO, OT = Discipline.PHYSIOTHERAPY, Discipline.OCCUPATIONAL_THERAPY
HOUR = timedelta(hours=1)
WEEKDAYS_8_TO_12 = tuple(WorkingHours(day, time(8), time(12)) for day in range(1, 6))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def slot(start: datetime, length: timedelta = HOUR) -> Slot:
    return Slot(uuid.uuid4(), start, start + length)


def course(**changes: object) -> AssistedCourse:
    fields: dict[str, object] = dict(
        course_id=uuid.uuid4(), status=CourseStatus.ACTIVE, site_id=SYD, disciplines=(PHYSIO,),
        started_on=date(2026, 12, 1), ends_on=date(2027, 3, 31),
        limits=FrequencyLimits(individual_per_week=3, team_per_week=2),
    )  # fmt: skip
    fields.update(changes)
    return AssistedCourse(**fields)  # type: ignore[arg-type]


def test_proposals_skip_a_closure_day_an_absence_a_busy_room_and_a_full_week() -> None:
    anna = Therapist(
        uuid.uuid4(), PHYSIO, frozenset({SYD}), WEEKDAYS_8_TO_12,
        absences=(Absence(AbsenceKind.HOLIDAY, date(2026, 12, 9), date(2026, 12, 9)),),
    )  # fmt: skip
    # Neither is proposed: another discipline, another site.
    ergo = Therapist(uuid.uuid4(), OT, frozenset({SYD}), WEEKDAYS_8_TO_12)
    north = Therapist(uuid.uuid4(), PHYSIO, frozenset({NORD}), WEEKDAYS_8_TO_12)
    room = Room(uuid.uuid4(), SYD, 1, bookings=(slot(utc(2026, 12, 10, 7)),))  # Thu 8-9
    other_site_room = Room(uuid.uuid4(), NORD, 5)
    # The citizen already trains Monday 7 December 8-9: one of week 50's three.
    the_course = course(
        sessions=(Session(date(2026, 12, 7), SessionForm.INDIVIDUAL),),
        citizen_bookings=(slot(utc(2026, 12, 7, 7)),),
    )
    proposals = propose_times(
        the_course, therapists=[ergo, north, anna], rooms=[other_site_room, room],
        calendar=WorkingDayCalendar([date(2026, 12, 8)]), from_day=date(2026, 12, 7),
        duration=HOUR, limit=3,
    )  # fmt: skip
    assert [(p.starts_at, p.therapist_id, p.room_id) for p in proposals] == [
        (utc(2026, 12, 7, 8), anna.id, room.id),  # Monday 9:00, after the citizen's own time
        # Tuesday closed, Wednesday Anna's holiday, Thursday the room is taken until 9:00
        (utc(2026, 12, 10, 8), anna.id, room.id),
        # Friday 11 would be week 50's fourth session
        (utc(2026, 12, 14, 7), anna.id, room.id),
    ]


def test_a_chosen_therapist_and_the_caps_on_work() -> None:
    wednesday_afternoons = (WorkingHours(3, time(13), time(15)),)
    bo = Therapist(uuid.uuid4(), PHYSIO, frozenset({SYD}), wednesday_afternoons)
    anna = Therapist(uuid.uuid4(), PHYSIO, frozenset({SYD}), WEEKDAYS_8_TO_12)
    room = Room(uuid.uuid4(), SYD, 2)
    proposals = propose_times(
        course(), therapists=[anna, bo], rooms=[room], calendar=WorkingDayCalendar(),
        from_day=date(2026, 12, 7), duration=timedelta(minutes=45), therapist_id=bo.id, limit=2,
    )  # fmt: skip
    assert [p.starts_at for p in proposals] == [utc(2026, 12, 9, 12), utc(2026, 12, 16, 12)]
    assert proposals[0].ends_at == utc(2026, 12, 9, 12, 45)
    # The horizon bounds the search: one week from Thursday 10 December meets Wednesday 16.
    short = propose_times(
        course(), therapists=[bo], rooms=[room], calendar=WorkingDayCalendar(),
        from_day=date(2026, 12, 10), duration=HOUR, horizon_days=6, limit=5,
    )  # fmt: skip
    assert short == []
    many = propose_times(
        course(), therapists=[anna], rooms=[room], calendar=WorkingDayCalendar(),
        from_day=date(2027, 1, 4), duration=HOUR, horizon_days=1000, limit=1000,
    )  # fmt: skip
    # Capped at 56 days (8 weeks of 3 sessions: 24 times) and then at 20 proposals.
    assert len(many) == 20


def test_any_therapist_the_earliest_time_of_the_day_then_the_lowest_id() -> None:
    # Monday 7 December 2026. Bo works 8-10 and 13-15 and is booked 8-10; Cai and Dan work
    # 8-12, both booked 8-9, Dan away on Tuesday; the only room is taken 9-10 on Monday.
    low, high = uuid.UUID(int=1), uuid.UUID(int=2)
    mornings = tuple(WorkingHours(day, time(8), time(12)) for day in (1, 2))
    split = (WorkingHours(1, time(8), time(10)), WorkingHours(1, time(13), time(15)))
    bo = Therapist(uuid.uuid4(), PHYSIO, frozenset({SYD}), split,
                   bookings=(slot(utc(2026, 12, 7, 7), 2 * HOUR),))  # fmt: skip
    cai = Therapist(high, PHYSIO, frozenset({SYD}), mornings,
                    bookings=(slot(utc(2026, 12, 7, 7)),))  # fmt: skip
    dan = Therapist(
        low, PHYSIO, frozenset({SYD}), mornings, bookings=(slot(utc(2026, 12, 7, 7)),),
        absences=(Absence(AbsenceKind.ILLNESS, date(2026, 12, 8), date(2026, 12, 8)),),
    )  # fmt: skip
    room = Room(uuid.uuid4(), SYD, 1, bookings=(slot(utc(2026, 12, 7, 8)),))
    proposals = propose_times(
        course(), therapists=[bo, cai, dan], rooms=[room], calendar=WorkingDayCalendar(),
        from_day=date(2026, 12, 7), duration=HOUR, horizon_days=2, limit=2,
    )  # fmt: skip
    assert [(p.starts_at, p.therapist_id) for p in proposals] == [
        (utc(2026, 12, 7, 9), low),  # Monday 10:00: Cai and Dan both free, Dan's id first
        (utc(2026, 12, 8, 7), high),  # Tuesday 8:00: Dan away, Cai free
    ]


def test_a_series_across_new_year_lists_every_refused_date_with_its_reason() -> None:
    saturday_mornings = (WorkingHours(6, time(9), time(12)),)
    anna = Therapist(
        uuid.uuid4(), PHYSIO, frozenset({SYD}), WEEKDAYS_8_TO_12 + saturday_mornings,
        absences=(Absence(AbsenceKind.ILLNESS, date(2027, 1, 5), date(2027, 1, 5)),),
    )  # fmt: skip
    room = Room(uuid.uuid4(), SYD, 1, bookings=(slot(utc(2027, 1, 6, 9)),))  # Wed 6 Jan 10-11
    the_course = course(
        sessions=(
            Session(date(2026, 12, 28), SessionForm.INDIVIDUAL),
            Session(date(2026, 12, 29), SessionForm.INDIVIDUAL),
        ),
        citizen_bookings=(slot(utc(2026, 12, 28, 7)), slot(utc(2026, 12, 29, 7))),
    )
    days = [(2026, 12, 30), (2026, 12, 31), (2027, 1, 1), (2027, 1, 2), (2027, 1, 4),
            (2027, 1, 5), (2027, 1, 6), (2027, 1, 7)]  # fmt: skip
    series = [Proposal(utc(*day, 9), utc(*day, 10), anna.id, room.id) for day in days]
    refusals = check_series(
        the_course, series, therapists=[anna], rooms=[room], calendar=WorkingDayCalendar()
    )
    assert [(r.starts_at.date(), r.rule) for r in refusals] == [
        (date(2026, 12, 31), "closure_day"),
        (date(2027, 1, 1), "closure_day"),
        # Wednesday 30 December was week 53's third: Saturday 2 January is its fourth
        (date(2027, 1, 2), "frequency_limit"),
        (date(2027, 1, 5), "staff_absent"),
        (date(2027, 1, 6), "room_double_booked"),
    ]
    assert "uge 53 2026" in refusals[2].message


def test_a_series_is_refused_outside_the_course_and_over_the_citizens_time() -> None:
    anna = Therapist(uuid.uuid4(), PHYSIO, frozenset({SYD}), WEEKDAYS_8_TO_12)
    room = Room(uuid.uuid4(), SYD, 3)
    north_room = Room(uuid.uuid4(), NORD, 3)
    # Easter Sunday 2027 is 28 March, so Monday 29 is a holiday; summer time from the 28th.
    the_course = course(citizen_bookings=(slot(utc(2027, 3, 30, 8)),))
    series = [
        Proposal(utc(2027, 3, 30, 8), utc(2027, 3, 30, 9), anna.id, room.id),  # 10:00 CEST
        Proposal(utc(2027, 4, 1, 8), utc(2027, 4, 1, 9), anna.id, room.id),  # after its end
        Proposal(utc(2027, 3, 31, 8), utc(2027, 3, 31, 9), uuid.uuid4(), room.id),
        Proposal(utc(2027, 3, 31, 9), utc(2027, 3, 31, 10), anna.id, north_room.id),
    ]
    refusals = check_series(
        the_course, series, therapists=[anna], rooms=[room, north_room],
        calendar=WorkingDayCalendar(),
    )  # fmt: skip
    assert [r.rule for r in refusals] == [
        "citizen_double_booked", "unknown_reference", "room_site", "course_period",
    ]  # fmt: skip
    with pytest.raises(RuleViolation):
        check_series(
            the_course, series * 14, therapists=[anna], rooms=[room], calendar=WorkingDayCalendar()
        )


def test_free_seats_are_the_courses_teams_with_room_for_one_more() -> None:
    calendar = WorkingDayCalendar()

    def team(
        site: uuid.UUID, discipline: Discipline, capacity: int, weekdays: tuple[int, ...] = (1, 4)
    ) -> TeamFacts:
        defined = define_team(
            id=uuid.uuid4(), name="Hold", site_id=site, room_id=uuid.uuid4(), room_site_id=site,
            room_capacity=10, discipline=discipline, capacity=capacity,
            weekly_times=tuple(WeeklyTime(day, time(10), time(11)) for day in weekdays),
            therapist_ids=[uuid.uuid4()], starts_on=date(2026, 12, 7), ends_on=date(2027, 1, 29),
        )  # fmt: skip
        return TeamFacts(defined, tuple(generate_occurrences(defined, calendar)), 0)

    open_team = team(SYD, PHYSIO, 8)
    full = team(SYD, PHYSIO, 2)
    found = free_seats(
        course(),
        [
            TeamFacts(open_team.team, open_team.occurrences, 3),
            TeamFacts(full.team, full.occurrences, 2),
            team(NORD, PHYSIO, 8),
            team(SYD, OT, 8),
            team(SYD, PHYSIO, 8, weekdays=(1, 3, 5)),  # three a week: over the team limit of 2
        ],
        from_day=date(2026, 12, 8),
    )
    assert [(seat.team_id, seat.free_seats) for seat in found] == [(open_team.team.id, 5)]
    assert found[0].next_occurrence is not None
    assert found[0].next_occurrence.planned_on == date(2026, 12, 10)  # the Thursday


def test_a_weekly_series_keeps_the_clock_time_across_summer_time() -> None:
    # Summer time starts Sunday 28 March 2027: Tuesday 23 March at 10:00 is 09:00 UTC,
    # Tuesday 30 March at 10:00 is 08:00 UTC.
    therapist, room = uuid.uuid4(), uuid.uuid4()
    first = Proposal(utc(2027, 3, 23, 9), utc(2027, 3, 23, 10), therapist, room)
    series = weekly_series(first, weeks=3)
    assert [(p.starts_at, p.ends_at) for p in series] == [
        (utc(2027, 3, 23, 9), utc(2027, 3, 23, 10)),
        (utc(2027, 3, 30, 8), utc(2027, 3, 30, 9)),
        (utc(2027, 4, 6, 8), utc(2027, 4, 6, 9)),
    ]
    assert {(p.therapist_id, p.room_id) for p in series} == {(therapist, room)}
    with pytest.raises(RuleViolation):
        weekly_series(first, weeks=0)
