"""The citizen's plan on paper (træningsplan) over HTTP, against a hand-built fortnight across
the change to summer time on Sunday 28 March 2027 (Copenhagen goes from UTC+1 to UTC+2). That
Sunday is Easter Day: Thursday 25, Friday 26 and Monday 29 March are public holidays.

The course (§ 140, physiotherapy, Syd) has, as booked:
  Tuesday 23 March 10:00-10:45     at home (09:00 UTC, winter time)
  Wednesday 24 March 13:00-14:00   the team "Balancehold" in Salen (12:00 UTC)
  Tuesday 30 March 10:00-10:45     at Syd in Lokale 1 (08:00 UTC, summer time)
  Wednesday 31 March 13:00-14:00   the team again (11:00 UTC), but 31 March became a closure
                                   day after the team was planned: not listed
  Thursday 1 April 10:00-10:45     at home, cancelled (afbud): not a session
So the plan lists three sessions, each at the Copenhagen time it was booked for.
"""

from __future__ import annotations

import io
from typing import Any

import httpx
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import site_ids, started_course, therapist_id
from tests.conftest import count_rows


def _session(course: dict[str, Any], staff: str, at: str, end: str, **place: Any) -> Any:
    return {
        "course_id": course["id"], "provider": "therapist", "staff_id": staff,
        "discipline": "physiotherapy", "place": place or {"kind": "home"},
        "starts_at": at, "ends_at": end,
    }  # fmt: skip


async def _week(client: httpx.AsyncClient) -> dict[str, Any]:
    course = await started_course(client)
    staff = await therapist_id(client)
    syd = (await site_ids(client))["syd"]
    room = await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Lokale 1", "capacity": 1})
    hall = await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Salen", "capacity": 8})
    team = await client.post("/api/v1/teams", json={
        "name": "Balancehold", "site_id": syd, "room_id": hall.json()["id"],
        "discipline": "physiotherapy", "capacity": 8, "therapist_ids": [staff],
        "weekly_times": [{"weekday": 3, "starts": "13:00", "ends": "14:00"}],
        "starts_on": "2027-03-22", "ends_on": "2027-04-02",
    })  # fmt: skip
    assert team.status_code == 201, team.text
    seat = await client.post(
        f"/api/v1/teams/{team.json()['id']}/seats", json={"course_id": course["id"]}
    )
    assert seat.status_code == 201, seat.text
    bookings = [
        _session(course, staff, "2027-03-23T10:00:00+01:00", "2027-03-23T10:45:00+01:00"),
        _session(course, staff, "2027-03-30T10:00:00+02:00", "2027-03-30T10:45:00+02:00",
                 kind="site", site_id=syd, room_id=room.json()["id"]),
        _session(course, staff, "2027-04-01T10:00:00+02:00", "2027-04-01T10:45:00+02:00"),
    ]  # fmt: skip
    ids = []
    for body in bookings:
        booked = await client.post("/api/v1/appointments", json=body)
        assert booked.status_code == 201, booked.text
        ids.append(booked.json()["id"])
    afbud = {"reason": "illness", "by": "citizen"}
    cancelled = await client.post(f"/api/v1/appointments/{ids[2]}/cancel", json=afbud)
    assert cancelled.status_code == 200, cancelled.text
    closed = await client.post(
        "/api/v1/closure-days", json={"day": "2027-03-31", "reason": "Personaledag"}
    )
    assert closed.status_code == 201, closed.text
    return course


ROWS = [
    ("tirsdag 23. marts 2027", "kl. 10.00 til kl. 10.45", "Individuel træning", "Hjemmebesøg"),
    ("onsdag 24. marts 2027", "kl. 13.00 til kl. 14.00", "Hold: Balancehold",
     "Træningscenter Syd, {address}, lokale Salen"),
    ("tirsdag 30. marts 2027", "kl. 10.00 til kl. 10.45", "Individuel træning",
     "Træningscenter Syd, {address}, lokale Lokale 1"),
]  # fmt: skip


