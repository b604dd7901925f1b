"""The staff calendars over HTTP and moving an appointment by drag and drop: a therapist's
week, a site's and a room's, a team's; a move takes the same checks as a booking (a clash is
a 409 naming the booking met, nothing changes) and keeps the appointment's id.

The clock stands at Monday 23 November 2026. The team meets Tuesdays 10:00-11:00 (09:00 UTC)
from 30 November: Tuesday 1 December is in week 49 (30 November - 6 December).
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import site_ids, started_course, therapist_id
from tests.api.test_appointments import at_home
from tests.api.test_teams import new_team
from tests.conftest import add_staff, log_in, make_client


async def _entries(client: httpx.AsyncClient, **params: Any) -> list[tuple[str, str, str]]:
    answer = await client.get(
        "/api/v1/calendar/entries", params={"first": "2026-11-30", "last": "2026-12-06", **params}
    )
    assert answer.status_code == 200, answer.text
    return [(e["kind"], e["title"], e["starts_at"]) for e in answer.json()]


async def test_a_therapists_sites_rooms_and_teams_calendars(client: httpx.AsyncClient) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    syd = (await site_ids(client))["syd"]
    team = await new_team(client, therapist_ids=[staff])
    visit = await client.post("/api/v1/appointments", json=at_home(course, staff, "2026-12-02"))
    assert visit.status_code == 201, visit.text
    week = await _entries(client, staff_id=staff)
    assert [e for e in week if e[1] != "Indledende samtale"] == [
        ("team_occurrence", "Hold: Knæholdet", "2026-12-01T09:00:00Z"),
        ("appointment", "Test Testesen", "2026-12-02T17:00:00Z"),
    ]
    assert await _entries(client, room_id=team["room_id"]) == [
        ("team_occurrence", "Hold: Knæholdet", "2026-12-01T09:00:00Z")
    ]
    assert ("team_occurrence", "Hold: Knæholdet", "2026-12-01T09:00:00Z") in await _entries(
        client, site_id=syd
    )
    assert await _entries(client, team_id=team["id"]) == [
        ("team_occurrence", "Hold: Knæholdet", "2026-12-01T09:00:00Z")
    ]
    unfiltered = await client.get(
        "/api/v1/calendar/entries", params={"first": "2026-11-30", "last": "2026-12-06"}
    )
    assert (unfiltered.status_code, unfiltered.json()["rule"]) == (422, "calendar_filter")


async def test_a_move_takes_the_checks_of_a_booking_and_keeps_the_appointment(
    client: httpx.AsyncClient,
) -> None:
    first, second = await started_course(client), await started_course(client, cpr="030380-3333")
    staff = await therapist_id(client)
    one = (
        await client.post("/api/v1/appointments", json=at_home(first, staff, "2026-11-24"))
    ).json()
    other = (
        await client.post("/api/v1/appointments", json=at_home(second, staff, "2026-11-25"))
    ).json()
    onto = {"starts_at": "2026-11-24T18:15:00+01:00", "ends_at": "2026-11-24T19:00:00+01:00"}
    clash = await client.post(f"/api/v1/appointments/{other['id']}/move", json=onto)
    assert clash.status_code == 409
    assert (clash.json()["rule"], clash.json()["clashing_appointment_id"]) == (
        "staff_double_booked",
        one["id"],
    )
    closed = {"starts_at": "2026-12-24T18:00:00+01:00", "ends_at": "2026-12-24T18:45:00+01:00"}
    refused = await client.post(f"/api/v1/appointments/{other['id']}/move", json=closed)
    assert (refused.status_code, refused.json()["rule"]) == (422, "closure_day")
    free = {"starts_at": "2026-11-26T18:00:00+01:00", "ends_at": "2026-11-26T18:45:00+01:00"}
    moved = await client.post(f"/api/v1/appointments/{other['id']}/move", json=free)
    assert moved.status_code == 200, moved.text
    assert (moved.json()["id"], moved.json()["starts_at"], moved.json()["status"]) == (
        other["id"],
        "2026-11-26T17:00:00Z",
        "booked",
    )
    shown = (await client.get(f"/api/v1/courses/{second['id']}")).json()["appointments"]
    assert [(a["id"], a["starts_at"]) for a in shown] == [(other["id"], "2026-11-26T17:00:00Z")]


async def test_a_sites_day_names_only_the_citizens_of_courses_the_caller_may_see_and_logs_them(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    """Two sessions at Syd on Tuesday 24 November; the caller works at Nord and is assigned
    the case of the first course only: the first names its citizen, the second its kind of
    session, and the read's one entry lists the first citizen alone."""
    seen, hidden = await started_course(client), await started_course(client, cpr="030380-3333")
    staff = await therapist_id(client)
    syd = (await site_ids(client))["syd"]
    room = await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Sal", "capacity": 4})
    place = {"kind": "site", "site_id": syd, "room_id": room.json()["id"]}
    shown_id, hidden_id = [
        (await client.post("/api/v1/appointments", json=at_home(course, staff, "2026-11-24",
                                                                 hour, place=place))).json()["id"]
        for course, hour in ((seen, "18"), (hidden, "19"))
    ]  # fmt: skip
    north = await add_staff(engine, centre_id, password_hash, username="nordterapeut",
                            roles=["therapist"], sites=["nord"])  # fmt: skip
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE cases SET assigned_to = :user WHERE id = :case"),
            {"user": north, "case": seen["case_id"]},
        )
        citizen = await connection.scalar(
            text("SELECT citizen_id FROM courses WHERE id = :course"), {"course": seen["id"]}
        )
    async with make_client(app) as other:
        await log_in(other, "nordterapeut")
        day = await other.get(
            "/api/v1/calendar/entries",
            params={"first": "2026-11-24", "last": "2026-11-24", "site_id": syd},
        )
    assert day.status_code == 200, day.text
    assert [(e["id"], e["title"], e["course_id"], e["citizen_id"]) for e in day.json()] == [
        (shown_id, "Test Testesen", seen["id"], str(citizen)),
        (hidden_id, "Træning", None, None),
    ]
    async with engine.connect() as connection:
        logged = (
            await connection.execute(
                text(
                    "SELECT citizen_ids FROM access_log "
                    "WHERE operation = 'calendar-entries' AND actor = 'nordterapeut'"
                )
            )
        ).all()
    assert [row.citizen_ids for row in logged] == [[citizen]]


