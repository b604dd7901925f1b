"""The course over HTTP: its plan, goals with every version, FSIII content, journal notes and
frequency exceptions; bad input is a problem naming the field and the rule, nothing written.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen; the course started that day.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import problem_fields, site_ids, started_course, therapist_id
from tests.conftest import add_staff, count_rows, log_in, make_client

FYSISK_TRAENING = "2abe20c7-c0b4-41c1-b397-52acf36499ef"
OPFOELGNING = "571fa7da-a155-4a84-b780-ef19170d48a0"


async def _plan(client: httpx.AsyncClient, **changes: Any) -> dict[str, Any]:
    return {
        "disciplines": ["physiotherapy", "occupational_therapy"],
        "form": "individual_at_centre",
        "site_id": (await site_ids(client))["syd"],
        "therapist_ids": [await therapist_id(client)],
        "started_on": "2026-11-23",
        "planned_end_on": "2027-02-19",
        **changes,
    }


async def test_the_plan_is_replaced_and_dated(client: httpx.AsyncClient) -> None:
    course = await started_course(client)
    plan = await _plan(client)
    response = await client.put(f"/api/v1/courses/{course['id']}/plan", json=plan)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["disciplines"] == ["physiotherapy", "occupational_therapy"]
    assert (body["form"], body["planned_end_on"]) == ("individual_at_centre", "2027-02-19")
    assert body["therapist_ids"] == plan["therapist_ids"]
    assert body["plan_changed_at"] == "2026-11-23T09:00:00Z"
    shown = (await client.get(f"/api/v1/courses/{course['id']}")).json()
    assert shown["site_id"] == plan["site_id"]


async def test_a_plan_ending_before_its_start_or_at_the_centre_without_a_site_is_refused(
    client: httpx.AsyncClient,
) -> None:
    course = await started_course(client)
    url = f"/api/v1/courses/{course['id']}/plan"
    early = await client.put(url, json=await _plan(client, planned_end_on="2026-11-20"))
    assert early.status_code == 422
    assert (early.json()["rule"], problem_fields(early)) == ("course_plan", ["planned_end_on"])
    no_site = await client.put(url, json=await _plan(client, site_id=None))
    assert (no_site.json()["rule"], problem_fields(no_site)) == ("course_plan", ["site_id"])
    unknown = await client.put(url, json=await _plan(client, therapist_ids=[str(uuid.uuid4())]))
    assert (unknown.status_code, problem_fields(unknown)) == (422, ["therapist_ids.0"])
    shown = (await client.get(f"/api/v1/courses/{course['id']}")).json()
    assert shown["plan_changed_at"] is None


async def test_a_goal_keeps_every_version(client: httpx.AsyncClient) -> None:
    course = await started_course(client)
    url = f"/api/v1/courses/{course['id']}/goals"
    added = await client.post(url, json={"text": "Gå på trapper", "target_date": "2027-01-15"})
    assert added.status_code == 201, added.text
    goal = added.json()["goals"][0]
    assert (goal["status"], goal["version"]) == ("not_started", 1)
    changed = await client.patch(f"{url}/{goal['id']}", json={"status": "in_progress"})
    assert changed.status_code == 200, changed.text
    goal = changed.json()["goals"][0]
    assert goal["version"] == 2
    assert [(v["version"], v["status"]) for v in goal["history"]] == [
        (1, "not_started"),
        (2, "in_progress"),
    ]
    same = await client.patch(f"{url}/{goal['id']}", json={"status": "in_progress"})
    assert (same.status_code, same.json()["rule"]) == (422, "goal_unchanged")


async def test_a_goal_without_text_or_before_the_start_is_refused(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    url = f"/api/v1/courses/{course['id']}/goals"
    blank = await client.post(url, json={"text": "   "})
    assert (blank.status_code, problem_fields(blank)) == (422, ["text"])
    early = await client.post(url, json={"text": "Gå", "target_date": "2026-11-20"})
    assert (early.json()["rule"], problem_fields(early)) == ("goal_target_date", ["target_date"])
    assert await count_rows(engine, "course_goals") == 0
    assert await count_rows(engine, "goal_changes") == 0


async def test_the_content_is_national_fsiii_services(client: httpx.AsyncClient) -> None:
    course = await started_course(client)
    url = f"/api/v1/courses/{course['id']}/services"
    response = await client.put(url, json={"codes": [FYSISK_TRAENING, OPFOELGNING]})
    assert response.status_code == 200, response.text
    assert [s["display"] for s in response.json()["services"]] == ["Fysisk træning", "Opfølgning"]
    unknown = await client.put(url, json={"codes": [FYSISK_TRAENING, str(uuid.uuid4())]})
    assert (unknown.json()["rule"], problem_fields(unknown)) == (
        "fsiii_training_service",
        ["codes.1"],
    )
    kept = (await client.get(f"/api/v1/courses/{course['id']}")).json()["services"]
    assert len(kept) == 2


async def test_a_note_is_corrected_by_a_new_note_of_the_same_course(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    other = await started_course(client, cpr="030380-3333")
    first = await client.post(f"/api/v1/courses/{course['id']}/notes", json={"text": "Gik 20 m"})
    assert first.status_code == 201, first.text
    note_id = first.json()["notes"][0]["id"]
    corrected = await client.post(
        f"/api/v1/courses/{course['id']}/notes",
        json={"text": "Gik 200 m", "corrects_id": note_id},
    )
    notes = corrected.json()["notes"]
    assert [(n["text"], n["corrected"]) for n in notes] == [
        ("Gik 20 m", True),
        ("Gik 200 m", False),
    ]
    assert notes[1]["corrects_id"] == note_id
    foreign = await client.post(
        f"/api/v1/courses/{other['id']}/notes", json={"text": "Ret", "corrects_id": note_id}
    )
    assert foreign.status_code == 422
    assert (foreign.json()["rule"], foreign.json()["corrected_note_id"]) == (
        "correction_same_course",
        note_id,
    )
    assert await count_rows(engine, "journal_notes") == 2


async def test_a_frequency_exception_needs_a_reason_and_an_end(client: httpx.AsyncClient) -> None:
    course = await started_course(client)
    url = f"/api/v1/courses/{course['id']}/frequency-exceptions"
    other = await client.post(
        url, json={"reason": "other", "starts_on": "2026-11-23", "ends_on": "2026-12-18"}
    )
    assert (other.json()["rule"], problem_fields(other)) == ("frequency_exception_reason", ["note"])
    backwards = await client.post(
        url,
        json={
            "reason": "acquired_brain_injury",
            "starts_on": "2026-11-23",
            "ends_on": "2026-11-20",
        },
    )
    assert (backwards.json()["rule"], problem_fields(backwards)) == (
        "frequency_exception_end",
        ["ends_on"],
    )
    no_end = await client.post(
        url, json={"reason": "acquired_brain_injury", "starts_on": "2026-11-23"}
    )
    assert (no_end.status_code, problem_fields(no_end)) == (422, ["ends_on"])
    added = await client.post(
        url,
        json={
            "reason": "acquired_brain_injury",
            "starts_on": "2026-11-23",
            "ends_on": "2026-12-18",
        },
    )
    assert added.status_code == 201, added.text
    assert len(added.json()["frequency_exceptions"]) == 1
    in_force = (await client.get("/api/v1/frequency-exceptions")).json()
    assert [(e["course_id"], e["citizen_name"], e["ends_on"]) for e in in_force] == [
        (course["id"], "Test Testesen", "2026-12-18")
    ]


async def test_a_course_outside_the_callers_reach_is_unknown_to_them(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    course = await started_course(client)  # at Syd
    await add_staff(engine, centre_id, password_hash, username="nordassistent",
                    roles=["training_assistant"], sites=["nord"])  # fmt: skip
    await add_staff(engine, centre_id, password_hash, username="sydassistent",
                    roles=["training_assistant"], sites=["syd"])  # fmt: skip
    async with make_client(app) as other:
        await log_in(other, "nordassistent")
        assert (await other.get(f"/api/v1/courses/{course['id']}")).status_code == 404
    async with make_client(app) as assistant:
        await log_in(assistant, "sydassistent")
        assert (await assistant.get(f"/api/v1/courses/{course['id']}")).status_code == 200
        refused = await assistant.post(f"/api/v1/courses/{course['id']}/notes", json={"text": "x"})
        assert refused.status_code == 403
