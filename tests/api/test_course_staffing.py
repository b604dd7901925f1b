"""Who gives a course's sessions and when they can: the FSIII list, the staff a course's
booking form offers (training assistants for vedligeholdende training, under a recorded
supervisor), the responsible therapists set at the start, changing and removing an absence,
and the invitations migration 0012 could not put in the calendar, rebooked.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen (09:00 UTC).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import (
    NEED_86_1,
    NEED_86_2,
    grant,
    invitation,
    invited_and_assessed,
    new_case,
    plan,
    problem_fields,
    site_ids,
    started_course,
    step,
    therapist_id,
)
from tests.conftest import add_staff, count_rows, log_in, make_client


def at_home(course: dict[str, Any], staff: str | None, day: str, **more: Any) -> dict[str, Any]:
    """A 45-minute session at the citizen's home at 18:00, clear of the test conversations."""
    return {
        "course_id": course["id"],
        "provider": "therapist",
        "staff_id": staff,
        "place": {"kind": "home"},
        "starts_at": f"{day}T18:00:00+01:00",
        "ends_at": f"{day}T18:45:00+01:00",
        **more,
    }


async def maintenance_course(client: httpx.AsyncClient) -> dict[str, Any]:
    """A § 86, stk. 2 case at Træningscenter Syd, granted on 23 November: vedligeholdende
    training, its course at Syd."""
    case = await new_case(client, legal_basis="SEL_86_2")
    await invited_and_assessed(client, case, need=NEED_86_2)
    granted = await step(client, case["id"], "decision", grant(form="individual_at_home"))
    assert granted.status_code == 201, granted.text
    courses = await client.get(f"/api/v1/citizens/{case['citizen']['id']}/courses")
    course: dict[str, Any] = next(c for c in courses.json() if c["status"] == "active")
    return course


async def test_the_fsiii_training_services_are_listed_by_group(client: httpx.AsyncClient) -> None:
    listed = await client.get("/api/v1/training-services")
    assert listed.status_code == 200, listed.text
    services = {s["display"]: s for s in listed.json()}
    assert len(services) == 14
    assert services["Fysisk træning"] == {
        "code": "2abe20c7-c0b4-41c1-b397-52acf36499ef",
        "system": "urn:oid:1.2.208.176.2.21",
        "display": "Fysisk træning",
        "group": "health_act_140",
    }
    assert services["§ 86 stk. 2 Vedligeholdelsestræning (H6)"]["group"] == "social_services_act_86"