async def test_the_member_of_staff_booked_sees_the_citizen_of_a_course_outside_their_reach(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    """A therapist of Nord is booked for a session of a course at Syd: their own week names
    the citizen (and logs them); the course's other session, given by another, stays
    unnamed."""
    course = await started_course(client)  # a case at Syd
    staff = await therapist_id(client)
    north = str(await add_staff(engine, centre_id, password_hash, username="nordterapeut",
                                roles=["therapist"], sites=["nord"]))  # fmt: skip
    theirs = await client.post("/api/v1/appointments", json=at_home(course, north, "2026-11-24"))
    assert theirs.status_code == 201, theirs.text
    other = await client.post("/api/v1/appointments", json=at_home(course, staff, "2026-11-25"))
    assert other.status_code == 201, other.text
    async with engine.connect() as connection:
        citizen = await connection.scalar(
            text("SELECT citizen_id FROM courses WHERE id = :course"), {"course": course["id"]}
        )
    async with make_client(app) as own:
        await log_in(own, "nordterapeut")
        weeks = [
            await own.get(
                "/api/v1/calendar/entries",
                params={"first": "2026-11-23", "last": "2026-11-29", "staff_id": who},
            )
            for who in (north, staff)
        ]
    assert [(e["id"], e["title"], e["citizen_id"]) for e in weeks[0].json()] == [
        (theirs.json()["id"], "Test Testesen", str(citizen))
    ]
    assert [
        (e["title"], e["citizen_id"]) for e in weeks[1].json() if e["id"] == other.json()["id"]
    ] == [("Træning", None)]
    async with engine.connect() as connection:
        logged = (
            await connection.execute(
                text(
                    "SELECT citizen_ids FROM access_log WHERE operation = 'calendar-entries' "
                    "AND actor = 'nordterapeut' ORDER BY id"
                )
            )
        ).all()
    assert [row.citizen_ids for row in logged] == [[citizen], []]
