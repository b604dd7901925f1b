"""Any sequence of single-occurrence and rest-of-series edits leaves exactly one row per
planned date, and never two held occurrences of the team at the same time."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.errors import DomainError
from domain.scheduling import (
    TeamOccurrence,
    WeeklyTime,
    cancel_occurrence,
    change_rest_of_series,
    define_team,
    generate_occurrences,
    move_occurrence,
)
from domain.training import Discipline

CALENDAR = WorkingDayCalendar([date(2027, 1, 11)])
SITE = uuid.uuid4()
TEAM = define_team(
    id=uuid.uuid4(), name="Hold", site_id=SITE, room_id=uuid.uuid4(), room_site_id=SITE,
    room_capacity=8, discipline=Discipline.PHYSIOTHERAPY,
    weekly_times=(WeeklyTime(1, time(10), time(11)), WeeklyTime(4, time(10), time(11))),
    capacity=8, therapist_ids=[uuid.uuid4()], starts_on=date(2026, 12, 7),
    ends_on=date(2027, 2, 26),
)  # fmt: skip
DAYS = (TEAM.ends_on - TEAM.starts_on).days


def planned_dates(weekdays: set[int], first: date, last: date) -> set[date]:
    """The model: weekdays of the pattern, less weekdays the centre is closed."""
    found = set()
    day = first
    while day <= last:
        if day.isoweekday() in weekdays and CALENDAR.is_working_day(day):
            found.add(day)
        day += timedelta(days=1)
    return found


moves = st.tuples(
    st.just("move"), st.integers(0, 40), st.integers(0, DAYS), st.integers(8, 15),
    st.sampled_from([30, 60, 90]),
)  # fmt: skip
cancels = st.tuples(st.just("cancel"), st.integers(0, 40))
rests = st.tuples(
    st.just("rest"), st.integers(0, DAYS),
    st.lists(st.integers(1, 5), min_size=1, max_size=3, unique=True), st.integers(8, 15),
)  # fmt: skip


def held_overlap(occurrences: list[TeamOccurrence]) -> bool:
    held = sorted((o for o in occurrences if o.held), key=lambda o: o.starts_at)
    return any(a.ends_at > b.starts_at for a, b in itertools.pairwise(held))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(moves, cancels, rests), max_size=12))
def test_edits_keep_one_row_per_planned_date_and_never_clash(edits: list[tuple]) -> None:  # type: ignore[type-arg]
    occurrences = generate_occurrences(TEAM, CALENDAR)
    expected = planned_dates({1, 4}, TEAM.starts_on, TEAM.ends_on)
    for edit in edits:
        before = list(occurrences)
        try:
            if edit[0] == "move" and occurrences:
                _, index, offset, hour, minutes = edit
                target = occurrences[index % len(occurrences)].planned_on
                day = TEAM.starts_on + timedelta(days=offset)
                starts = datetime.combine(day, time(hour), tzinfo=COPENHAGEN)
                occurrences = move_occurrence(
                    occurrences, target, starts_at=starts,
                    ends_at=starts + timedelta(minutes=minutes), calendar=CALENDAR,
                )  # fmt: skip
            elif edit[0] == "cancel" and occurrences:
                target = occurrences[edit[1] % len(occurrences)].planned_on
                occurrences = cancel_occurrence(occurrences, target)
            elif edit[0] == "rest":
                _, offset, weekdays, hour = edit
                from_day = TEAM.starts_on + timedelta(days=offset)
                change = change_rest_of_series(
                    TEAM, occurrences, from_day=from_day, calendar=CALENDAR,
                    weekly_times=[WeeklyTime(w, time(hour), time(hour, 45)) for w in weekdays],
                )  # fmt: skip
                occurrences = change.occurrences
                assert [o for o in occurrences if o.planned_on < from_day] == [
                    o for o in before if o.planned_on < from_day
                ]
                expected = {d for d in expected if d < from_day} | planned_dates(
                    set(weekdays), from_day, TEAM.ends_on
                )
                kept = {o.planned_on for o in occurrences}
                assert {o.planned_on for o in change.removed}.isdisjoint(kept)
        except DomainError:
            assert occurrences == before  # a refused edit changes nothing
        planned = [o.planned_on for o in occurrences]
        assert len(planned) == len(set(planned)), "one row per planned date"
        assert set(planned) == expected
        assert not held_overlap(occurrences), "never a clash"
