"""Transport: each way at most 1 hour, waiting included; worked out in minutes by hand."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction

import pytest

from domain.attendance import Trip, TripTimesOutOfOrder, compliance, record_trip
from domain.calendar import COPENHAGEN


def at(hour: int, minute: int) -> datetime:
    return datetime(2026, 12, 7, hour, minute, tzinfo=COPENHAGEN)


def trip(arrival: datetime = at(9, 25), drop_off: datetime = at(11, 30)) -> Trip:
    return record_trip(
        agreed_pickup=at(8, 30), actual_pickup=at(8, 40), arrival=arrival,
        session_end=at(10, 30), departure=at(10, 50), drop_off=drop_off,
    )  # fmt: skip


def test_the_ways_count_from_the_agreed_pickup_and_the_end_of_the_session() -> None:
    sample = trip()
    # 8:30 to 9:25 there (the car came 10 minutes late; the citizen waited from 8:30);
    # 10:30 to 11:30 home, 20 minutes of it waiting for the car.
    assert sample.way_there.total_seconds() / 60 == 55
    assert sample.way_home.total_seconds() / 60 == 60
    assert sample.within_target  # exactly an hour is within the target


def test_a_leg_of_61_minutes_is_flagged_and_60_is_not() -> None:
    assert trip(drop_off=at(11, 31)).flagged_legs == ("home",)
    assert trip(arrival=at(9, 31)).flagged_legs == ("there",)
    assert trip(arrival=at(9, 30)).flagged_legs == ()
    assert trip(arrival=at(9, 31), drop_off=at(11, 45)).flagged_legs == ("there", "home")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"arrival": at(8, 35)}, "arrival"),  # before the actual pick-up at 8:40
        ({"arrival": at(8, 20), "actual_pickup": at(8, 10)}, "arrival"),  # before the agreed
        ({"session_end": at(9, 0)}, "session_end"),
        ({"departure": at(10, 0)}, "departure"),
        ({"drop_off": at(10, 45)}, "drop_off"),
    ],
)
def test_times_out_of_order_are_refused(changes: dict[str, datetime], field: str) -> None:
    times = dict(
        agreed_pickup=at(8, 30), actual_pickup=at(8, 40), arrival=at(9, 25),
        session_end=at(10, 30), departure=at(10, 50), drop_off=at(11, 30),
    )  # fmt: skip
    times.update(changes)
    with pytest.raises(TripTimesOutOfOrder) as refused:
        record_trip(**times)
    assert refused.value.field == field


def test_the_share_of_trips_within_target() -> None:
    report = compliance([trip(), trip(drop_off=at(11, 31)), trip(arrival=at(9, 0))])
    assert (report.trips, report.within_target, report.flagged) == (3, 2, 1)
    assert report.share_within_target == Fraction(2, 3)
    assert compliance([]).share_within_target is None
