"""The access log: every use of citizens' data, one entry per request, searchable by auditors."""

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from api.app import create_app
from tests.api.helpers import (
    CITIZEN,
    NEED_86_1,
    application,
    create_citizen,
    grant,
    invitation,
    invited_and_assessed,
    plan,
    refusal,
    register,
    site_ids,
    step,
    therapist_id,
)
from tests.conftest import add_staff, count_rows, log_in, make_client
from tests.fixtures.ggop_messages import ggop

DECLARED = {
    operation["operationId"]: operation["x-citizen-data"]
    for item in create_app().openapi()["paths"].values()
    for operation in item.values()
    if "x-citizen-data" in operation
}


@pytest.fixture
async def auditor(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> Any:
    await add_staff(engine, centre_id, password_hash, username="revisor", roles=["auditor"])
    async with make_client(app) as client:
        await log_in(client, "revisor")
        yield client


async def _correct_newest(
    client: httpx.AsyncClient, engine: AsyncEngine, case_id: str
) -> httpx.Response:
    async with engine.connect() as connection:
        newest = await connection.scalar(
            text("SELECT id FROM case_events WHERE case_id = :case ORDER BY position DESC"),
            {"case": case_id},
        )
    return await client.post(
        f"/api/v1/cases/{case_id}/corrections", json={"event_id": str(newest), "note": "Forkert"}
    )


async def _last_entry(engine: AsyncEngine) -> Any:
    async with engine.connect() as connection:
        return (
            await connection.execute(text("SELECT * FROM access_log ORDER BY id DESC LIMIT 1"))
        ).one()


async def test_every_declared_operation_writes_one_entry(
    client: httpx.AsyncClient, auditor: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    sites = await site_ids(client)
    citizen = await create_citizen(client, cpr="030380-3333")
    case = (await register(client, **application(citizen["id"], sites["syd"]))).json()
    other = (await register(client, **application(citizen["id"], sites["syd"]))).json()
    hospital = (await register(client, **plan(citizen["id"], sites["syd"]))).json()
    await invited_and_assessed(client, hospital, need={})
    therapist = await therapist_id(client)
    waiting = (await register(client, **application(citizen["id"], sites["nord"]))).json()
    invited = await step(client, waiting["id"], "invitation", invitation(therapist, sites["syd"]))
    assert invited.status_code == 201, invited.text
    invite = invitation(therapist, sites["syd"])
    refuse = refusal(channel="letter")
    done: dict[str, httpx.Response] = {}
    xml = {"Content-Type": "application/xml"}
    failed_plan = await client.post(
        "/api/v1/intake/ggop", content=ggop("GGOP-LOG-FAILED", End=None), headers=xml
    )
    # A § 86 course of another citizen, ended by a decision whose letter is still to be sent.
    ended_citizen = await create_citizen(client, cpr="060660-6666")
    ended_case = (await register(client, **application(ended_citizen["id"], sites["syd"]))).json()
    await invited_and_assessed(client, ended_case)
    granted = await step(client, ended_case["id"], "decision", grant(course_start="2026-11-23"))
    assert granted.status_code == 201, granted.text
    async with engine.connect() as connection:
        ended_course = await connection.scalar(
            text("SELECT id FROM courses WHERE case_id = :case"), {"case": ended_case["id"]}
        )
    ending = {"ended_on": "2026-11-23", "reason": "no_further_progress"}
    ended = await client.post(f"/api/v1/courses/{ended_course}/ending", json=ending)
    assert ended.status_code == 201, ended.text
    ending_decision = {
        "sent_on": "2026-11-23", "channel": "digital_post", "reasons": "Ingen fremgang.",
    }  # fmt: skip

    def bundle() -> str:
        complaint = done["visitation-forward_to_appeals_board"].json()["complaints"][0]
        return str(complaint["bundle_letter_id"])

    course_ids: list[str] = []

    async def course_call(method: str, tail: str, body: Any = None) -> httpx.Response:
        if not course_ids:
            async with engine.connect() as connection:
                found = await connection.scalar(
                    text("SELECT id FROM courses WHERE case_id = :case"), {"case": hospital["id"]}
                )
            course_ids.append(str(found))
        url = f"/api/v1/courses/{course_ids[0]}{tail}"
        return await client.request(method.upper(), url, json=body)

    async def cancel_another() -> httpx.Response:
        """A second booking of the course, made in the database, cancelled over HTTP."""
        async with engine.begin() as connection:
            booked = await connection.scalar(
                text(
                    "INSERT INTO appointments (centre_id, citizen_id, course_id, purpose,"
                    " provider, staff_id, place, starts_at, ends_at, booked_by)"
                    " SELECT centre_id, citizen_id, id, 'training', 'therapist', :staff, 'home',"
                    " '2026-11-24T09:00Z', '2026-11-24T10:00Z', 'test' FROM courses"
                    " WHERE id = :course RETURNING id"
                ),
                {"staff": therapist, "course": course_ids[0]},
            )
        return await client.post(
            f"/api/v1/appointments/{booked}/cancel", json={"reason": "illness", "by": "centre"}
        )

    async def rebook_clash() -> httpx.Response:
        """An invited case's conversation put back as migration 0012 leaves a clashing one,
        then rebooked."""
        async with engine.begin() as connection:
            invitation_id, appointment_id = (
                await connection.execute(
                    text("SELECT id, appointment_id FROM invitations WHERE case_id = :case"),
                    {"case": waiting["id"]},
                )
            ).one()
            await connection.execute(
                text("UPDATE invitations SET appointment_id = NULL WHERE id = :id"),
                {"id": invitation_id},
            )
            await connection.execute(
                text("DELETE FROM appointments WHERE id = :id"), {"id": appointment_id}
            )
            clash = await connection.scalar(
                text(
                    "INSERT INTO invitation_booking_clashes (centre_id, invitation_id, resource)"
                    " SELECT centre_id, id, 'staff' FROM invitations WHERE id = :id RETURNING id"
                ),
                {"id": invitation_id},
            )
        return await client.post(
            f"/api/v1/invitation-clashes/{clash}/rebook",
            json={"meeting_at": "2026-12-07T13:00:00+01:00"},
        )

    async def past_session(day: str, status: str = "booked") -> str:
        """A session of the course on `day` at 08:00 UTC (before the clock), in the database."""
        async with engine.begin() as connection:
            booked = await connection.scalar(
                text(
                    "INSERT INTO appointments (centre_id, citizen_id, course_id, purpose,"
                    " provider, staff_id, place, starts_at, ends_at, booked_by, status)"
                    " SELECT centre_id, citizen_id, id, 'training', 'therapist', :staff, 'home',"
                    " CAST(:start AS timestamptz), CAST(:end AS timestamptz), 'test', :status"
                    " FROM courses WHERE id = :course RETURNING id"
                ),
                {
                    "staff": therapist,
                    "course": course_ids[0],
                    "status": status,
                    "start": datetime.fromisoformat(f"{day}T08:00:00+00:00"),
                    "end": datetime.fromisoformat(f"{day}T08:45:00+00:00"),
                },
            )
            if status == "no_show":
                await connection.execute(
                    text(
                        "INSERT INTO attendance_events (centre_id, course_id, kind,"
                        " appointment_id, version, attendance, recorded_by, recorded_at)"
                        " SELECT centre_id, course_id, 'registration', id, 1, 'no_show', 'test',"
                        " starts_at FROM appointments WHERE id = :id"
                    ),
                    {"id": booked},
                )
        return str(booked)

    async def third_no_show() -> httpx.Response:
        """Two no-shows in the database; the third, over HTTP, raises the flag."""
        await past_session("2026-11-19", "no_show")
        await past_session("2026-11-20", "no_show")
        third = await past_session("2026-11-21")
        return await client.post(
            f"/api/v1/appointments/{third}/attendance", json={"attendance": "no_show"}
        )

    async def goal_change() -> httpx.Response:
        goal = done["courses-add_goal"].json()["goals"][0]["id"]
        return await course_call("patch", f"/goals/{goal}", {"status": "in_progress"})

    team_ids: list[str] = []
    room_ids: list[str] = []

    async def team_call(tail: str, body: Any = None, method: str = "post") -> httpx.Response:
        """A call on a team of Syd (capacity 1, Wednesdays 13-14), made on first use."""
        if not team_ids:
            room = await client.post(
                f"/api/v1/sites/{sites['syd']}/rooms", json={"name": "Holdsal", "capacity": 1}
            )
            room_ids.append(room.json()["id"])
            made = await client.post("/api/v1/teams", json={
                "name": "Hold", "site_id": sites["syd"], "room_id": room_ids[0],
                "discipline": "physiotherapy", "capacity": 1, "therapist_ids": [therapist],
                "weekly_times": [{"weekday": 3, "starts": "13:00", "ends": "14:00"}],
                "starts_on": "2026-11-30", "ends_on": "2026-12-18",
            })  # fmt: skip
            team_ids.append(made.json()["id"])
        url = f"/api/v1/teams/{team_ids[0]}{tail}"
        return await client.request(method.upper(), url, json=body)

    async def first_class() -> str:
        """The team's first occurrence (Wednesday 2 December), read in the database."""
        async with engine.connect() as connection:
            found = await connection.scalar(
                text("SELECT id FROM team_occurrences WHERE team_id = :team "
                     "ORDER BY starts_at LIMIT 1"), {"team": team_ids[0]},
            )  # fmt: skip
        return str(found)

    async def cancel_class() -> httpx.Response:
        """The seat's afbud for the first class, reported before it."""
        seat = done["teams-take_seat"].json()["id"]
        mark = {
            "seat_id": seat,
            "attendance": "cancelled",
            "cancellation": {
                "reason": "illness",
                "by": "citizen",
                "reported_at": "2026-11-23T08:00:00Z",
            },
        }
        return await client.post(
            f"/api/v1/team-occurrences/{await first_class()}/attendance", json={"marks": [mark]}
        )  # fmt: skip

    async def read_class() -> httpx.Response:
        return await client.get(f"/api/v1/team-occurrences/{await first_class()}/attendance")

    async def move_another() -> httpx.Response:
        """A booking of the course made in the database, moved an hour later over HTTP."""
        async with engine.begin() as connection:
            booked = await connection.scalar(
                text(
                    "INSERT INTO appointments (centre_id, citizen_id, course_id, purpose,"
                    " provider, staff_id, place, starts_at, ends_at, booked_by)"
                    " SELECT centre_id, citizen_id, id, 'training', 'therapist', :staff, 'home',"
                    " '2026-11-25T17:00Z', '2026-11-25T17:45Z', 'test' FROM courses"
                    " WHERE id = :course RETURNING id"
                ),
                {"staff": therapist, "course": course_ids[0]},
            )
        moved = {"starts_at": "2026-11-25T18:00:00Z", "ends_at": "2026-11-25T18:45:00Z"}
        return await client.post(f"/api/v1/appointments/{booked}/move", json=moved)

    calls: dict[str, Callable[[], Awaitable[httpx.Response]]] = {
        "citizens-create": lambda: client.post(
            "/api/v1/citizens",
            json={
                "cpr": "040490-4444",
                "name": "Ny",
                "address": "Vej 1",
                "municipality_code": "187",
            },
        ),
        "citizens-get": lambda: client.get(f"/api/v1/citizens/{citizen['id']}"),
        "citizens-search": lambda: client.post("/api/v1/citizens/search", json={"name": "te"}),
        "citizens-record_earlier_course": lambda: client.post(
            f"/api/v1/citizens/{citizen['id']}/courses",
            json={"legal_basis": "SEL_86_1", "ended_on": "2025-01-31"},
        ),
        "citizens-list_courses": lambda: client.get(f"/api/v1/citizens/{citizen['id']}/courses"),
        "citizens-edit": lambda: client.put(
            f"/api/v1/citizens/{citizen['id']}",
            json={**CITIZEN, "cpr": "030380-3333", "email": "borger@example.dk"},
        ),
        "citizens-list_changes": lambda: client.get(f"/api/v1/citizens/{citizen['id']}/changes"),
        "citizens-list_cases": lambda: client.get(f"/api/v1/citizens/{citizen['id']}/cases"),
        "cases-register_referral": lambda: register(
            client, **application(citizen["id"], sites["nord"], legal_basis="SEL_86_2")
        ),
        "cases-get": lambda: client.get(f"/api/v1/cases/{case['id']}"),
        "cases-list": lambda: client.get("/api/v1/cases"),
        "worklist-list": lambda: client.get("/api/v1/worklist"),
        "worklist-search": lambda: client.post("/api/v1/worklist/search", json={"name": "te"}),
        "cases-assign": lambda: client.put(
            f"/api/v1/cases/{case['id']}/assignee", json={"user_id": None}
        ),
        "cases-record_event": lambda: client.post(
            f"/api/v1/cases/{other['id']}/events", json={"event": "withdraw"}
        ),
        "cases-correct_event": lambda: _correct_newest(client, engine, other["id"]),
        "visitation-preview_invitation": lambda: step(
            client, case["id"], "invitation/preview", invite
        ),
        "visitation-invite": lambda: step(client, case["id"], "invitation", invite),
        "visitation-assess": lambda: step(
            client, case["id"], "assessment", {"assessed_on": "2026-11-23", **NEED_86_1}
        ),
        "visitation-preview_decision": lambda: step(client, case["id"], "decision/preview", refuse),
        "visitation-decide": lambda: step(client, case["id"], "decision", refuse),
        "visitation-record_decision_receipt": lambda: step(
            client, case["id"], "decision/receipt", {"received_on": "2026-11-23"}
        ),
        "visitation-register_complaint": lambda: step(
            client, case["id"], "complaints", {"received_on": "2026-11-23", "summary": "Uenig"}
        ),
        "visitation-uphold": lambda: step(
            client, case["id"], "reassessment", {"reassessed_on": "2026-11-23", "note": "Fastholdt"}
        ),
        "visitation-forward_to_appeals_board": lambda: step(
            client, case["id"], "appeals-board", {"forwarded_on": "2026-11-23"}
        ),
        "letters-download": lambda: client.get(f"/api/v1/letters/{bundle()}/pdf"),
        "visitation-preview_ending_decision": lambda: step(
            client, ended_case["id"], "ending-decision/preview", ending_decision
        ),
        "visitation-decide_ending": lambda: step(
            client, ended_case["id"], "ending-decision", ending_decision
        ),
        "attendance-trip_list": lambda: client.get(
            f"/api/v1/sites/{sites['syd']}/trip-list", params={"on": "2026-11-23"}
        ),
        "visitation-set_health_start_date": lambda: client.put(
            f"/api/v1/cases/{hospital['id']}/health-start-date",
            json={"health_start_date": "2026-11-20"},
        ),
        "visitation-record_free_choice": lambda: step(
            client,
            hospital["id"],
            "free-choice",
            {
                "offered_on": "2026-11-18",
                "first_start_offered": "2026-11-20",
                "free_choice_offered": False,
            },
        ),
        "visitation-start_training": lambda: step(
            client,
            hospital["id"],
            "training-start",
            {"started_on": "2026-11-23", "form": "team_training", "disciplines": ["physiotherapy"]},
        ),
        "courses-get": lambda: course_call("get", ""),
        "courses-set_plan": lambda: course_call(
            "put",
            "/plan",
            {
                "disciplines": ["physiotherapy"],
                "form": "individual_at_home",
                "therapist_ids": [therapist],
                "started_on": "2026-11-23",
                "site_id": sites["syd"],
            },
        ),
        "courses-add_goal": lambda: course_call("post", "/goals", {"text": "Gå på trapper"}),
        "courses-change_goal": lambda: goal_change(),
        "courses-set_services": lambda: course_call(
            "put", "/services", {"codes": ["2abe20c7-c0b4-41c1-b397-52acf36499ef"]}
        ),
        "courses-add_note": lambda: course_call("post", "/notes", {"text": "Gik 20 m"}),
        "courses-add_frequency_exception": lambda: course_call(
            "post",
            "/frequency-exceptions",
            {"reason": "acquired_brain_injury", "starts_on": "2026-11-23", "ends_on": "2026-12-04"},
        ),
        "courses-list_exceptions_in_force": lambda: client.get("/api/v1/frequency-exceptions"),
        "scheduling-book": lambda: client.post(
            "/api/v1/appointments",
            json={
                "course_id": course_ids[0],
                "provider": "therapist",
                "staff_id": therapist,
                "place": {"kind": "home"},
                "starts_at": "2026-11-23T09:00:00+01:00",
                "ends_at": "2026-11-23T09:45:00+01:00",
            },
        ),
        "scheduling-my_day": lambda: client.get("/api/v1/my-day"),
        "scheduling-staff_appointments": lambda: client.get(
            f"/api/v1/staff/{therapist}/appointments",
            params={"first": "2026-11-23", "last": "2026-11-29"},
        ),
        "scheduling-mark_attended": lambda: client.post(
            f"/api/v1/appointments/{done['scheduling-book'].json()['id']}/attended"
        ),
        "scheduling-add_absence": lambda: client.post(
            f"/api/v1/staff/{therapist}/absences",
            json={"kind": "illness", "first_day": "2026-11-23", "last_day": "2026-11-23"},
        ),
        "scheduling-change_absence": lambda: client.put(
            f"/api/v1/staff/{therapist}/absences/{done['scheduling-add_absence'].json()['id']}",
            json={"kind": "holiday", "first_day": "2026-11-23", "last_day": "2026-11-24"},
        ),
        "scheduling-cancel": lambda: cancel_another(),
        "courses-bookable_staff": lambda: course_call("get", "/bookable-staff"),
        "visitation-list_invitation_clashes": lambda: client.get("/api/v1/invitation-clashes"),
        "visitation-rebook_invitation_clash": lambda: rebook_clash(),
        "attendance-register": lambda: third_no_show(),
        "attendance-course": lambda: course_call("get", "/attendance"),
        "attendance-day": lambda: client.get(
            "/api/v1/attendance/day", params={"staff_id": therapist, "on": "2026-11-21"}
        ),
        "attendance-worklist_flags": lambda: client.get("/api/v1/worklist/attendance-flags"),
        "attendance-resolve_flag": lambda: course_call(
            "post",
            "/attendance-flags/no_shows/resolution",
            {"resolution": "continue", "note": "Aftalt med borgeren"},
        ),
        "attendance-awaiting_booking": lambda: client.get("/api/v1/worklist/awaiting-booking"),
        "attendance-grant_transport": lambda: course_call(
            "put",
            "/transport",
            {"reason": "Kørestol", "from_address": "Vej 1, 2635 Ishøj", "to_address": "Centret"},
        ),
        "attendance-add_trip": lambda: client.post(
            f"/api/v1/appointments/{done['scheduling-book'].json()['id']}/trip",
            json={
                "agreed_pickup": "2026-11-23T07:00:00Z",
                "actual_pickup": "2026-11-23T07:05:00Z",
                "arrival": "2026-11-23T07:55:00Z",
                "session_end": "2026-11-23T08:45:00Z",
                "departure": "2026-11-23T08:50:00Z",
                "drop_off": "2026-11-23T09:30:00Z",
            },
        ),
        "attendance-transport": lambda: course_call("get", "/transport"),
        "attendance-postpone": lambda: course_call(
            "post",
            "/postponement",
            {
                "reason": "Ingen energi",
                "starts_on": "2026-11-23",
                "expected_resume_on": "2026-12-07",
            },
        ),
        "attendance-resumptions": lambda: client.get("/api/v1/worklist/resumptions"),
        "attendance-resume": lambda: course_call("post", "/resumption"),
        "attendance-end_course": lambda: course_call(
            "post", "/ending", {"ended_on": "2026-11-23", "reason": "no_further_progress"}
        ),
        "attendance-ending": lambda: course_call("get", "/ending"),
        "attendance-preview_final_status": lambda: course_call("get", "/final-status/preview"),
        "attendance-send_final_status": lambda: course_call(
            "post", "/final-status", {"channel": "medcom"}
        ),
        "access_log-search": lambda: auditor.get(
            "/api/v1/access-log", params={"citizen_id": citizen["id"]}
        ),
        "access_log-citizen_report": lambda: auditor.post(
            "/api/v1/access-log/citizen-report", json={"citizen_id": citizen["id"]}
        ),
        "access_log-find_citizens": lambda: auditor.post(
            "/api/v1/access-log/citizens", json={"cpr": CITIZEN["cpr"]}
        ),
        "intake-receive_ggop": lambda: client.post(
            "/api/v1/intake/ggop", content=ggop("GGOP-LOG-1"), headers=xml
        ),
        "intake-list_ggop": lambda: client.get("/api/v1/intake/ggop"),
        "intake-mark_handled": lambda: client.post(
            f"/api/v1/intake/ggop/{failed_plan.json()['intake_id']}/handled"
        ),
        "teams-join_waiting_list": lambda: team_call("/waiting-list", {"course_id": course_ids[0]}),
        "teams-offer_seat": lambda: team_call("/waiting-list/offer"),
        "teams-decline_seat": lambda: team_call(f"/waiting-list/{course_ids[0]}/decline"),
        "teams-take_seat": lambda: team_call("/seats", {"course_id": course_ids[0]}),
        "teams-get": lambda: team_call("", method="get"),
        "attendance-register_class": lambda: cancel_class(),
        "attendance-class": lambda: read_class(),
        "attendance-classes": lambda: client.get(
            "/api/v1/attendance/classes", params={"staff_id": therapist, "on": "2026-12-02"}
        ),
        "teams-release_seat": lambda: team_call(
            f"/seats/{done['teams-take_seat'].json()['id']}/release", {"on": "2026-12-08"}
        ),
        "scheduling-propose": lambda: course_call("post", "/proposals", {"from_day": "2026-11-30"}),
        "scheduling-book_series": lambda: course_call(
            "post",
            "/series",
            {
                "starts_at": "2026-12-07T08:00:00+01:00",
                "ends_at": "2026-12-07T08:45:00+01:00",
                "therapist_id": therapist,
                "room_id": room_ids[0],
                "weeks": 2,
            },
        ),
        "scheduling-move": lambda: move_another(),
        "scheduling-preview_training_plan": lambda: course_call("get", "/training-plan/preview"),
        "scheduling-send_training_plan": lambda: course_call(
            "post", "/training-plan", {"channel": "letter"}
        ),
        "scheduling-list_training_plans": lambda: course_call("get", "/training-plans"),
        "calendar-entries": lambda: client.get(
            "/api/v1/calendar/entries",
            params={"first": "2026-11-23", "last": "2026-11-29", "staff_id": therapist},
        ),
    }
    # Pausing and ending the course come last: the calls before them need it open.
    for name in ("attendance-postpone", "attendance-resumptions", "attendance-resume",
                 "attendance-end_course", "attendance-ending", "attendance-preview_final_status",
                 "attendance-send_final_status"):  # fmt: skip
        calls[name] = calls.pop(name)
    assert set(calls) == set(DECLARED), "a declared operation has no call here"
    for operation, call in calls.items():
        before = await count_rows(engine, "access_log")
        response = await call()
        done[operation] = response
        assert response.status_code in (200, 201), (operation, response.text)
        assert await count_rows(engine, "access_log") == before + 1, operation
        entry = await _last_entry(engine)
        assert (entry.operation, entry.use, entry.outcome) == (
            operation,
            DECLARED[operation],
            "allowed",
        )
        assert entry.request_id == response.headers["x-request-id"]
        assert entry.user_id is not None
        assert entry.client == "spa"


async def test_a_search_records_its_criterion_and_the_citizens_found(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    citizen = await create_citizen(client)
    await client.post("/api/v1/citizens/search", json={"cpr": "010170-1234"})
    entry = await _last_entry(engine)
    assert entry.criterion == "cpr"  # the kind of criterion; the number stays out of the log
    assert [str(i) for i in entry.citizen_ids] == [citizen["id"]]
    assert entry.actor == "leder"


async def test_auditors_search_by_citizen_user_and_period(
    client: httpx.AsyncClient, auditor: httpx.AsyncClient
) -> None:
    citizen = await create_citizen(client)
    await client.get(f"/api/v1/citizens/{citizen['id']}")
    by_citizen = (
        await auditor.get("/api/v1/access-log", params={"citizen_id": citizen["id"]})
    ).json()
    assert [item["operation"] for item in by_citizen["items"]] == [
        "citizens-get",
        "citizens-create",
    ]
    user_id = by_citizen["items"][0]["user_id"]
    by_user = (await auditor.get("/api/v1/access-log", params={"user_id": user_id})).json()
    assert len(by_user["items"]) == 2
    # The clock stands at 23 November 2026.
    today = (await auditor.get("/api/v1/access-log", params={"from": "2026-11-23"})).json()
    assert today["items"]
    paged = (await auditor.get("/api/v1/access-log", params={"limit": 1})).json()
    assert paged["next_cursor"] is not None
    following = (
        await auditor.get("/api/v1/access-log", params={"limit": 1, "cursor": paged["next_cursor"]})
    ).json()
    assert following["items"][0]["id"] < paged["items"][0]["id"]
    backwards = await auditor.get(
        "/api/v1/access-log", params={"from": "2026-11-23", "to": "2026-11-01"}
    )
    assert backwards.status_code == 422


async def test_a_citizens_report_lists_uses_without_employee_names(
    client: httpx.AsyncClient, auditor: httpx.AsyncClient
) -> None:
    citizen = await create_citizen(client)
    await client.get(f"/api/v1/citizens/{citizen['id']}")
    report = await auditor.post(
        "/api/v1/access-log/citizen-report", json={"citizen_id": citizen["id"]}
    )
    assert report.status_code == 200
    entries = report.json()["entries"]
    assert [entry["operation"] for entry in entries] == ["citizens-create", "citizens-get"]
    assert {entry["organisation"] for entry in entries} == {"Træningscenter Ishøj-Vallensbæk"}
    assert "leder" not in report.text.lower()


async def test_the_log_is_append_only_for_the_application(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    await create_citizen(client)
    for statement in ("UPDATE access_log SET actor = 'someone else'", "DELETE FROM access_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            async with engine.begin() as connection:
                await connection.execute(text(statement))
    assert await count_rows(engine, "access_log") == 1


async def test_a_period_outside_the_calendar_is_refused_by_field(
    auditor: httpx.AsyncClient,
) -> None:
    response = await auditor.get("/api/v1/access-log", params={"from": "0001-01-01"})
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["from"]
