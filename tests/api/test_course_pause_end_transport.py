"""A course's pause, its ending and its transport over HTTP.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen; the course (a § 140 plan,
genoptræning at home) started that day, with sessions at 18:00 on Tuesday 24 November and
Tuesday 1 December. A pause from Saturday 28 November to Monday 7 December releases the
second only. Trips: picked up as agreed at 16:55, arrived 17:55 (60 minutes there, within
the target); the session ended 18:45 and the citizen was dropped off at 19:46 (61 minutes
home, flagged).

A course's class seat: a team of two seats on Tuesdays 1, 8 and 15 December, both taken from
Monday 30 November, a third course waiting. A pause from Saturday 5 December frees the seat
from 5 December; an ending on 23 November frees it from its first day, 30 November (the day
after the end, 24 November, is before it); either way the first waiting is offered it.
"""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import started_course
from tests.api.test_attendance import sessions
from tests.api.test_teams import new_team


async def _count(engine: AsyncEngine, table: str) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0)


async def test_a_pause_releases_the_bookings_in_it_and_is_listed_until_resumed(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course, (before, within) = await sessions(client, ("2026-11-24", "2026-12-01"))
    path = f"/api/v1/courses/{course}/postponement"
    no_resume = await client.post(path, json={"reason": "Ingen energi", "starts_on": "2026-11-28"})
    assert (no_resume.status_code, no_resume.json()["rule"]) == (422, "postponement_resume")
    no_reason = await client.post(
        path, json={"starts_on": "2026-11-28", "expected_resume_on": "2026-12-07"}
    )
    assert (no_reason.status_code, no_reason.json()["rule"]) == (422, "postponement_reason")
    assert await _count(engine, "course_postponements") == 0
    body = {"reason": "Ingen energi", "starts_on": "2026-11-28", "expected_resume_on": "2026-12-07"}
    paused = await client.post(path, json=body)
    assert paused.status_code == 201, paused.text
    assert paused.json()["released"] == 1
    shown = (await client.get(f"/api/v1/courses/{course}")).json()
    assert shown["status"] == "postponed"
    assert {a["id"]: a["status"] for a in shown["appointments"]} == {
        before: "booked",
        within: "cancelled",
    }
    # Released by the centre: never counted toward the cancellation rule.
    counted = (await client.get(f"/api/v1/courses/{course}/attendance")).json()
    assert counted["cancellations"] == 0
    [listed] = (await client.get("/api/v1/worklist/resumptions")).json()
    assert (listed["course_id"], listed["expected_resume_on"], listed["due"]) == (
        course,
        "2026-12-07",
        False,
    )
    resumed = await client.post(f"/api/v1/courses/{course}/resumption")
    assert (resumed.status_code, resumed.json()["resumed_on"]) == (200, "2026-11-23")
    assert (await client.get("/api/v1/worklist/resumptions")).json() == []
    again = await client.post(f"/api/v1/courses/{course}/resumption")
    assert (again.status_code, again.json()["rule"]) == (422, "postponement_status")


async def test_ending_needs_a_reason_of_the_courses_kind_and_releases_later_bookings(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course, _ = await sessions(client, ("2026-11-24", "2026-12-01"))
    path = f"/api/v1/courses/{course}/ending"
    no_reason = await client.post(path, json={"ended_on": "2026-11-23"})
    assert (no_reason.status_code, no_reason.json()["rule"]) == (422, "end_reason")
    maintenance_only = await client.post(
        path, json={"ended_on": "2026-11-23", "reason": "maintains_alone"}
    )
    assert maintenance_only.json()["rule"] == "end_reason_training"
    future = await client.post(path, json={"ended_on": "2026-11-24", "reason": "citizen_wish"})
    assert future.json()["rule"] == "end_date"
    assert await _count(engine, "course_endings") == 0
    ended = await client.post(
        path,
        json={
            "ended_on": "2026-11-23", "reason": "no_further_progress",
            "self_training_material": "Øvelsesprogram for knæ", "home_care_involved": True,
        },
    )  # fmt: skip
    assert ended.status_code == 201, ended.text
    answer = ended.json()
    # A hospital plan (§ 140) is a right: its end is no decision; genoptræning has a
    # final status to the GP.
    assert (answer["is_decision"], answer["final_status_expected"], answer["released"]) == (
        False,
        True,
        2,
    )
    shown = (await client.get(f"/api/v1/courses/{course}")).json()
    assert (shown["status"], shown["ended_on"]) == ("ended", "2026-11-23")
    twice = await client.post(path, json={"ended_on": "2026-11-23", "reason": "citizen_wish"})
    assert (twice.status_code, twice.json()["rule"]) == (422, "course_open")


def _trip(**changes: Any) -> dict[str, Any]:
    return {
        "agreed_pickup": "2026-11-24T16:55:00+01:00", "actual_pickup": "2026-11-24T17:05:00+01:00",
        "arrival": "2026-11-24T17:55:00+01:00", "session_end": "2026-11-24T18:45:00+01:00",
        "departure": "2026-11-24T18:50:00+01:00", "drop_off": "2026-11-24T19:45:00+01:00",
        **changes,
    }  # fmt: skip


async def test_a_61_minute_leg_is_flagged_and_a_60_minute_one_is_not(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course, (first, second) = await sessions(client, ("2026-11-24", "2026-12-01"))
    ungranted = await client.post(f"/api/v1/appointments/{first}/trip", json=_trip())
    assert (ungranted.status_code, ungranted.json()["rule"]) == (422, "trip_granted")
    grant = {
        "reason": "Kan ikke tage offentlig transport",
        "from_address": "Eksempelvej 1, 2635 Ishøj",
        "to_address": "Ishøj Boulevard 2A, 2635 Ishøj",
        "needs": ["wheelchair"],
    }
    granted = await client.put(f"/api/v1/courses/{course}/transport", json=grant)
    assert granted.status_code == 200, granted.text
    assert granted.json()["share_within_target"] is None
    backwards = await client.post(
        f"/api/v1/appointments/{first}/trip", json=_trip(drop_off="2026-11-24T18:40:00+01:00")
    )
    assert (backwards.status_code, backwards.json()["rule"]) == (422, "trip_times_order")
    assert await _count(engine, "trips") == 0
    home_61 = _trip(drop_off="2026-11-24T19:46:00+01:00")
    flagged = await client.post(f"/api/v1/appointments/{first}/trip", json=home_61)
    assert flagged.status_code == 201, flagged.text
    assert (flagged.json()["way_there_minutes"], flagged.json()["way_home_minutes"]) == (60, 61)
    assert flagged.json()["flagged_legs"] == ["home"]
    second_day = {k: v.replace("2026-11-24", "2026-12-01") for k, v in _trip().items()}
    kept = await client.post(f"/api/v1/appointments/{second}/trip", json=second_day)
    assert kept.json()["flagged_legs"] == []
    shown = (await client.get(f"/api/v1/courses/{course}/transport")).json()
    assert (shown["within_target"], shown["flagged"], shown["share_within_target"]) == (1, 1, 0.5)
    twice = await client.post(f"/api/v1/appointments/{second}/trip", json=second_day)
    assert (twice.status_code, twice.json()["rule"]) == (409, "trip_once")


async def test_the_final_status_goes_to_the_gp_on_record_once_the_course_has_ended(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course, _ = await sessions(client, ("2026-11-24",))
    shown = (await client.get(f"/api/v1/courses/{course}")).json()
    goal = await client.post(f"/api/v1/courses/{course}/goals", json={"text": "Gå på trapper"})
    assert goal.status_code == 201, goal.text
    path = f"/api/v1/courses/{course}/final-status"
    early = await client.post(path, json={"channel": "post"})
    assert (early.status_code, early.json()["rule"]) == (422, "final_status_after_end")
    ending = {"ended_on": "2026-11-23", "reason": "therapist_no_longer_needed"}
    assert (await client.post(f"/api/v1/courses/{course}/ending", json=ending)).status_code == 201
    # Without a GP on record the answer says what is missing, and nothing is sent.
    citizen = shown["citizen_id"]
    record = (await client.get(f"/api/v1/citizens/{citizen}")).json()
    fields = ("cpr", "name", "address", "municipality_code", "phone")
    without_gp = {name: record[name] for name in fields}
    assert (await client.put(f"/api/v1/citizens/{citizen}", json=without_gp)).status_code == 200
    missing = await client.post(path, json={"channel": "post"})
    assert (missing.status_code, missing.json()["rule"]) == (422, "final_status_gp")
    assert "praktiserende læge" in missing.json()["detail"]
    assert await _count(engine, "letters WHERE kind = 'final_status'") == 0
    with_gp = {**without_gp, "general_practitioner": "Læge Hansen",
               "general_practitioner_clinic": "Lægehuset, Torvet 1, 2635 Ishøj"}  # fmt: skip
    assert (await client.put(f"/api/v1/citizens/{citizen}", json=with_gp)).status_code == 200
    preview = await client.get(f"{path}/preview")
    assert preview.status_code == 200, preview.text
    html = preview.json()["html"]
    assert "Læge Hansen" in html
    assert "Gå på trapper" in html
    assert "Træning med terapeut er ikke længere nødvendig" in html
    sent = await client.post(path, json={"channel": "medcom"})
    assert sent.status_code == 201, sent.text
    assert sent.json()["final_status_channel"] == "medcom"
    assert sent.json()["final_status_letter_id"] is not None
    twice = await client.post(path, json={"channel": "post"})
    assert (twice.status_code, twice.json()["rule"]) == (409, "final_status_once")
    assert await _count(engine, "letters WHERE kind = 'final_status'") == 1


async def _full_team(client: httpx.AsyncClient) -> tuple[dict[str, Any], str, str, str]:
    """The team of two seats (Tuesdays 1, 8 and 15 December), both taken from Monday 30
    November by the first and the second course; the third course waits. Answers the team,
    the first course, the first course's seat and the third course."""
    first = await started_course(client)
    second = await started_course(client, cpr="030380-3333")
    third = await started_course(client, cpr="020280-2222")
    team = await new_team(client)
    seats = f"/api/v1/teams/{team['id']}/seats"
    seat = await client.post(seats, json={"course_id": first["id"]})
    assert seat.status_code == 201, seat.text
    assert (await client.post(seats, json={"course_id": second["id"]})).status_code == 201
    full = await client.post(seats, json={"course_id": third["id"]})
    assert (full.status_code, full.json()["rule"]) == (409, "team_full")
    waiting = f"/api/v1/teams/{team['id']}/waiting-list"
    assert (await client.post(waiting, json={"course_id": third["id"]})).status_code == 201
    refused = await client.post(f"{waiting}/offer")
    assert (refused.status_code, refused.json()["rule"]) == (422, "no_free_seat")
    return team, first["id"], seat.json()["id"], third["id"]


async def _last_entry(engine: AsyncEngine) -> Any:
    async with engine.connect() as connection:
        return (
            await connection.execute(text("SELECT * FROM access_log ORDER BY id DESC LIMIT 1"))
        ).one()


async def _released_on(engine: AsyncEngine, seat_id: str) -> str | None:
    async with engine.connect() as connection:
        day = await connection.scalar(
            text("SELECT released_on FROM team_seats WHERE id = :id"), {"id": seat_id}
        )
    return None if day is None else day.isoformat()


async def _offer_goes_to(client: httpx.AsyncClient, team: dict[str, Any], course: str) -> None:
    page = (await client.get(f"/api/v1/teams/{team['id']}")).json()
    assert (page["seats_taken"], len(page["seats"]), page["capacity"]) == (1, 1, 2)
    offered = await client.post(f"/api/v1/teams/{team['id']}/waiting-list/offer")
    assert offered.status_code == 200, offered.text
    assert offered.json()["offered"]["course_id"] == course
    taken = await client.post(f"/api/v1/teams/{team['id']}/seats", json={"course_id": course})
    assert taken.status_code == 201, taken.text
    page = (await client.get(f"/api/v1/teams/{team['id']}")).json()
    assert (page["seats_taken"], page["waiting_list"]) == (2, [])


async def test_a_pause_frees_the_courses_class_seat_for_the_first_waiting(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    team, course, seat, waiting = await _full_team(client)
    # A pause from Saturday 5 to Monday 14 December: the seat is free from 5 December, so the
    # first course still has its class on Tuesday 1 December, not on 8 or 15 December.
    body = {"reason": "Indlagt", "starts_on": "2026-12-05", "expected_resume_on": "2026-12-14"}
    paused = await client.post(f"/api/v1/courses/{course}/postponement", json=body)
    assert paused.status_code == 201, paused.text
    assert await _released_on(engine, seat) == "2026-12-05"
    entry = await _last_entry(engine)
    assert entry.operation == "attendance-postpone"
    citizen = (await client.get(f"/api/v1/courses/{course}")).json()["citizen_id"]
    assert [str(i) for i in entry.citizen_ids] == [citizen]
    await _offer_goes_to(client, team, waiting)
    # On resumption the citizen books again like anyone else: the team is full now.
    assert (await client.post(f"/api/v1/courses/{course}/resumption")).status_code == 200
    again = await client.post(f"/api/v1/teams/{team['id']}/seats", json={"course_id": course})
    assert (again.status_code, again.json()["rule"]) == (409, "team_full")


async def test_an_ending_frees_the_courses_class_seat_for_the_first_waiting(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    team, course, seat, waiting = await _full_team(client)
    ended = await client.post(
        f"/api/v1/courses/{course}/ending",
        json={"ended_on": "2026-11-23", "reason": "no_further_progress"},
    )
    assert ended.status_code == 201, ended.text
    # Free from the day after the end, but never before the seat's first day (30 November).
    assert await _released_on(engine, seat) == "2026-11-30"
    await _offer_goes_to(client, team, waiting)


async def test_ending_a_paused_course_keeps_the_day_its_seat_was_freed(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    _, course, seat, _ = await _full_team(client)
    body = {"reason": "Indlagt", "starts_on": "2026-12-05", "expected_resume_on": "2026-12-14"}
    assert (
        await client.post(f"/api/v1/courses/{course}/postponement", json=body)
    ).status_code == 201
    ended = await client.post(
        f"/api/v1/courses/{course}/ending",
        json={"ended_on": "2026-11-23", "reason": "no_further_progress"},
    )
    assert ended.status_code == 201, ended.text
    assert await _released_on(engine, seat) == "2026-12-05"
