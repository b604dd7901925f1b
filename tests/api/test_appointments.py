"""Individual appointments over HTTP: booking with every rule (each refusal a problem naming
the rule and the record it meets, nothing written), cancelling, attendance, absences and
their hits, rooms, home helpers, a member of staff's week and Min dag; and two bookings at
once of one therapist, one full room or one citizen give exactly one 201 and one 409.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen (09:00 UTC); the courses
started that day. Week 48 of 2026 runs Monday 23 to Sunday 29 November. Thursday 31
December 2026 is one of the centre's default closure days.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import (
    invitation,
    new_case,
    problem_fields,
    site_ids,
    started_course,
    step,
    therapist_id,
)
from tests.conftest import add_staff, log_in, make_client


def at_home(course: dict[str, Any], staff: str, day: str, hour: str = "18", **more: Any) -> Any:
    """A 45-minute physiotherapy session at the citizen's home, Copenhagen time; at 18:00
    unless told, after the initial conversations the test helpers book (07:30 to 17:30)."""
    return {
        "course_id": course["id"],
        "provider": "therapist",
        "staff_id": staff,
        "discipline": "physiotherapy",
        "place": {"kind": "home"},
        "starts_at": f"{day}T{hour}:00:00+01:00",
        "ends_at": f"{day}T{hour}:45:00+01:00",
        **more,
    }


async def course_sessions(engine: AsyncEngine) -> int:
    """The courses' sessions booked (the initial conversations are appointments too)."""
    async with engine.connect() as connection:
        found = await connection.scalar(
            text("SELECT count(*) FROM appointments WHERE course_id IS NOT NULL")
        )
    return int(found or 0)


async def book(client: httpx.AsyncClient, body: Any) -> httpx.Response:
    return await client.post("/api/v1/appointments", json=body)