async def test_training_assistants_of_the_site_give_maintenance_sessions_under_supervision(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> None:
    syd_assistant = str(await add_staff(engine, centre_id, password_hash, username="assistent",
                                        roles=["training_assistant"], sites=["syd"]))  # fmt: skip
    nord_assistant = str(await add_staff(engine, centre_id, password_hash, username="nordassistent",
                                         roles=["training_assistant"], sites=["nord"]))  # fmt: skip
    therapist = await therapist_id(client)
    rehabilitation = await started_course(client, cpr="030380-3333")
    offered = await client.get(f"/api/v1/courses/{rehabilitation['id']}/bookable-staff")
    assert offered.status_code == 200, offered.text
    assert offered.json()["maintenance"] is False
    assert {s["provider"] for s in offered.json()["staff"]} == {"therapist"}

    course = await maintenance_course(client)
    offered = await client.get(f"/api/v1/courses/{course['id']}/bookable-staff")
    assert offered.json()["maintenance"] is True
    staff = {s["id"]: s["provider"] for s in offered.json()["staff"]}
    assert staff[syd_assistant] == "training_assistant"
    assert nord_assistant not in staff  # bound to the other site
    assert staff[therapist] == "therapist"

    by_assistant = {"provider": "training_assistant", "staff_id": syd_assistant}
    unsupervised = await client.post(
        "/api/v1/appointments", json=at_home(course, None, "2026-11-24", **by_assistant)
    )
    assert (unsupervised.status_code, unsupervised.json()["rule"]) == (422, "supervision")
    assistant_supervises = await client.post(
        "/api/v1/appointments",
        json=at_home(course, None, "2026-11-24", **by_assistant, supervisor_id=nord_assistant),
    )
    assert (assistant_supervises.json()["rule"], problem_fields(assistant_supervises)) == (
        "supervisor_role",
        ["supervisor_id"],
    )
    other_site = await client.post(
        "/api/v1/appointments",
        json=at_home(course, None, "2026-11-24", provider="training_assistant",
                     staff_id=nord_assistant, supervisor_id=therapist),
    )  # fmt: skip
    assert (other_site.json()["rule"], problem_fields(other_site)) == (
        "assistant_site",
        ["staff_id"],
    )
    assert await count_rows(engine, "appointments WHERE course_id IS NOT NULL") == 0
    booked = await client.post(
        "/api/v1/appointments",
        json=at_home(course, None, "2026-11-24", **by_assistant, supervisor_id=therapist),
    )
    assert booked.status_code == 201, booked.text
    assert (booked.json()["staff_id"], booked.json()["supervisor_id"]) == (syd_assistant, therapist)
    shown = (await client.get(f"/api/v1/courses/{course['id']}")).json()["appointments"]
    assert [(a["provider"], a["supervisor_id"]) for a in shown] == [
        ("training_assistant", therapist)
    ]


async def test_the_responsible_therapists_are_set_when_training_starts(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> None:
    assistant = str(await add_staff(engine, centre_id, password_hash, username="assistent",
                                    roles=["training_assistant"], sites=["syd"]))  # fmt: skip
    therapist = await therapist_id(client)
    case = await new_case(client, plan)
    await invited_and_assessed(client, case, need={})
    start = {"started_on": "2026-11-23", "form": "individual_at_home",
             "disciplines": ["physiotherapy"]}  # fmt: skip
    refused = await step(client, case["id"], "training-start",
                         {**start, "therapist_ids": [therapist, assistant]})  # fmt: skip
    assert (refused.status_code, refused.json()["rule"]) == (422, "responsible_therapist")
    assert problem_fields(refused) == ["therapist_ids.1"]
    assert await count_rows(engine, "courses") == 0
    started = await step(client, case["id"], "training-start",
                         {**start, "therapist_ids": [therapist]})  # fmt: skip
    assert started.status_code == 201, started.text
    courses = await client.get(f"/api/v1/citizens/{case['citizen']['id']}/courses")
    course = next(c for c in courses.json() if c["status"] == "active")
    shown = (await client.get(f"/api/v1/courses/{course['id']}")).json()
    assert shown["therapist_ids"] == [therapist]


async def test_an_absence_is_changed_listing_what_it_now_hits_and_removed(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    hit = await client.post("/api/v1/appointments", json=at_home(course, staff, "2026-11-25"))
    assert hit.status_code == 201, hit.text
    url = f"/api/v1/staff/{staff}/absences"
    absence = (await client.post(url, json={"kind": "holiday", "first_day": "2026-11-24",
                                            "last_day": "2026-11-24"})).json()  # fmt: skip
    assert absence["hits"] == []
    changed = await client.put(
        f"{url}/{absence['id']}",
        json={"kind": "illness", "first_day": "2026-11-24", "last_day": "2026-11-25",
              "note": "Influenza"},
    )  # fmt: skip
    assert changed.status_code == 200, changed.text
    assert [a["id"] for a in changed.json()["hits"]] == [hit.json()["id"]]
    assert (changed.json()["kind"], changed.json()["last_day"]) == ("illness", "2026-11-25")
    backwards = await client.put(
        f"{url}/{absence['id']}",
        json={"kind": "illness", "first_day": "2026-11-26", "last_day": "2026-11-25"},
    )
    assert (backwards.json()["rule"], problem_fields(backwards)) == ("absence_period", ["last_day"])
    listed = (await client.get(url)).json()
    assert [(a["kind"], a["first_day"], a["last_day"], a["note"]) for a in listed] == [
        ("illness", "2026-11-24", "2026-11-25", "Influenza")
    ]
    unknown = await client.put(
        f"{url}/{uuid.uuid4()}",
        json={"kind": "illness", "first_day": "2026-11-24", "last_day": "2026-11-24"},
    )
    assert unknown.status_code == 404
    removed = await client.delete(f"{url}/{absence['id']}")
    assert removed.status_code == 204
    assert (await client.get(url)).json() == []
    assert (await client.delete(f"{url}/{absence['id']}")).status_code == 404
    free = await client.post("/api/v1/appointments", json=at_home(course, staff, "2026-11-24"))
    assert free.status_code == 201, free.text  # no reason needed once the absence is gone


async def _clashing_invitation(client: httpx.AsyncClient, engine: AsyncEngine) -> dict[str, Any]:
    """Two invitations of one therapist; the second put back as migration 0012 leaves one
    whose time met the first's conversation: no appointment, its clash recorded."""
    sites, staff = await site_ids(client), await therapist_id(client)
    first, second = await new_case(client), await new_case(client, cpr="030380-3333")
    at = "2026-11-26T10:30:00+01:00"
    syd = sites["syd"]
    kept = await step(client, first["id"], "invitation", invitation(staff, syd, meeting_at=at))
    later = invitation(staff, syd, meeting_at="2026-11-26T14:30:00+01:00")
    moved = await step(client, second["id"], "invitation", later)
    assert moved.status_code == 201, moved.text
    met = kept.json()["invitation"]["appointment_id"]
    lost = moved.json()["invitation"]
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE invitations SET appointment_id = NULL, meeting_at = :at WHERE id = :id"),
            {"at": datetime(2026, 11, 26, 9, 45, tzinfo=UTC), "id": lost["id"]},
        )
        await connection.execute(
            text("DELETE FROM appointments WHERE id = :id"), {"id": lost["appointment_id"]}
        )
        await connection.execute(
            text("INSERT INTO invitation_booking_clashes (centre_id, invitation_id, resource,"
                 " clashing_appointment_id) SELECT centre_id, id, 'staff', :met FROM invitations"
                 " WHERE id = :id"),
            {"met": met, "id": lost["id"]},
        )  # fmt: skip
    return {"case": second, "invitation_id": lost["id"], "met": met, "staff": staff}


async def test_an_invitation_the_migration_could_not_book_is_listed_and_rebooked(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    found = await _clashing_invitation(client, engine)
    listed = await client.get("/api/v1/invitation-clashes")
    assert listed.status_code == 200, listed.text
    [clash] = listed.json()
    assert (clash["invitation_id"], clash["resource"], clash["clashing_appointment_id"]) == (
        found["invitation_id"], "staff", found["met"],
    )  # fmt: skip
    assert (clash["citizen_name"], clash["meeting_at"], clash["clashing_starts_at"]) == (
        "Test Testesen", "2026-11-26T09:45:00Z", "2026-11-26T09:30:00Z",
    )  # fmt: skip
    url = f"/api/v1/invitation-clashes/{clash['id']}/rebook"
    again = await client.post(url, json={"meeting_at": "2026-11-26T11:00:00+01:00"})
    assert (again.status_code, again.json()["rule"]) == (409, "staff_double_booked")
    assert again.json()["clashing_appointment_id"] == found["met"]
    past = await client.post(url, json={"meeting_at": "2026-11-20T11:00:00+01:00"})
    assert (past.status_code, problem_fields(past)) == (422, ["meeting_at"])
    assert len((await client.get("/api/v1/invitation-clashes")).json()) == 1
    rebooked = await client.post(url, json={"meeting_at": "2026-11-26T13:00:00+01:00"})
    assert rebooked.status_code == 200, rebooked.text
    assert rebooked.json() == []
    case = (await client.get(f"/api/v1/cases/{found['case']['id']}")).json()
    assert case["invitation"]["meeting_at"] == "2026-11-26T12:00:00Z"
    week = await client.get(f"/api/v1/staff/{found['staff']}/appointments",
                            params={"first": "2026-11-26", "last": "2026-11-26"})  # fmt: skip
    assert case["invitation"]["appointment_id"] in {a["id"] for a in week.json()}
    assert (
        await client.post(url, json={"meeting_at": "2026-11-27T13:00:00+01:00"})
    ).status_code == 404


async def test_only_who_manages_scheduling_sees_the_clashes(
    client: httpx.AsyncClient, app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID,
    password_hash: str,
) -> None:  # fmt: skip
    await add_staff(engine, centre_id, password_hash, username="terapeut", roles=["therapist"],
                    sites=["syd"])  # fmt: skip
    async with make_client(app) as therapist:
        await log_in(therapist, "terapeut")
        assert (await therapist.get("/api/v1/invitation-clashes")).status_code == 403


async def test_a_booking_for_an_ended_course_or_an_exception_without_a_reason_is_refused(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    no_reason = await client.post(
        f"/api/v1/courses/{course['id']}/frequency-exceptions",
        json={"starts_on": "2026-11-23", "ends_on": "2026-12-18"},
    )
    assert (no_reason.status_code, problem_fields(no_reason)) == (422, ["reason"])
    assert await count_rows(engine, "frequency_exceptions") == 0
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE courses SET status = 'ended', ended_on = '2026-11-23' WHERE id = :id"),
            {"id": course["id"]},
        )
    ended = await client.post("/api/v1/appointments", json=at_home(course, staff, "2026-11-24"))
    assert (ended.status_code, ended.json()["rule"], problem_fields(ended)) == (
        422,
        "course_open",
        ["course_id"],
    )
    assert await count_rows(engine, "appointments WHERE course_id IS NOT NULL") == 0


async def test_a_clash_of_a_case_gone_past_its_conversation_is_not_rebooked(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    found = await _clashing_invitation(client, engine)
    [clash] = (await client.get("/api/v1/invitation-clashes")).json()
    assessed = await step(
        client, found["case"]["id"], "assessment", {"assessed_on": "2026-11-23", **NEED_86_1}
    )
    assert assessed.status_code == 201, assessed.text
    assert (await client.get("/api/v1/invitation-clashes")).json() == []
    late = await client.post(
        f"/api/v1/invitation-clashes/{clash['id']}/rebook",
        json={"meeting_at": "2026-11-26T13:00:00+01:00"},
    )
    assert (late.status_code, late.json()["rule"]) == (409, "state:assessed")
    assert await count_rows(engine, "invitation_booking_clashes") == 1
