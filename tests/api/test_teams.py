"""Teams over HTTP: a team planned from its weekly times, refusals as problem documents with
nothing written, the last seat raced for by two (one 201, one 409 offering the waiting list),
the waiting list and the team leader's offer of a freed seat, single and rest-of-series
edits, a closure day listing the occurrences it hits, and the access log.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen. The team meets on Tuesdays
10:00-11:00 (09:00-10:00 UTC) from Monday 30 November to Friday 18 December 2026: Tuesday 1,
8 and 15 December.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import problem_fields, site_ids, started_course, therapist_id
from tests.conftest import count_rows, log_in, make_client


async def room(client: httpx.AsyncClient, capacity: int = 10, name: str = "Salen") -> str:
    syd = (await site_ids(client))["syd"]
    made = await client.post(
        f"/api/v1/sites/{syd}/rooms", json={"name": name, "capacity": capacity}
    )
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


async def team_body(client: httpx.AsyncClient, **changes: Any) -> dict[str, Any]:
    return {
        "name": "Knæholdet",
        "site_id": (await site_ids(client))["syd"],
        "room_id": changes.pop("room_id", None) or await room(client),
        "discipline": "physiotherapy",
        "weekly_times": [{"weekday": 2, "starts": "10:00", "ends": "11:00"}],
        "capacity": 2,
        "therapist_ids": [await therapist_id(client)],
        "starts_on": "2026-11-30",
        "ends_on": "2026-12-18",
        **changes,
    }


async def new_team(client: httpx.AsyncClient, **changes: Any) -> dict[str, Any]:
    made = await client.post("/api/v1/teams", json=await team_body(client, **changes))
    assert made.status_code == 201, made.text
    result: dict[str, Any] = made.json()
    return result


async def test_a_team_is_planned_and_shown_with_its_occurrences(
    client: httpx.AsyncClient,
) -> None:
    team = await new_team(client)
    assert (team["seats_taken"], team["weekly_times"]) == (
        0,
        [{"weekday": 2, "starts": "10:00", "ends": "11:00"}],
    )
    shown = await client.get(f"/api/v1/teams/{team['id']}")
    assert shown.status_code == 200, shown.text
    assert [(o["planned_on"], o["starts_at"]) for o in shown.json()["occurrences"]] == [
        ("2026-12-01", "2026-12-01T09:00:00Z"),
        ("2026-12-08", "2026-12-08T09:00:00Z"),
        ("2026-12-15", "2026-12-15T09:00:00Z"),
    ]
    listed = await client.get("/api/v1/teams")
    assert [t["name"] for t in listed.json()] == ["Knæholdet"]


async def test_a_team_larger_than_its_room_or_meeting_twice_a_day_is_refused(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    small = await room(client, capacity=1, name="Lille")
    larger = await client.post("/api/v1/teams", json=await team_body(client, room_id=small))
    assert (larger.status_code, larger.json()["rule"]) == (422, "team_room_capacity")
    assert problem_fields(larger) == ["capacity"]
    twice = await client.post(
        "/api/v1/teams",
        json=await team_body(client, weekly_times=[
            {"weekday": 2, "starts": "10:00", "ends": "11:00"},
            {"weekday": 2, "starts": "13:00", "ends": "14:00"},
        ]),
    )  # fmt: skip
    assert (twice.status_code, twice.json()["rule"]) == (422, "team_times")
    assert await count_rows(engine, "teams") == 0
    assert await count_rows(engine, "team_occurrences") == 0


async def _seat(app: FastAPI, team_id: str, course_id: str) -> httpx.Response:
    async with make_client(app) as one:
        await log_in(one, "leder")
        return await one.post(f"/api/v1/teams/{team_id}/seats", json={"course_id": course_id})


async def test_two_citizens_racing_for_the_last_seat_get_one_and_the_waiting_list(
    client: httpx.AsyncClient, app: FastAPI, engine: AsyncEngine
) -> None:
    first = await started_course(client)
    second = await started_course(client, cpr="030380-3333")
    third = await started_course(client, cpr="020280-2222")
    team = await new_team(client)
    seated = await client.post(f"/api/v1/teams/{team['id']}/seats", json={"course_id": first["id"]})
    assert seated.status_code == 201, seated.text
    assert seated.json()["citizen_name"] == "Test Testesen"
    answers = await asyncio.gather(
        _seat(app, team["id"], second["id"]), _seat(app, team["id"], third["id"])
    )
    assert sorted(a.status_code for a in answers) == [201, 409]
    refused = next(a for a in answers if a.status_code == 409)
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert (refused.json()["rule"], refused.json()["waiting_list_offered"]) == ("team_full", True)
    assert await count_rows(engine, "team_seats") == 2
    waiting_course = second if answers[0].status_code == 409 else third
    joined = await client.post(
        f"/api/v1/teams/{team['id']}/waiting-list", json={"course_id": waiting_course["id"]}
    )
    assert joined.status_code == 201, joined.text
    again = await client.post(
        f"/api/v1/teams/{team['id']}/waiting-list", json={"course_id": waiting_course["id"]}
    )
    assert (again.status_code, again.json()["rule"]) == (409, "waiting_list_once")
    # No seat is free yet: the offer is refused.
    early = await client.post(f"/api/v1/teams/{team['id']}/waiting-list/offer")
    assert (early.status_code, early.json()["rule"]) == (422, "no_free_seat")
    released = await client.post(
        f"/api/v1/teams/{team['id']}/seats/{seated.json()['id']}/release", json={"on": "2026-12-01"}
    )
    assert released.status_code == 200, released.text
    offered = await client.post(f"/api/v1/teams/{team['id']}/waiting-list/offer")
    assert offered.status_code == 200, offered.text
    assert offered.json()["offered"]["course_id"] == waiting_course["id"]
    taken = await client.post(
        f"/api/v1/teams/{team['id']}/seats", json={"course_id": waiting_course["id"]}
    )
    assert taken.status_code == 201, taken.text
    page = (await client.get(f"/api/v1/teams/{team['id']}")).json()
    assert (len(page["seats"]), page["waiting_list"], page["seats_taken"]) == (2, [], 2)


async def test_a_seat_is_logged_and_an_unknown_team_or_course_is_a_404(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    team = await new_team(client)
    unknown = "00000000-0000-4000-8000-000000000000"
    missing = await client.post(f"/api/v1/teams/{unknown}/seats", json={"course_id": course["id"]})
    assert missing.status_code == 404
    no_course = await client.post(f"/api/v1/teams/{team['id']}/seats", json={"course_id": unknown})
    assert no_course.status_code == 404
    seated = await client.post(
        f"/api/v1/teams/{team['id']}/seats", json={"course_id": course["id"]}
    )
    assert seated.status_code == 201
    async with engine.connect() as connection:
        logged = await connection.scalar(
            text("SELECT count(*) FROM access_log WHERE operation = 'teams-take_seat' "
                 "AND outcome = 'allowed'")
        )  # fmt: skip
    assert logged == 1


async def test_moving_cancelling_and_changing_the_rest_keep_one_row_per_date(
    client: httpx.AsyncClient,
) -> None:
    team = await new_team(client)
    base = f"/api/v1/teams/{team['id']}"
    moved = await client.post(
        f"{base}/occurrences/2026-12-08/move",
        json={"starts_at": "2026-12-09T13:00:00+01:00", "ends_at": "2026-12-09T14:00:00+01:00"},
    )
    assert moved.status_code == 200, moved.text
    assert (moved.json()["planned_on"], moved.json()["sequence"]) == ("2026-12-08", 1)
    closed = await client.post(
        f"{base}/occurrences/2026-12-15/move",
        json={"starts_at": "2026-12-24T10:00:00+01:00", "ends_at": "2026-12-24T11:00:00+01:00"},
    )
    assert (closed.status_code, closed.json()["rule"]) == (422, "closure_day")
    cancelled = await client.post(f"{base}/occurrences/2026-12-01/cancel")
    assert cancelled.json()["status"] == "cancelled"
    # From 14 December on Thursdays: Thursday 17 December; Tuesday 15 is removed.
    rest = await client.post(
        f"{base}/rest-of-series",
        json={"from_day": "2026-12-14",
              "weekly_times": [{"weekday": 4, "starts": "09:00", "ends": "10:00"}]},
    )  # fmt: skip
    assert rest.status_code == 200, rest.text
    assert rest.json()["removed"] == ["2026-12-15"]
    page = (await client.get(base)).json()
    assert [(o["planned_on"], o["status"], o["starts_at"]) for o in page["occurrences"]] == [
        ("2026-12-01", "cancelled", "2026-12-01T09:00:00Z"),
        ("2026-12-08", "planned", "2026-12-09T12:00:00Z"),
        ("2026-12-17", "planned", "2026-12-17T08:00:00Z"),
    ]
    outside = await client.post(f"{base}/rest-of-series/cancel", json={"from_day": "2027-02-01"})
    assert (outside.status_code, outside.json()["rule"]) == (422, "team_period")


async def test_a_closure_day_added_later_lists_the_occurrences_it_hits(
    client: httpx.AsyncClient,
) -> None:
    team = await new_team(client)
    closed = await client.post(
        "/api/v1/closure-days", json={"day": "2026-12-08", "reason": "Vandskade"}
    )
    assert closed.status_code == 201, closed.text
    assert [(h["team_id"], h["planned_on"]) for h in closed.json()["team_hits"]] == [
        (team["id"], "2026-12-08")
    ]