async def test_an_overlap_of_one_therapist_names_the_booking_it_meets(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    first, second = await started_course(client), await started_course(client, cpr="030380-3333")
    staff = await therapist_id(client)
    booked = await book(client, at_home(first, staff, "2026-11-24"))
    assert booked.status_code == 201, booked.text
    assert (booked.json()["status"], booked.json()["place"]) == ("booked", "home")
    clash = await book(client, at_home(second, staff, "2026-11-24"))
    assert clash.status_code == 409
    assert clash.json()["rule"] == "staff_double_booked"
    assert clash.json()["clashing_appointment_id"] == booked.json()["id"]
    assert await course_sessions(engine) == 1


async def test_a_booking_outside_the_course_on_a_closure_day_or_hours_needs_its_rule(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    before = await book(client, at_home(course, staff, "2026-11-20"))
    assert (before.status_code, before.json()["rule"]) == (422, "course_period")
    closed = await book(client, at_home(course, staff, "2026-12-31"))
    assert (closed.status_code, closed.json()["rule"]) == (422, "closure_day")
    week = {"hours": [{"weekday": d, "starts": "08:00", "ends": "17:00"} for d in range(1, 6)]}
    hours = await client.put(f"/api/v1/staff/{staff}/working-hours", json=week)
    assert hours.status_code == 200, hours.text
    late = await book(client, at_home(course, staff, "2026-11-24"))
    assert (late.status_code, late.json()["rule"]) == (422, "outside_working_hours")
    assert problem_fields(late) == ["outside_hours_reason"]
    assert await course_sessions(engine) == 0
    reason = "Borgeren arbejder til kl. 17"
    taken = await book(client, at_home(course, staff, "2026-11-24", outside_hours_reason=reason))
    assert taken.status_code == 201, taken.text
    assert taken.json()["outside_hours_reason"] == reason


async def test_the_fourth_individual_session_of_an_iso_week_needs_an_exception(
    client: httpx.AsyncClient,
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    for day in ("2026-11-24", "2026-11-25", "2026-11-26"):
        assert (await book(client, at_home(course, staff, day))).status_code == 201
    fourth = await book(client, at_home(course, staff, "2026-11-27"))
    assert fourth.status_code == 422
    assert (fourth.json()["rule"], fourth.json()["limit"], fourth.json()["iso_week"]) == (
        "frequency_limit",
        3,
        "uge 48 2026",
    )
    next_week = await book(client, at_home(course, staff, "2026-11-30"))
    assert next_week.status_code == 201, next_week.text
    exception = await client.post(
        f"/api/v1/courses/{course['id']}/frequency-exceptions",
        json={
            "reason": "acquired_brain_injury",
            "starts_on": "2026-11-23",
            "ends_on": "2026-11-29",
        },
    )
    assert exception.status_code == 201
    assert (await book(client, at_home(course, staff, "2026-11-27"))).status_code == 201


async def test_a_cancelled_booking_frees_its_time_and_stays_on_the_course(
    client: httpx.AsyncClient,
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    booked = (await book(client, at_home(course, staff, "2026-11-24"))).json()
    # A course's session is cancelled through attendance: who cancelled and why, or nothing.
    bare = await client.post(f"/api/v1/appointments/{booked['id']}/cancel")
    assert (bare.status_code, bare.json()["rule"]) == (422, "cancellation_details")
    afbud = {"reason": "illness", "by": "citizen"}
    cancelled = await client.post(f"/api/v1/appointments/{booked['id']}/cancel", json=afbud)
    assert (cancelled.status_code, cancelled.json()["status"]) == (200, "cancelled")
    again = await client.post(f"/api/v1/appointments/{booked['id']}/cancel", json=afbud)
    assert (again.status_code, again.json()["rule"]) == (409, "attendance_once")
    [registration] = (await client.get(f"/api/v1/courses/{course['id']}/attendance")).json()[
        "registrations"
    ]
    assert (registration["attendance"], registration["cancellation"]["reason"]) == (
        "cancelled", "illness",
    )  # fmt: skip
    assert (await book(client, at_home(course, staff, "2026-11-24"))).status_code == 201
    shown = (await client.get(f"/api/v1/courses/{course['id']}")).json()["appointments"]
    assert sorted(a["status"] for a in shown) == ["booked", "cancelled"]


async def test_a_session_is_marked_attended_once_it_has_begun(client: httpx.AsyncClient) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    begun = (await book(client, at_home(course, staff, "2026-11-23", hour="09"))).json()
    later = (await book(client, at_home(course, staff, "2026-11-24"))).json()
    early = await client.post(f"/api/v1/appointments/{later['id']}/attended")
    assert (early.status_code, early.json()["rule"]) == (422, "attendance_after_start")
    marked = await client.post(f"/api/v1/appointments/{begun['id']}/attended")
    assert (marked.status_code, marked.json()["status"]) == (200, "attended")
    # Written as an attendance event, as the quick registration writes it.
    shown = (await client.get(f"/api/v1/courses/{course['id']}/attendance")).json()
    assert [(r["appointment_id"], r["attendance"]) for r in shown["registrations"]] == [
        (begun["id"], "attended")
    ]


async def test_an_absence_lists_the_bookings_it_hits(client: httpx.AsyncClient) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    hit = (await book(client, at_home(course, staff, "2026-11-25"))).json()
    await book(client, at_home(course, staff, "2026-11-27"))
    absence = await client.post(
        f"/api/v1/staff/{staff}/absences",
        json={"kind": "illness", "first_day": "2026-11-24", "last_day": "2026-11-25"},
    )
    assert absence.status_code == 201, absence.text
    assert [a["id"] for a in absence.json()["hits"]] == [hit["id"]]
    during = await book(client, at_home(course, staff, "2026-11-24"))
    assert (during.json()["rule"], problem_fields(during)) == (
        "staff_absent",
        ["outside_hours_reason"],
    )
    backwards = await client.post(
        f"/api/v1/staff/{staff}/absences",
        json={"kind": "holiday", "first_day": "2026-11-25", "last_day": "2026-11-24"},
    )
    assert (backwards.json()["rule"], problem_fields(backwards)) == ("absence_period", ["last_day"])


async def test_rooms_and_home_helpers(client: httpx.AsyncClient) -> None:
    syd = (await site_ids(client))["syd"]
    room = await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Sal 1", "capacity": 2})
    assert room.status_code == 201, room.text
    twice = await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Sal 1", "capacity": 1})
    assert (twice.status_code, twice.json()["rule"]) == (422, "room_name")
    listed = (await client.get(f"/api/v1/sites/{syd}/rooms")).json()
    assert [(r["name"], r["capacity"]) for r in listed] == [("Sal 1", 2)]
    helper = await client.post(
        "/api/v1/home-helpers", json={"name": "Hanne Hjælper", "home_care_unit": "Hjemmeplejen Syd"}
    )
    assert helper.status_code == 201, helper.text
    course = await started_course(client)  # § 140: genoptræning, not vedligeholdende
    refused = await book(
        client,
        at_home(course, "", "2026-11-24", provider="home_helper", staff_id=None,
                home_helper_id=helper.json()["id"], supervisor_id=await therapist_id(client)),
    )  # fmt: skip
    assert (refused.status_code, refused.json()["rule"]) == (422, "supervision_maintenance_only")


async def test_min_dag_shows_the_phone_and_the_address_of_a_home_visit(
    client: httpx.AsyncClient,
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    await book(client, at_home(course, staff, "2026-11-23", hour="13"))
    await book(client, at_home(course, staff, "2026-11-24"))
    day = await client.get("/api/v1/my-day")
    assert day.status_code == 200, day.text
    assert [(a["citizen_name"], a["citizen_phone"], a["address"]) for a in day.json()] == [
        ("Test Testesen", "12345678", "Ishøj Strandvej 1, 2635 Ishøj")
    ]
    week = await client.get(
        f"/api/v1/staff/{staff}/appointments", params={"first": "2026-11-23", "last": "2026-11-29"}
    )
    assert [(a["starts_at"], a["purpose"]) for a in week.json() if a["course_id"]] == [
        ("2026-11-23T12:00:00Z", "training"),
        ("2026-11-24T17:00:00Z", "training"),
    ]
    backwards = await client.get(
        f"/api/v1/staff/{staff}/appointments", params={"first": "2026-11-29", "last": "2026-11-23"}
    )
    assert problem_fields(backwards) == ["last"]


async def _second_therapist(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> str:
    return str(
        await add_staff(
            engine,
            centre_id,
            password_hash,
            username="terapeut2",
            roles=["therapist"],
            sites=["syd"],
        )
    )


async def _at_once(app: FastAPI, bodies: list[Any]) -> list[int]:
    clients = [make_client(app) for _ in bodies]
    for one in clients:
        await log_in(one, "leder")
    answers = await asyncio.gather(*(book(c, b) for c, b in zip(clients, bodies, strict=True)))
    for one in clients:
        await one.aclose()
    return sorted(answer.status_code for answer in answers)


async def test_two_bookings_at_once_of_one_therapist_give_one(
    client: httpx.AsyncClient, app: FastAPI, engine: AsyncEngine
) -> None:
    first, second = await started_course(client), await started_course(client, cpr="030380-3333")
    staff = await therapist_id(client)
    bodies = [at_home(first, staff, "2026-11-24"), at_home(second, staff, "2026-11-24")]
    assert await _at_once(app, bodies) == [201, 409]
    assert await course_sessions(engine) == 1


async def test_two_bookings_at_once_of_one_citizen_give_one(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    other = await _second_therapist(app, engine, centre_id, password_hash)
    assert other != staff
    bodies = [at_home(course, staff, "2026-11-24"), at_home(course, other, "2026-11-24")]
    assert await _at_once(app, bodies) == [201, 409]
    assert await course_sessions(engine) == 1


async def test_two_bookings_at_once_of_a_room_at_capacity_give_one(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    first, second = await started_course(client), await started_course(client, cpr="030380-3333")
    syd = (await site_ids(client))["syd"]
    room = await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Sal", "capacity": 1})
    place = {"kind": "site", "site_id": syd, "room_id": room.json()["id"]}
    staff = await therapist_id(client)
    other = await _second_therapist(app, engine, centre_id, password_hash)
    bodies = [
        at_home(first, staff, "2026-11-24", place=place),
        at_home(second, other, "2026-11-24", place=place),
    ]
    assert await _at_once(app, bodies) == [201, 409]
    assert await course_sessions(engine) == 1


async def test_a_closure_day_added_later_lists_the_bookings_it_hits(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    hit = (await book(client, at_home(course, staff, "2026-12-02"))).json()
    await book(client, at_home(course, staff, "2026-12-03"))
    closed = await client.post(
        "/api/v1/closure-days", json={"day": "2026-12-02", "reason": "Vandskade"}
    )
    assert closed.status_code == 201, closed.text
    assert [h["appointment_id"] for h in closed.json()["hits"]] == [hit["id"]]
    assert await course_sessions(engine) == 2  # nothing deleted
    again = await book(client, at_home(course, staff, "2026-12-02", hour="13"))
    assert (again.status_code, again.json()["rule"]) == (422, "closure_day")


async def test_the_invitation_books_the_conversation_in_the_therapists_calendar(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    sites = await site_ids(client)
    staff = await therapist_id(client)
    first, second = await new_case(client), await new_case(client, cpr="030380-3333")
    at = "2026-11-26T10:30:00+01:00"
    invited = await step(
        client, first["id"], "invitation", invitation(staff, sites["syd"], meeting_at=at)
    )
    assert invited.status_code == 201, invited.text
    conversation = invited.json()["invitation"]["appointment_id"]
    week = await client.get(
        f"/api/v1/staff/{staff}/appointments", params={"first": "2026-11-26", "last": "2026-11-26"}
    )
    assert [(a["id"], a["purpose"], a["starts_at"], a["ends_at"]) for a in week.json()] == [
        (conversation, "initial_assessment", "2026-11-26T09:30:00Z", "2026-11-26T10:30:00Z")
    ]
    later = "2026-11-26T11:00:00+01:00"  # 11:00-12:00 meets 10:30-11:30
    clash = await step(
        client, second["id"], "invitation", invitation(staff, sites["syd"], meeting_at=later)
    )
    assert clash.status_code == 409
    assert (clash.json()["rule"], clash.json()["clashing_appointment_id"]) == (
        "staff_double_booked",
        conversation,
    )
    assert (await client.get(f"/api/v1/cases/{second['id']}")).json()["status"] == "received"
    # A correction of the invitation cancels its conversation and frees the time.
    events = invited.json()["events"]
    corrected = await client.post(
        f"/api/v1/cases/{first['id']}/corrections",
        json={"event_id": events[-1]["id"], "note": "Forkert tid"},
    )
    assert corrected.status_code == 201, corrected.text
    moved = await step(
        client, second["id"], "invitation", invitation(staff, sites["syd"], meeting_at=later)
    )
    assert moved.status_code == 201, moved.text


async def test_the_first_session_held_meets_an_open_training_start_deadline(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    # The course's § 140 start deadline, as if the manual step had not met it yet.
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE case_deadlines SET met_on = NULL WHERE case_id = :case"
                 " AND kind = 'training_start'"),
            {"case": course["case_id"]},
        )  # fmt: skip
    begun = (await book(client, at_home(course, staff, "2026-11-23", hour="09"))).json()
    assert (await client.post(f"/api/v1/appointments/{begun['id']}/attended")).status_code == 200
    case = (await client.get(f"/api/v1/cases/{course['case_id']}")).json()
    start = next(d for d in case["deadlines"] if d["kind"] == "training_start")
    assert (start["status"], start["met_on"]) == ("met", "2026-11-23")


async def test_a_week_names_the_citizen_only_where_the_caller_may_see_the_course(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    course = await started_course(client)  # a case at Syd
    staff = await therapist_id(client)
    booked = (await book(client, at_home(course, staff, "2026-11-24"))).json()
    await add_staff(engine, centre_id, password_hash, username="nordterapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    async with make_client(app) as north:
        await log_in(north, "nordterapeut")
        week = await north.get(
            f"/api/v1/staff/{staff}/appointments",
            params={"first": "2026-11-24", "last": "2026-11-24"},
        )
    assert [(a["id"], a["citizen_id"], a["citizen_name"]) for a in week.json()] == [
        (booked["id"], None, None)
    ]


async def test_the_rooms_of_an_unknown_site_are_not_found(client: httpx.AsyncClient) -> None:
    unknown = uuid.uuid4()
    assert (await client.get(f"/api/v1/sites/{unknown}/rooms")).status_code == 404
    added = await client.post(f"/api/v1/sites/{unknown}/rooms", json={"name": "Sal", "capacity": 1})
    assert added.status_code == 404


async def test_a_week_names_the_citizen_to_a_caller_of_the_courses_site_and_logs_only_them(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    course = await started_course(client)  # a case at Syd
    staff = await therapist_id(client)
    booked = (await book(client, at_home(course, staff, "2026-11-24"))).json()
    await add_staff(engine, centre_id, password_hash, username="sydterapeut",
                    roles=["therapist"], sites=["syd"])  # fmt: skip
    async with make_client(app) as south:
        await log_in(south, "sydterapeut")
        week = await south.get(
            f"/api/v1/staff/{staff}/appointments",
            params={"first": "2026-11-24", "last": "2026-11-24"},
        )
        unknown = await south.get(
            f"/api/v1/staff/{uuid.uuid4()}/appointments",
            params={"first": "2026-11-24", "last": "2026-11-24"},
        )
    [shown] = week.json()
    assert (shown["id"], shown["citizen_name"]) == (booked["id"], "Test Testesen")
    assert unknown.status_code == 404
    async with engine.connect() as connection:
        logged = (
            await connection.execute(
                text(
                    "SELECT citizen_ids FROM access_log "
                    "WHERE operation = 'scheduling-staff_appointments' AND actor = 'sydterapeut'"
                )
            )
        ).all()
    assert [row.citizen_ids for row in logged] == [[uuid.UUID(shown["citizen_id"])]]
