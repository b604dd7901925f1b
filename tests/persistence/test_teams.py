"""Teams on real PostgreSQL: occurrences planned without closure days and holidays, single
and rest-of-series edits that never lose or double a date, a room one team at a time, seats
under concurrency (the last seats raced for give exactly as many seats), the weekly team
limit, and the waiting list's offer of a freed seat.

The team meets Monday and Thursday 10:00-11:00 Copenhagen time (09:00-10:00 UTC in winter)
from Monday 14 December 2026 to Friday 8 January 2027. Thursday 24 and Thursday 31 December
are the centre's default closure days, Friday 1 January is New Year's Day: the occurrences
are Monday 14, Thursday 17, Monday 21 and Monday 28 December, Monday 4 and Thursday 7
January, six in all.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from domain.errors import Conflict, DomainError
from domain.scheduling import (
    NoOffer,
    OccurrenceClash,
    TeamLargerThanRoom,
    WeeklyTime,
)
from domain.training import Discipline, FrequencyLimitExceeded
from persistence.attendance import locked_course
from persistence.centre.centres import list_sites
from persistence.scheduling import (
    add_room,
    cancel_team_occurrence,
    change_rest,
    create_team,
    decline_seat,
    get_team,
    join_team_waiting_list,
    move_team_occurrence,
    offer_seat,
    release_course_seats,
    release_seat,
    take_seat,
)
from tests.conftest import add_staff, count_rows

MONDAY_THURSDAY = [WeeklyTime(1, time(10), time(11)), WeeklyTime(4, time(10), time(11))]
NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)


@dataclass(frozen=True)
class Place:
    centre_id: uuid.UUID
    syd: uuid.UUID
    nord: uuid.UUID
    hall: uuid.UUID  # Syd, capacity 20
    small: uuid.UUID  # Syd, capacity 2
    therapist: uuid.UUID


@pytest.fixture
async def place(engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str) -> Place:
    therapist = await add_staff(engine, centre_id, password_hash, username="terapeut1",
                                roles=["therapist"], sites=["syd"])  # fmt: skip
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        sites = {site.code: site.id for site in await list_sites(session, centre_id)}
        hall = await add_room(session, centre_id, site_id=sites["syd"], name="Salen", capacity=20)
        small = await add_room(session, centre_id, site_id=sites["syd"], name="Lille", capacity=2)
        return Place(centre_id, sites["syd"], sites["nord"], hall.id, small.id, therapist)


async def courses(
    engine: AsyncEngine, place: Place, count: int, *, site: str = "syd"
) -> list[uuid.UUID]:
    """`count` citizens, each with an active § 140 physiotherapy course at the site."""
    site_id = place.syd if site == "syd" else place.nord
    made = []
    async with engine.begin() as connection:
        for _ in range(count):
            citizen = await connection.scalar(
                text("INSERT INTO citizens (centre_id, cpr, birth_date, name, address, "
                     "municipality_code) VALUES (:centre, :cpr, '1950-01-01', 'Borger', "
                     "'Vej 1, 2635 Ishøj', '183') RETURNING id"),
                {"centre": place.centre_id, "cpr": f"0101{uuid.uuid4().int % 10**6:06d}"},
            )  # fmt: skip
            course = await connection.scalar(
                text("INSERT INTO courses (centre_id, citizen_id, legal_basis, site_id, status, "
                     "started_on, disciplines) VALUES (:centre, :citizen, 'SUL_140', :site, "
                     "'active', '2026-12-01', '{physiotherapy}') RETURNING id"),
                {"centre": place.centre_id, "citizen": citizen, "site": site_id},
            )  # fmt: skip
            made.append(course)
    return made


async def new_team(
    engine: AsyncEngine, place: Place, *, capacity: int = 10, room: uuid.UUID | None = None,
    weekly: list[WeeklyTime] = MONDAY_THURSDAY, name: str = "Hofteholdet",
    ends_on: date = date(2027, 1, 8),
) -> uuid.UUID:  # fmt: skip
    async with engine.begin() as connection:
        record = await create_team(
            AsyncSession(bind=connection), place.centre_id, name=name, site_id=place.syd,
            room_id=room or place.hall, discipline=Discipline.PHYSIOTHERAPY,
            weekly_times=weekly, capacity=capacity, therapist_ids=[place.therapist],
            starts_on=date(2026, 12, 14), ends_on=ends_on, created_by="leder",
        )  # fmt: skip
        return record.row.id


async def planned(engine: AsyncEngine, team_id: uuid.UUID) -> list[tuple[date, str, str]]:
    """(planned date, local start, status) of every row of the team."""
    async with engine.connect() as connection:
        rows = await connection.execute(
            text("SELECT planned_on, to_char(starts_at AT TIME ZONE 'Europe/Copenhagen', "
                 "'YYYY-MM-DD HH24:MI'), status FROM team_occurrences WHERE team_id = :team "
                 "ORDER BY planned_on"), {"team": team_id},
        )  # fmt: skip
        return [(day, start, status) for day, start, status in rows.all()]


async def test_a_team_is_planned_without_closure_days_and_holidays(
    engine: AsyncEngine, place: Place
) -> None:
    team = await new_team(engine, place)
    assert await planned(engine, team) == [
        (date(2026, 12, 14), "2026-12-14 10:00", "planned"),
        (date(2026, 12, 17), "2026-12-17 10:00", "planned"),
        (date(2026, 12, 21), "2026-12-21 10:00", "planned"),
        (date(2026, 12, 28), "2026-12-28 10:00", "planned"),
        (date(2027, 1, 4), "2027-01-04 10:00", "planned"),
        (date(2027, 1, 7), "2027-01-07 10:00", "planned"),
    ]


async def test_a_team_larger_than_its_room_or_in_a_taken_room_is_refused(
    engine: AsyncEngine, place: Place
) -> None:
    with pytest.raises(TeamLargerThanRoom):
        await new_team(engine, place, capacity=3, room=place.small)
    await new_team(engine, place)
    # Thursday 11:30 meets nothing, Monday 10:30 meets the first team's Mondays.
    with pytest.raises(OccurrenceClash) as clash:
        await new_team(engine, place, name="Ryghold",
                       weekly=[WeeklyTime(1, time(10, 30), time(11, 30))])  # fmt: skip
    assert clash.value.rule == "room_double_booked"
    assert await count_rows(engine, "teams") == 1
    await new_team(engine, place, name="Ryghold", weekly=[WeeklyTime(4, time(11, 30), time(12))])
    assert await count_rows(engine, "teams") == 2


async def test_single_and_rest_of_series_edits_keep_one_row_per_planned_date(
    engine: AsyncEngine, place: Place
) -> None:
    team = await new_team(engine, place)
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        moved = await move_team_occurrence(
            session, place.centre_id, team, date(2026, 12, 21),
            starts_at=datetime(2026, 12, 22, 12, tzinfo=UTC),
            ends_at=datetime(2026, 12, 22, 13, tzinfo=UTC), now=NOW,
        )  # fmt: skip
        assert (moved.sequence, moved.moved) == (1, True)
        await cancel_team_occurrence(session, place.centre_id, team, date(2026, 12, 17), now=NOW)
    # From Monday 28 December: Tuesdays and Wednesdays 14:00-15:00. Tuesday 29 and Wednesday
    # 30 December, Tuesday 5 and Wednesday 6 January; the Monday and Thursday rows go.
    async with engine.begin() as connection:
        _record, change = await change_rest(
            AsyncSession(bind=connection), place.centre_id, team, from_day=date(2026, 12, 28),
            weekly_times=[WeeklyTime(2, time(14), time(15)), WeeklyTime(3, time(14), time(15))],
            now=NOW,
        )  # fmt: skip
    assert [o.planned_on for o in change.removed] == [date(2026, 12, 28), date(2027, 1, 4),
                                                       date(2027, 1, 7)]  # fmt: skip
    assert await planned(engine, team) == [
        (date(2026, 12, 14), "2026-12-14 10:00", "planned"),
        (date(2026, 12, 17), "2026-12-17 10:00", "cancelled"),
        (date(2026, 12, 21), "2026-12-22 13:00", "planned"),
        (date(2026, 12, 29), "2026-12-29 14:00", "planned"),
        (date(2026, 12, 30), "2026-12-30 14:00", "planned"),
        (date(2027, 1, 5), "2027-01-05 14:00", "planned"),
        (date(2027, 1, 6), "2027-01-06 14:00", "planned"),
    ]
    # Moving the 14 December onto the 22 December occurrence is a clash: nothing changes.
    with pytest.raises(OccurrenceClash):
        async with engine.begin() as connection:
            await move_team_occurrence(
                AsyncSession(bind=connection), place.centre_id, team, date(2026, 12, 14),
                starts_at=datetime(2026, 12, 22, 12, 30, tzinfo=UTC),
                ends_at=datetime(2026, 12, 22, 13, 30, tzinfo=UTC), now=NOW,
            )  # fmt: skip
    assert (await planned(engine, team))[0] == (date(2026, 12, 14), "2026-12-14 10:00", "planned")


async def _seat(engine: AsyncEngine, place: Place, team: uuid.UUID, course: uuid.UUID) -> str:
    try:
        async with engine.begin() as connection:
            await take_seat(AsyncSession(bind=connection), place.centre_id, team, course,
                            from_day=date(2026, 12, 14), booked_by="leder", now=NOW)  # fmt: skip
    except DomainError as error:
        return type(error).__name__
    return "seat"


async def test_twenty_courses_racing_for_the_last_three_seats_get_exactly_three(
    engine: AsyncEngine, place: Place
) -> None:
    team = await new_team(engine, place, capacity=5)
    first = await courses(engine, place, 22)
    for course in first[:2]:
        assert await _seat(engine, place, team, course) == "seat"
    answers = await asyncio.gather(*(_seat(engine, place, team, c) for c in first[2:]))
    assert sorted(answers) == ["TeamFull"] * 17 + ["seat"] * 3
    assert await count_rows(engine, "team_seats") == 5


async def test_seats_count_toward_the_weekly_team_limit(engine: AsyncEngine, place: Place) -> None:
    # Two sessions a week (Monday and Thursday) fill the limit of 2; a Wednesday team then
    # gives week 51 (14-20 December) a third.
    twice = await new_team(engine, place)
    wednesday = await new_team(engine, place, name="Onsdagshold",
                               weekly=[WeeklyTime(3, time(13), time(14))])  # fmt: skip
    (course,) = await courses(engine, place, 1)
    assert await _seat(engine, place, twice, course) == "seat"
    with pytest.raises(FrequencyLimitExceeded) as refused:
        async with engine.begin() as connection:
            await take_seat(AsyncSession(bind=connection), place.centre_id, wednesday, course,
                            from_day=date(2026, 12, 14), booked_by="leder", now=NOW)  # fmt: skip
    assert str(refused.value.week) == "uge 51 2026"
    assert await count_rows(engine, "team_seats") == 1


async def test_a_seat_for_a_course_of_another_site_is_refused(
    engine: AsyncEngine, place: Place
) -> None:
    team = await new_team(engine, place)
    (north,) = await courses(engine, place, 1, site="nord")
    assert await _seat(engine, place, team, north) == "SeatRefused"


async def test_a_freed_seat_is_offered_to_the_first_waiting_and_held_for_them(
    engine: AsyncEngine, place: Place
) -> None:
    team = await new_team(engine, place, capacity=1)
    seated, first, second = await courses(engine, place, 3)
    assert await _seat(engine, place, team, seated) == "seat"
    assert await _seat(engine, place, team, first) == "TeamFull"
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        for course, minute in ((first, 0), (second, 1)):
            at = NOW.replace(minute=minute)
            await join_team_waiting_list(session, place.centre_id, team, course,
                                         placed_by="leder", now=at)  # fmt: skip
        with pytest.raises(Conflict):
            await join_team_waiting_list(session, place.centre_id, team, first,
                                         placed_by="leder", now=NOW)  # fmt: skip
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        record = await get_team(session, place.centre_id, team)
        seat_id = await connection.scalar(text("SELECT id FROM team_seats"))
        await release_seat(session, place.centre_id, record.row.id, seat_id, on=date(2026, 12, 15))
        offered = await offer_seat(session, place.centre_id, team, now=NOW)
        assert offered is not None
        assert offered.course_id == first
    # The offered seat is held for the first: the second cannot take it, nor accept.
    assert await _seat(engine, place, team, second) == "TeamFull"
    with pytest.raises(NoOffer):
        async with engine.begin() as connection:
            await decline_seat(AsyncSession(bind=connection), place.centre_id, team, second,
                               now=NOW)  # fmt: skip
    async with engine.begin() as connection:
        nxt = await decline_seat(AsyncSession(bind=connection), place.centre_id, team, first,
                                 now=NOW)  # fmt: skip
        assert nxt is not None
        assert nxt.course_id == second
    assert await _seat(engine, place, team, second) == "seat"
    assert await count_rows(engine, "team_waiting_list") == 0


async def test_a_courses_seats_are_freed_together_and_an_offer_waits_for_the_release(
    engine: AsyncEngine, place: Place
) -> None:
    # The course holds a seat on two full teams of one seat each (Mondays; Wednesdays); its
    # seat on the second was given up by hand from 21 December and stays so. Freeing the
    # course's seats from 17 December locks both teams: the leader's offer on the first waits
    # until it commits, then finds the seat free for the waiting course.
    first = await new_team(engine, place, capacity=1, weekly=MONDAY_THURSDAY[:1])
    second = await new_team(engine, place, capacity=1, name="Knæholdet",
                            weekly=[WeeklyTime(3, time(13), time(14))])  # fmt: skip
    seated, waiting = await courses(engine, place, 2)
    assert await _seat(engine, place, first, seated) == "seat"
    assert await _seat(engine, place, second, seated) == "seat"
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        await join_team_waiting_list(session, place.centre_id, first, waiting,
                                     placed_by="leder", now=NOW)  # fmt: skip
        by_hand = await connection.scalar(
            text("SELECT id FROM team_seats WHERE team_id = :team"), {"team": second}
        )
        await release_seat(session, place.centre_id, second, by_hand, on=date(2026, 12, 21))

    async def offer() -> uuid.UUID | None:
        async with engine.begin() as connection:
            entry = await offer_seat(AsyncSession(bind=connection), place.centre_id, first,
                                     now=NOW)  # fmt: skip
            return None if entry is None else entry.course_id

    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        await locked_course(session, place.centre_id, seated)
        freed = await release_course_seats(session, place.centre_id, seated, on=date(2026, 12, 17))
        assert [(seat.team_id, seat.released_on) for seat in freed] == [(first, date(2026, 12, 17))]
        waiting_offer = asyncio.create_task(offer())
        done, _ = await asyncio.wait({waiting_offer}, timeout=0.5)
        assert not done
    assert await waiting_offer == waiting
    async with engine.connect() as connection:
        days = await connection.execute(
            text("SELECT team_id, released_on FROM team_seats WHERE course_id = :course"),
            {"course": seated},
        )
        assert dict(days.all()) == {first: date(2026, 12, 17), second: date(2026, 12, 21)}
