"""Which sessions the citizen's plan lists, worked by hand around Easter 2027.

Easter Day is Sunday 28 March 2027, the night summer time starts: Thursday 25, Friday 26 and
Monday 29 March are public holidays. The centre has a closure day on Wednesday 31 March.
"Now" is Tuesday 23 March 2027 at 12:00 Copenhagen time (11:00 UTC).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.errors import RuleViolation
from domain.scheduling import PlaceKind, PlannedSession, coming_sessions
from domain.training import SessionPurpose

CALENDAR = WorkingDayCalendar([date(2027, 3, 31)])
NOW = datetime(2027, 3, 23, 11, 0, tzinfo=UTC)
TEAM = uuid.uuid4()


def at(day: int, hour: int, month: int = 3) -> datetime:
    return datetime(2027, month, day, hour, tzinfo=COPENHAGEN)


def home(day: int, hour: int, month: int = 3) -> PlannedSession:
    return PlannedSession(at(day, hour, month), at(day, hour + 1, month), PlaceKind.HOME)


def team(day: int, *, seat_from: date, released_on: date | None = None) -> PlannedSession:
    return PlannedSession(
        at(day, 13), at(day, 14), PlaceKind.SITE, site_name="Træningscenter Syd",
        site_address="Ishøj Boulevard 2A", room_name="Salen", team_id=TEAM,
        team_name="Balancehold", seat_from=seat_from, seat_released_on=released_on,
    )  # fmt: skip


def test_the_plan_lists_coming_sessions_in_time_order_and_leaves_out_closed_days() -> None:
    sessions = [
        home(30, 10),  # Tuesday after Easter, summer time: listed
        home(23, 10),  # this morning, before now: past
        home(23, 13),  # this afternoon: listed
        home(26, 10),  # Good Friday: closed
        team(24, seat_from=date(2027, 3, 24)),  # listed
        team(31, seat_from=date(2027, 3, 24)),  # the closure day
    ]
    coming = coming_sessions(sessions, now=NOW, calendar=CALENDAR)
    assert [s.starts_at.astimezone(UTC) for s in coming] == [
        datetime(2027, 3, 23, 12, tzinfo=UTC),
        datetime(2027, 3, 24, 12, tzinfo=UTC),
        datetime(2027, 3, 30, 8, tzinfo=UTC),  # 10:00 summer time is 08:00 UTC
    ]
    assert [s.what for s in coming] == [
        "Individuel træning", "Hold: Balancehold", "Individuel træning",
    ]  # fmt: skip


def test_a_seat_holds_its_occurrences_from_its_first_day_until_it_is_given_up() -> None:
    # Wednesdays 24 March (before the seat), 7 April (held) and 14 April (given up that day).
    sessions = [
        team(24, seat_from=date(2027, 4, 7), released_on=date(2027, 4, 14)),
        PlannedSession(at(7, 13, 4), at(7, 14, 4), PlaceKind.SITE, site_name="Syd",
                       site_address="Vej 1", team_id=TEAM, seat_from=date(2027, 4, 7),
                       seat_released_on=date(2027, 4, 14)),
        PlannedSession(at(14, 13, 4), at(14, 14, 4), PlaceKind.SITE, site_name="Syd",
                       site_address="Vej 1", team_id=TEAM, seat_from=date(2027, 4, 7),
                       seat_released_on=date(2027, 4, 14)),
    ]  # fmt: skip
    coming = coming_sessions(sessions, now=NOW, calendar=CALENDAR)
    assert [s.starts_at.date() for s in coming] == [date(2027, 4, 7)]
    assert coming[0].what == "Hold"


def test_a_conversation_is_named_by_its_purpose() -> None:
    follow_up = PlannedSession(
        at(24, 9), at(24, 10), PlaceKind.HOME, purpose=SessionPurpose.FOLLOW_UP
    )
    assert [s.what for s in coming_sessions([follow_up], now=NOW, calendar=CALENDAR)] == [
        "Opfølgende samtale"
    ]


def test_no_coming_session_is_no_plan() -> None:
    with pytest.raises(RuleViolation) as refused:
        coming_sessions([home(22, 10), home(26, 10)], now=NOW, calendar=CALENDAR)
    assert refused.value.rule == "training_plan_empty"