def _rows(html: str) -> list[tuple[str, ...]]:
    """The plan's table as (day, time, what, place) rows, the header left out; any run of
    white space (the layout's no-break space after "kl." included) read as one space."""
    table = html[html.index("<table>") : html.index("</table>")]
    rows = []
    for row in table.split("<tr>")[2:]:
        cells = [cell.split("</td>")[0] for cell in row.split("<td>")[1:]]
        rows.append(tuple(" ".join(cell.split()) for cell in cells))
    return rows


async def _syd_address(client: httpx.AsyncClient) -> str:
    sites = (await client.get("/api/v1/sites")).json()
    address: str = next(s["address"] for s in sites if s["name"] == "Træningscenter Syd")
    return address


async def test_the_plan_lists_the_coming_sessions_in_copenhagen_time_without_closure_days(
    client: httpx.AsyncClient,
) -> None:
    course = await _week(client)
    address = await _syd_address(client)
    preview = await client.get(f"/api/v1/courses/{course['id']}/training-plan/preview")
    assert preview.status_code == 200, preview.text
    expected = [tuple(cell.format(address=address) for cell in row) for row in ROWS]
    assert _rows(preview.json()["html"]) == expected
    assert "Din træningsplan" in preview.json()["html"]


async def test_sending_the_plan_keeps_the_letter_and_its_channel_and_logs_the_change(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await _week(client)
    sent = await client.post(
        f"/api/v1/courses/{course['id']}/training-plan", json={"channel": "printed"}
    )
    assert sent.status_code == 201, sent.text
    plan = sent.json()
    assert (plan["channel"], plan["sessions"]) == ("printed", 3)
    pdf = await client.get(f"/api/v1/letters/{plan['letter_id']}/pdf")
    assert pdf.status_code == 200
    words = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages).split()
    )
    assert "onsdag 24. marts 2027" in words
    assert "tirsdag 30. marts 2027" in words
    assert "31. marts" not in words  # the closure day
    assert "april" not in words  # the cancelled session
    listed = await client.get(f"/api/v1/courses/{course['id']}/training-plans")
    assert [(p["id"], p["letter_id"]) for p in listed.json()] == [(plan["id"], plan["letter_id"])]
    async with engine.connect() as connection:
        logged = await connection.scalar(
            text(
                "SELECT count(*) FROM access_log WHERE operation = 'scheduling-send_training_plan'"
                " AND use = 'change' AND outcome = 'allowed'"
            )
        )
    assert logged == 1
    case_letters = await client.get(f"/api/v1/cases/{course['case_id']}")
    kinds = [letter["kind"] for letter in case_letters.json()["letters"]]
    assert "training_plan" in kinds


async def test_a_course_without_coming_sessions_has_no_plan_to_send(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    before = await count_rows(engine, "letters")
    sent = await client.post(
        f"/api/v1/courses/{course['id']}/training-plan", json={"channel": "letter"}
    )
    assert sent.status_code == 422, sent.text
    assert sent.json()["rule"] == "training_plan_empty"
    assert [error["field"] for error in sent.json()["errors"]] == ["course_id"]
    assert await count_rows(engine, "letters") == before
    assert await count_rows(engine, "training_plans") == 0


async def test_a_committed_series_sends_the_plan_in_the_same_step(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    syd = (await site_ids(client))["syd"]
    room = await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Lokale 2", "capacity": 1})
    series = {
        "starts_at": "2027-03-23T09:00:00+01:00", "ends_at": "2027-03-23T09:45:00+01:00",
        "therapist_id": staff, "room_id": room.json()["id"], "weeks": 2, "commit": True,
        "plan_channel": "digital_post",
    }  # fmt: skip
    done = await client.post(f"/api/v1/courses/{course['id']}/series", json=series)
    assert done.status_code == 200, done.text
    plan = done.json()["training_plan"]
    assert (plan["channel"], plan["sessions"]) == ("digital_post", 2)
    html = (await client.get(f"/api/v1/courses/{course['id']}/training-plan/preview")).json()
    # Tuesday 23 March 9:00 winter time, Tuesday 30 March 9:00 summer time: both kl. 9.00.
    assert [row[:2] for row in _rows(html["html"])] == [
        ("tirsdag 23. marts 2027", "kl. 9.00 til kl. 9.45"),
        ("tirsdag 30. marts 2027", "kl. 9.00 til kl. 9.45"),
    ]
    assert await count_rows(engine, "training_plans") == 1
