"""Attendance over HTTP, with hand-worked sequences: the flags appear at the third counted
registration and not before, illness and the centre's own cancellations do not count,
corrections move the counts back, a resolved flag is raised again by the next counted
registration, and being sent home counts toward neither rule. Bad input is a problem naming
the rule, with nothing written; two registrations of one session at once leave one.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen; the course (a § 140 plan,
training at home) started that day. Sessions are booked at 18:00 on Tuesday 24, Wednesday
25 and Thursday 26 November (week 48, at most 3 individual sessions), and Monday 30
November (week 49). Moving the clock to Friday 27 November 12:00 makes the week's three
sessions begun; to Tuesday 1 December 12:00 the fourth too.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from api.clock import FixedClock
from tests.api.helpers import CITIZEN, problem_fields, started_course, therapist_id
from tests.conftest import log_in, make_client

FRIDAY_27_NOON = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)
TUESDAY_1_NOON = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
WEEK_48 = ("2026-11-24", "2026-11-25", "2026-11-26")


def at_home(course: dict[str, Any], staff: str, day: str) -> dict[str, Any]:
    return {
        "course_id": course["id"], "provider": "therapist", "staff_id": staff,
        "discipline": "physiotherapy", "place": {"kind": "home"},
        "starts_at": f"{day}T18:00:00+01:00", "ends_at": f"{day}T18:45:00+01:00",
    }  # fmt: skip


async def sessions(client: httpx.AsyncClient, days: tuple[str, ...]) -> tuple[str, list[str]]:
    """A started course and its sessions booked on `days`: (course id, appointment ids)."""
    return await sessions_of(client, CITIZEN["cpr"], days)


async def sessions_of(
    client: httpx.AsyncClient, cpr: str, days: tuple[str, ...]
) -> tuple[str, list[str]]:
    course = await started_course(client, cpr=cpr)
    staff = await therapist_id(client)
    ids = []
    for day in days:
        booked = await client.post("/api/v1/appointments", json=at_home(course, staff, day))
        assert booked.status_code == 201, booked.text
        ids.append(booked.json()["id"])
    return course["id"], ids


async def mark(
    client: httpx.AsyncClient, appointment: str, attendance: str, **more: Any
) -> httpx.Response:
    return await client.post(
        f"/api/v1/appointments/{appointment}/attendance", json={"attendance": attendance, **more}
    )


def cancelled(reason: str = "other", by: str = "citizen") -> dict[str, Any]:
    return {"cancellation": {"reason": reason, "by": by, "reported_at": "2026-11-23T08:00:00Z"}}


async def move_clock(client: httpx.AsyncClient, clock: FixedClock, at: datetime) -> None:
    """A later moment; a new login, as sessions end."""
    clock.at = at
    await log_in(client, "leder")


async def events(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(text("SELECT count(*) FROM attendance_events")) or 0)


async def test_the_third_no_show_flags_the_course_and_a_correction_takes_it_back(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    course, (first, second, third) = await sessions(client, WEEK_48)
    await move_clock(client, clock, FRIDAY_27_NOON)
    for appointment in (first, second):
        answer = await mark(client, appointment, "no_show")
        assert answer.status_code == 201, answer.text
        assert answer.json()["attendance"]["flags"] == []
    assert (await client.get("/api/v1/worklist/attendance-flags")).json() == []
    raised = await mark(client, third, "no_show")
    assert raised.status_code == 201, raised.text
    state = raised.json()["attendance"]
    assert (state["no_shows"], state["cancellations"]) == (3, 0)
    [flag] = state["flags"]
    assert (flag["kind"], flag["count"]) == ("no_shows", 3)
    assert [s["appointment_id"] for s in flag["sessions"]] == [first, second, third]
    listed = (await client.get("/api/v1/worklist/attendance-flags")).json()
    assert [(item["course_id"], item["kind"], item["count"]) for item in listed] == [
        (course, "no_shows", 3)
    ]
    mistaken = raised.json()["registration"]["id"]
    corrected = await mark(client, third, "attended", corrects=mistaken)
    assert corrected.status_code == 201, corrected.text
    after = corrected.json()["attendance"]
    assert (after["no_shows"], after["flags"]) == (2, [])
    assert (await client.get("/api/v1/worklist/attendance-flags")).json() == []
    shown = (await client.get(f"/api/v1/courses/{course}/attendance")).json()
    assert [r["in_force"] for r in shown["registrations"]] == [True, True, False, True]


async def test_only_the_citizens_own_cancellations_not_due_to_illness_count(
    client: httpx.AsyncClient,
) -> None:
    # Cancellations are registered before the sessions (the clock is still Monday 10:00).
    course, (first, second, third) = await sessions(client, WEEK_48)
    ill = await mark(client, first, "cancelled", **cancelled(reason="illness"))
    assert ill.status_code == 201, ill.text
    by_centre = await mark(client, second, "cancelled", **cancelled(by="centre"))
    counted = await mark(client, third, "cancelled", **cancelled())
    state = counted.json()["attendance"]
    assert (by_centre.status_code, state["cancellations"], state["flags"]) == (201, 1, [])
    # Illness corrected to "another reason", and the centre's cancellation to the citizen's:
    # three counted now, and the third raises the flag for reassessment.
    ill_id = ill.json()["registration"]["id"]
    again = await mark(client, first, "cancelled", corrects=ill_id, **cancelled())
    assert again.json()["attendance"]["cancellations"] == 2
    centre_id = by_centre.json()["registration"]["id"]
    third_one = await mark(client, second, "cancelled", corrects=centre_id, **cancelled())
    state = third_one.json()["attendance"]
    assert state["cancellations"] == 3
    assert [flag["kind"] for flag in state["flags"]] == ["cancellations"]
    assert "revurderes" in state["flags"][0]["text"]
    shown = (await client.get(f"/api/v1/courses/{course}")).json()["appointments"]
    assert [a["status"] for a in shown] == ["cancelled", "cancelled", "cancelled"]


async def test_a_resolved_flag_is_raised_again_by_the_next_no_show_not_by_sent_home(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    course, booked = await sessions(client, (*WEEK_48, "2026-11-30", "2026-12-01"))
    await move_clock(client, clock, TUESDAY_1_NOON)
    for appointment in booked[:3]:
        assert (await mark(client, appointment, "no_show")).status_code == 201
    resolution = f"/api/v1/courses/{course}/attendance-flags/no_shows/resolution"
    without_note = await client.post(resolution, json={"resolution": "continue", "note": "  "})
    assert (without_note.status_code, without_note.json()["rule"]) == (422, "flag_note")
    note = "Borgeren har haft influenza; vi fortsætter."
    resolved = await client.post(resolution, json={"resolution": "continue", "note": note})
    assert resolved.status_code == 200, resolved.text
    assert (resolved.json()["no_shows"], resolved.json()["flags"]) == (3, [])
    twice = await client.post(resolution, json={"resolution": "continue", "note": note})
    assert (twice.status_code, twice.json()["rule"]) == (422, "flag_open")
    sent_home = await mark(client, booked[3], "sent_home")
    assert sent_home.json()["attendance"]["flags"] == []
    assert sent_home.json()["attendance"]["no_shows"] == 3
    await move_clock(client, clock, datetime(2026, 12, 1, 18, 0, tzinfo=UTC))
    fourth = await mark(client, booked[4], "no_show")
    [flag] = fourth.json()["attendance"]["flags"]
    assert (flag["kind"], flag["count"]) == ("no_shows", 4)


async def test_attendance_before_the_session_and_other_bad_input_writes_nothing(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    _, (first, *_) = await sessions(client, WEEK_48)
    early = await mark(client, first, "attended")
    assert (early.status_code, early.json()["rule"]) == (422, "attendance_after_start")
    assert early.headers["content-type"].startswith("application/problem+json")
    assert "begyndt" in early.json()["detail"]
    no_details = await mark(client, first, "cancelled")
    assert (no_details.status_code, no_details.json()["rule"]) == (422, "cancellation_details")
    booked = await mark(client, first, "booked")
    assert (booked.status_code, booked.json()["rule"]) == (422, "attendance_outcome")
    unknown = await mark(client, first, "maybe")
    assert unknown.status_code == 422
    assert problem_fields(unknown) == ["attendance"]
    extra = await mark(client, first, "cancelled", **cancelled(), note="x")
    assert extra.status_code == 422
    nowhere = await mark(client, str(uuid.uuid4()), "cancelled", **cancelled())
    assert nowhere.status_code == 404
    assert await events(engine) == 0
    done = await mark(client, first, "cancelled", **cancelled())
    assert done.status_code == 201
    again = await mark(client, first, "cancelled", **cancelled())
    assert (again.status_code, again.json()["rule"]) == (409, "attendance_once")
    stale = await mark(client, first, "cancelled", corrects=str(uuid.uuid4()), **cancelled())
    assert (stale.status_code, stale.json()["rule"]) == (422, "attendance_correction")
    assert await events(engine) == 1


async def test_two_registrations_of_one_session_at_once_leave_one(
    client: httpx.AsyncClient, app: FastAPI, engine: AsyncEngine, clock: FixedClock
) -> None:
    _, (first, *_) = await sessions(client, WEEK_48)
    await move_clock(client, clock, FRIDAY_27_NOON)
    clients = [make_client(app) for _ in range(2)]
    for one in clients:
        await log_in(one, "leder")
    answers = await asyncio.gather(
        mark(clients[0], first, "attended"), mark(clients[1], first, "no_show")
    )
    for one in clients:
        await one.aclose()
    assert sorted(answer.status_code for answer in answers) == [201, 409]
    assert await events(engine) == 1
    async with engine.connect() as connection:
        status = await connection.scalar(
            text("SELECT status FROM appointments WHERE id = :id"), {"id": first}
        )
    winner = next(answer for answer in answers if answer.status_code == 201)
    assert status == winner.json()["registration"]["attendance"]


async def test_a_citizen_without_a_booking_after_a_no_show_is_listed_for_follow_up(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    course, (first, second, _) = await sessions(client, WEEK_48)
    await move_clock(client, clock, datetime(2026, 11, 25, 11, 0, tzinfo=UTC))
    await mark(client, first, "no_show")
    # The sessions of Wednesday and Thursday are booked after it: nothing to follow up.
    assert (await client.get("/api/v1/worklist/awaiting-booking")).json() == []
    await mark(client, second, "cancelled", **cancelled(reason="illness"))
    await move_clock(client, clock, FRIDAY_27_NOON)
    third_id = (await client.get(f"/api/v1/courses/{course}")).json()["appointments"][2]["id"]
    await mark(client, third_id, "no_show")
    [item] = (await client.get("/api/v1/worklist/awaiting-booking")).json()
    assert (item["course_id"], item["last_missed"]) == (course, "2026-11-26T17:00:00Z")


async def test_reading_a_courses_attendance_is_logged(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course, _ = await sessions(client, ("2026-11-24",))
    before = await _logged(engine, "attendance-course")
    assert (await client.get(f"/api/v1/courses/{course}/attendance")).status_code == 200
    assert await _logged(engine, "attendance-course") == before + 1
    await client.get("/api/v1/worklist/attendance-flags")  # nothing flagged: no citizen read
    assert await _logged(engine, "attendance-worklist_flags") == 0


async def _logged(engine: AsyncEngine, operation: str) -> int:
    async with engine.connect() as connection:
        found = await connection.scalar(
            text("SELECT count(*) FROM access_log WHERE operation = :op"), {"op": operation}
        )
    return int(found or 0)


async def test_an_ended_courses_flag_leaves_the_worklist_and_a_cancelled_booking_takes_none(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    course, booked = await sessions(client, WEEK_48)
    await move_clock(client, clock, FRIDAY_27_NOON)
    for appointment in booked:
        assert (await mark(client, appointment, "no_show")).status_code == 201
    assert len((await client.get("/api/v1/worklist/attendance-flags")).json()) == 1
    ending = {"ended_on": "2026-11-27", "reason": "after_absences", "note": "Tre udeblivelser"}
    assert (await client.post(f"/api/v1/courses/{course}/ending", json=ending)).status_code == 201
    assert (await client.get("/api/v1/worklist/attendance-flags")).json() == []
    # A booking cancelled through the calendar is registered as attendance too: its event
    # is in force, and a second registration is refused.
    other, (later,) = await sessions_of(client, "030380-3333", ("2026-11-30",))
    afbud = {"reason": "other", "by": "citizen"}
    calendar = await client.post(f"/api/v1/appointments/{later}/cancel", json=afbud)
    assert calendar.status_code == 200, calendar.text
    refused = await mark(client, later, "cancelled", **cancelled())
    assert (refused.status_code, refused.json()["rule"]) == (409, "attendance_once")
    state = (await client.get(f"/api/v1/courses/{other}/attendance")).json()
    assert (len(state["registrations"]), state["cancellations"]) == (1, 1)
