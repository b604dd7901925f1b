"""A therapist's discipline (fysioterapeut or ergoterapeut): recorded by the administrator,
listed with the therapists, and what the booking assistant's "any therapist" goes by."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import site_ids, started_course
from tests.conftest import add_staff, log_in, make_client

PASSWORD = "Groen-Ananas-Paa-Taget"


@pytest.fixture
async def admin(app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str) -> Any:
    await add_staff(engine, centre_id, password_hash, username="admin", roles=["administrator"])
    async with make_client(app) as client:
        await log_in(client, "admin")
        yield client


async def _new_user(admin: httpx.AsyncClient, username: str, **more: Any) -> httpx.Response:
    sites = await site_ids(admin)
    return await admin.post("/api/v1/admin/users", json={
        "username": username, "display_name": username.title(), "roles": ["therapist"],
        "site_ids": [sites["syd"]], "password": PASSWORD, **more,
    })  # fmt: skip


async def test_the_administrator_records_changes_and_removes_a_discipline(
    admin: httpx.AsyncClient,
) -> None:
    created = await _new_user(admin, "ergo", discipline="occupational_therapy")
    assert created.status_code == 201, created.text
    user = created.json()
    assert user["discipline"] == "occupational_therapy"
    therapists = (await admin.get("/api/v1/therapists")).json()
    assert [(t["display_name"], t["discipline"]) for t in therapists] == [
        ("Ergo", "occupational_therapy")
    ]
    changed = await admin.patch(
        f"/api/v1/admin/users/{user['id']}", json={"discipline": "physiotherapy"}
    )
    assert changed.json()["discipline"] == "physiotherapy"
    renamed = await admin.patch(f"/api/v1/admin/users/{user['id']}", json={"display_name": "Fys"})
    assert renamed.json()["discipline"] == "physiotherapy"  # left out: unchanged
    removed = await admin.patch(f"/api/v1/admin/users/{user['id']}", json={"discipline": None})
    assert removed.json()["discipline"] is None


async def test_only_staff_who_meet_citizens_have_a_discipline(
    admin: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    refused = await _new_user(admin, "revisor", roles=["auditor"], discipline="physiotherapy")
    assert refused.status_code == 422, refused.text
    assert refused.json()["rule"] == "discipline_clinical"
    assert [e["field"] for e in refused.json()["errors"]] == ["discipline"]
    therapist = (await _new_user(admin, "fys", discipline="physiotherapy")).json()
    demoted = await admin.patch(
        f"/api/v1/admin/users/{therapist['id']}", json={"roles": ["auditor"]}
    )
    assert (demoted.status_code, demoted.json()["rule"]) == (422, "discipline_clinical")
    unknown = await _new_user(admin, "fys2", discipline="speech_therapy")
    assert unknown.status_code == 422
    listed = (await admin.get("/api/v1/admin/users")).json()
    assert [(u["username"], u["roles"]) for u in listed] == [
        ("admin", ["administrator"]), ("fys", ["therapist"]),
    ]  # fmt: skip


async def test_any_therapist_of_the_course_is_one_of_its_discipline(
    client: httpx.AsyncClient, admin: httpx.AsyncClient
) -> None:
    course = await started_course(client)  # physiotherapy at Syd
    leader = next(
        t["id"] for t in (await client.get("/api/v1/therapists")).json()
        if t["display_name"] == "Leder"
    )  # fmt: skip
    ergo = await admin.patch(
        f"/api/v1/admin/users/{leader}", json={"discipline": "occupational_therapy"}
    )
    assert ergo.status_code == 200, ergo.text
    fys = (await _new_user(admin, "fys", discipline="physiotherapy")).json()["id"]
    week = {"hours": [{"weekday": d, "starts": "08:00", "ends": "12:00"} for d in range(1, 6)]}
    for staff in (leader, fys):
        hours = await client.put(f"/api/v1/staff/{staff}/working-hours", json=week)
        assert hours.status_code == 200, hours.text
    syd = (await site_ids(client))["syd"]
    await client.post(f"/api/v1/sites/{syd}/rooms", json={"name": "Lokale 1", "capacity": 2})
    answer = await client.post(
        f"/api/v1/courses/{course['id']}/proposals",
        json={"from_day": "2026-12-07", "minutes": 45, "limit": 3},
    )
    assert answer.status_code == 200, answer.text
    proposed = answer.json()["proposals"]
    assert len(proposed) == 3
    assert {p["therapist_id"] for p in proposed} == {fys}
    # The ergoterapeut can still be chosen by name.
    chosen = await client.post(
        f"/api/v1/courses/{course['id']}/proposals",
        json={"from_day": "2026-12-07", "minutes": 45, "limit": 1, "therapist_id": leader},
    )
    assert [p["therapist_id"] for p in chosen.json()["proposals"]] == [leader]
