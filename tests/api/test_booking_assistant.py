"""The booking assistant over HTTP, against a hand-built Christmas fortnight.

The one clinical member of staff of Træningscenter Syd works weekdays 8-12 and is absent
(holiday) on Tuesday 22 December 2026. The course (§ 140, physiotherapy, Syd) already has
individual sessions at home on Monday 21 December 11:00 and Wednesday 23 December 11:00.
Thursday 24 and Thursday 31 December are closure days, Friday 25 December and Friday
1 January holidays. Week 52 of 2026 runs 21-27 December, week 53 28 December - 3 January,
week 1 of 2027 from Monday 4 January. At most 3 individual sessions a week.

The first free 45 minutes a day from Monday 21 December: Monday 21 at 8:00 (the week's
third), not Tuesday 22 (absent), not Wednesday 23 (it would be the week's fourth), not 24,
25 (closed), then Monday 28, Tuesday 29 and Wednesday 30 December, and across New Year
(31 closed, 1 January a holiday) Monday 4 January: five proposals.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import site_ids, started_course, therapist_id
from tests.conftest import add_staff, count_rows, log_in, make_client


async def _fortnight(client: httpx.AsyncClient) -> tuple[dict[str, Any], str, str]:
    course = await started_course(client)
    staff = await therapist_id(client)
    syd = (await site_ids(client))["syd"]
    week = {"hours": [{"weekday": d, "starts": "08:00", "ends": "12:00"} for d in range(1, 6)]}
    assert (await client.put(f"/api/v1/staff/{staff}/working-hours", json=week)).status_code == 200
    absent = await client.post(
        f"/api/v1/staff/{staff}/absences",
        json={"kind": "holiday", "first_day": "2026-12-22", "last_day": "2026-12-22"},
    )
    assert absent.status_code == 201, absent.text
    for day in ("2026-12-21", "2026-12-23"):
        booked = await client.post("/api/v1/appointments", json={
            "course_id": course["id"], "provider": "therapist", "staff_id": staff,
            "discipline": "physiotherapy", "place": {"kind": "home"},
            "starts_at": f"{day}T11:00:00+01:00", "ends_at": f"{day}T11:45:00+01:00",
        })  # fmt: skip
        assert booked.status_code == 201, booked.text
    room = await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Lokale 1", "capacity": 1})
    return course, staff, str(room.json()["id"])


async def test_proposals_respect_absence_frequency_closure_days_and_new_year(
    client: httpx.AsyncClient,
) -> None:
    course, staff, room = await _fortnight(client)
    answer = await client.post(
        f"/api/v1/courses/{course['id']}/proposals",
        json={"from_day": "2026-12-21", "minutes": 45, "horizon_days": 21, "limit": 5},
    )
    assert answer.status_code == 200, answer.text
    assert [
        (p["starts_at"], p["therapist_id"], p["room_id"]) for p in answer.json()["proposals"]
    ] == [
        ("2026-12-21T07:00:00Z", staff, room),
        ("2026-12-28T07:00:00Z", staff, room),
        ("2026-12-29T07:00:00Z", staff, room),
        ("2026-12-30T07:00:00Z", staff, room),
        ("2027-01-04T07:00:00Z", staff, room),
    ]


async def test_a_full_team_is_not_a_free_seat(client: httpx.AsyncClient) -> None:
    # The other citizen's conversation first: the helpers book it before working hours exist.
    other = await started_course(client, cpr="030380-3333")
    course, staff, _ = await _fortnight(client)
    syd = (await site_ids(client))["syd"]
    hall = await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Salen", "capacity": 5})
    body = {
        "site_id": syd, "room_id": hall.json()["id"], "discipline": "physiotherapy",
        "weekly_times": [{"weekday": 3, "starts": "13:00", "ends": "14:00"}],
        "therapist_ids": [staff], "starts_on": "2026-12-01", "ends_on": "2027-01-29",
    }  # fmt: skip
    free = await client.post("/api/v1/teams", json={**body, "name": "Åbent hold", "capacity": 2})
    thursday = [{"weekday": 4, "starts": "13:00", "ends": "14:00"}]
    full = await client.post(
        "/api/v1/teams",
        json={**body, "name": "Fuldt hold", "capacity": 1, "weekly_times": thursday},
    )
    assert (free.status_code, full.status_code) == (201, 201)
    seat = await client.post(f"/api/v1/teams/{full.json()['id']}/seats",
                             json={"course_id": other["id"]})  # fmt: skip
    assert seat.status_code == 201, seat.text
    answer = await client.post(
        f"/api/v1/courses/{course['id']}/proposals", json={"from_day": "2026-12-21", "limit": 1}
    )
    # Wednesday 23 December 13:00 Copenhagen is 12:00 UTC.
    shown = [
        (s["name"], s["free_seats"], s["next_occurrence_at"]) for s in answer.json()["free_seats"]
    ]
    assert shown == [("Åbent hold", 2, "2026-12-23T12:00:00Z")]


async def test_a_series_shows_every_refused_date_before_it_is_booked(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course, staff, room = await _fortnight(client)
    series = {
        "starts_at": "2026-12-22T09:00:00+01:00", "ends_at": "2026-12-22T09:45:00+01:00",
        "therapist_id": staff, "room_id": room, "weeks": 3,
    }  # fmt: skip
    before = await count_rows(engine, "appointments")
    dry = await client.post(f"/api/v1/courses/{course['id']}/series", json=series)
    assert dry.status_code == 200, dry.text
    assert [(d["starts_at"], d["refused_rule"]) for d in dry.json()["dates"]] == [
        ("2026-12-22T08:00:00Z", "staff_absent"),
        ("2026-12-29T08:00:00Z", None),
        ("2027-01-05T08:00:00Z", None),
    ]
    assert dry.json()["committed"] is False
    assert await count_rows(engine, "appointments") == before
    done = await client.post(
        f"/api/v1/courses/{course['id']}/series", json={**series, "commit": True}
    )
    assert done.status_code == 200, done.text
    booked = [d["appointment_id"] for d in done.json()["dates"]]
    assert booked[0] is None
    assert all(booked[1:])
    assert await count_rows(engine, "appointments") == before + 2


async def test_a_series_outside_the_calendars_years_is_refused_before_anything_is_read(
    client: httpx.AsyncClient,
) -> None:
    course, staff, room = await _fortnight(client)
    first = {"therapist_id": staff, "room_id": room}
    for starts, ends, weeks, field in [
        ("0001-01-01T09:00:00Z", "0001-01-01T09:45:00Z", 1, "starts_at"),  # year 1
        # The 52nd week of a series begun in December 2100 falls in 2101.
        ("2100-12-06T09:00:00+01:00", "2100-12-06T09:45:00+01:00", 52, "weeks"),
    ]:
        refused = await client.post(
            f"/api/v1/courses/{course['id']}/series",
            json={**first, "starts_at": starts, "ends_at": ends, "weeks": weeks},
        )
        assert refused.status_code == 422, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert [error["field"] for error in refused.json()["errors"]] == [field]


async def test_a_therapist_of_another_site_gets_the_404_of_an_unknown_course_logged_refused(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    course, staff, room = await _fortnight(client)
    await add_staff(engine, centre_id, password_hash, username="nord-terapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    before = await count_rows(engine, "appointments")
    async with make_client(app) as nord:
        await log_in(nord, "nord-terapeut")
        proposals = await nord.post(
            f"/api/v1/courses/{course['id']}/proposals", json={"from_day": "2026-12-21"}
        )
        series = await nord.post(f"/api/v1/courses/{course['id']}/series", json={
            "starts_at": "2026-12-29T09:00:00+01:00", "ends_at": "2026-12-29T09:45:00+01:00",
            "therapist_id": staff, "room_id": room, "weeks": 2, "commit": True,
        })  # fmt: skip
        unknown = await nord.post(
            f"/api/v1/courses/{uuid.uuid4()}/proposals", json={"from_day": "2026-12-21"}
        )
    for answer in (proposals, series, unknown):
        assert answer.status_code == 404, answer.text
        assert answer.json()["detail"] == "Forløbet findes ikke."
    assert await count_rows(engine, "appointments") == before
    async with engine.connect() as connection:
        logged = (
            await connection.execute(
                text(
                    "SELECT operation, use, outcome, citizen_ids FROM access_log"
                    " WHERE actor = 'nord-terapeut' ORDER BY id"
                )
            )
        ).all()
    # The two refused attempts on the course's citizen; an unknown course names nobody.
    assert [(row.operation, row.use, row.outcome) for row in logged[:2]] == [
        ("scheduling-propose", "read", "refused"),
        ("scheduling-book_series", "change", "refused"),
    ]
    citizen = (await client.get(f"/api/v1/courses/{course['id']}")).json()["citizen_id"]
    assert [[str(c) for c in row.citizen_ids] for row in logged[:2]] == [[citizen], [citizen]]
