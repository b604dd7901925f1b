"""A room is either a team's or an appointment's at one time: a team's held occurrence has the
whole room, whatever its capacity.

The clock stands at Monday 23 November 2026. The team "Knæholdet" meets in Salen (10 places)
on Tuesdays 10:00-11:00 Copenhagen time (09:00-10:00 UTC): 1, 8 and 15 December 2026.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import site_ids, started_course, therapist_id
from tests.api.test_teams import new_team, room
from tests.conftest import count_rows, log_in, make_client


async def _in_room(
    client: httpx.AsyncClient, course: dict[str, Any], room_id: str, day: str, start: str, end: str
) -> Any:
    return {
        "course_id": course["id"], "provider": "therapist", "staff_id": await therapist_id(client),
        "discipline": "physiotherapy",
        "place": {"kind": "site", "site_id": (await site_ids(client))["syd"], "room_id": room_id},
        "starts_at": f"{day}T{start}:00+01:00", "ends_at": f"{day}T{end}:00+01:00",
    }  # fmt: skip


async def _occurrence(client: httpx.AsyncClient, team: dict[str, Any], planned_on: str) -> str:
    page = (await client.get(f"/api/v1/teams/{team['id']}")).json()
    return str(next(o["id"] for o in page["occurrences"] if o["planned_on"] == planned_on))


async def test_an_appointment_in_a_room_a_team_uses_is_refused_naming_the_occurrence(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    salen = await room(client)
    team = await new_team(client, room_id=salen)
    before = await count_rows(engine, "appointments")
    body = await _in_room(client, course, salen, "2026-12-08", "10:30", "11:15")
    refused = await client.post("/api/v1/appointments", json=body)
    assert refused.status_code == 409, refused.text
    problem = refused.json()
    assert problem["rule"] == "room_used_by_team"
    assert problem["clashing_occurrence_id"] == await _occurrence(client, team, "2026-12-08")
    assert [e["field"] for e in problem["errors"]] == ["place.room_id"]
    assert "Knæholdet 08.12.2026 kl. 10.00-11.00" in problem["detail"]
    assert await count_rows(engine, "appointments") == before
    # Right after the team, the room is free (half-open times).
    after = await _in_room(client, course, salen, "2026-12-08", "11:00", "11:45")
    assert (await client.post("/api/v1/appointments", json=after)).status_code == 201


async def test_moving_an_appointment_onto_a_teams_time_in_its_room_is_refused(
    client: httpx.AsyncClient,
) -> None:
    course = await started_course(client)
    salen = await room(client)
    team = await new_team(client, room_id=salen)
    booked = await client.post(
        "/api/v1/appointments",
        json=await _in_room(client, course, salen, "2026-12-15", "12:00", "12:45"),
    )
    assert booked.status_code == 201, booked.text
    moved = await client.post(
        f"/api/v1/appointments/{booked.json()['id']}/move",
        json={"starts_at": "2026-12-15T09:30:00+01:00", "ends_at": "2026-12-15T10:15:00+01:00"},
    )
    assert moved.status_code == 409, moved.text
    assert moved.json()["rule"] == "room_used_by_team"
    assert moved.json()["clashing_occurrence_id"] == await _occurrence(client, team, "2026-12-15")
    kept = await client.get(
        f"/api/v1/courses/{course['id']}",
    )
    times = [a["starts_at"] for a in kept.json()["appointments"] if a["id"] == booked.json()["id"]]
    assert times == ["2026-12-15T11:00:00Z"]


async def test_moving_a_team_onto_an_appointment_in_its_room_is_refused_naming_it(
    client: httpx.AsyncClient,
) -> None:
    course = await started_course(client)
    salen = await room(client)
    team = await new_team(client, room_id=salen)
    booked = await client.post(
        "/api/v1/appointments",
        json=await _in_room(client, course, salen, "2026-12-09", "12:00", "12:45"),
    )
    assert booked.status_code == 201, booked.text
    moved = await client.post(
        f"/api/v1/teams/{team['id']}/occurrences/2026-12-08/move",
        json={"starts_at": "2026-12-09T12:30:00+01:00", "ends_at": "2026-12-09T13:30:00+01:00"},
    )
    assert moved.status_code == 409, moved.text
    assert (moved.json()["rule"], moved.json()["clashing_booking_id"]) == (
        "room_double_booked", booked.json()["id"],
    )  # fmt: skip
    changed = await client.post(
        f"/api/v1/teams/{team['id']}/rest-of-series",
        json={"from_day": "2026-12-07", "weekly_times": [
            {"weekday": 3, "starts": "12:00", "ends": "13:00"},
        ]},
    )  # fmt: skip
    assert changed.status_code == 409, changed.text
    assert changed.json()["rule"] == "room_double_booked"


async def _at_once(app: FastAPI, calls: list[tuple[str, Any]]) -> list[int]:
    clients = [make_client(app) for _ in calls]
    for one in clients:
        await log_in(one, "leder")
    answers = await asyncio.gather(
        *(one.post(path, json=body) for one, (path, body) in zip(clients, calls, strict=True))
    )
    for one in clients:
        await one.aclose()
    return sorted(answer.status_code for answer in answers)


async def test_a_booking_and_a_team_moved_into_one_room_at_once_give_one(
    app: FastAPI, client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    salen = await room(client)
    team = await new_team(client, room_id=salen)
    courses = [await started_course(client), await started_course(client, cpr="030380-3333")]
    # Three rounds, each a booking and the team's move racing for Thursday at noon.
    for planned_on, day, course in (
        ("2026-12-01", "2026-12-03", courses[0]),
        ("2026-12-08", "2026-12-10", courses[1]),
        ("2026-12-15", "2026-12-17", courses[0]),
    ):
        booking = await _in_room(client, course, salen, day, "12:00", "12:45")
        move = {"starts_at": f"{day}T12:00:00+01:00", "ends_at": f"{day}T13:00:00+01:00"}
        assert await _at_once(app, [
            ("/api/v1/appointments", booking),
            (f"/api/v1/teams/{team['id']}/occurrences/{planned_on}/move", move),
        ]) in ([200, 409], [201, 409])  # fmt: skip
    page = (await client.get(f"/api/v1/teams/{team['id']}")).json()
    moved = sum(o["moved"] for o in page["occurrences"])
    assert moved + await count_rows(engine, "appointments WHERE room_id IS NOT NULL") == 3
