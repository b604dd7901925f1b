"""Small builders for API tests."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

CITIZEN = {
    "cpr": "010170-1234",
    "name": "Test Testesen",
    "address": "Ishøj Strandvej 1, 2635 Ishøj",
    "municipality_code": "183",
    "phone": "12345678",
    "general_practitioner": "Lægehuset",
}


async def site_ids(client: httpx.AsyncClient) -> dict[str, str]:
    response = await client.get("/api/v1/sites")
    assert response.status_code == 200
    return {site["code"]: site["id"] for site in response.json()}


async def create_citizen(client: httpx.AsyncClient, **changes: Any) -> dict[str, Any]:
    response = await client.post("/api/v1/citizens", json={**CITIZEN, **changes})
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def register(client: httpx.AsyncClient, **body: Any) -> httpx.Response:
    return await client.post("/api/v1/referrals", json=body)


def plan(citizen_id: str, site_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "legal_basis": "SUL_140",
        "citizen_id": citizen_id,
        "site_id": site_id,
        "received_at": "2026-11-16T10:00:00+01:00",
        "condition": "Hoftealloplastik",
        "hospital": "Hvidovre Hospital",
        "department": "Ortopædkirurgisk afdeling",
        "plan_type": "almen_basal",
        "discharge_date": "2026-11-13",
        **changes,
    }


def application(citizen_id: str, site_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "legal_basis": "SEL_86_1",
        "citizen_id": citizen_id,
        "site_id": site_id,
        "received_at": "2026-11-16T10:00:00+01:00",
        "condition": "Faldtendens",
        "channel": "web_form",
        "submitter": "citizen",
        **changes,
    }


def problem_fields(response: httpx.Response) -> list[str]:
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert {"type", "title", "status", "detail"} <= body.keys()
    assert body["status"] == response.status_code
    return [error["field"] for error in body.get("errors", [])]


async def therapist_id(client: httpx.AsyncClient) -> str:
    response = await client.get("/api/v1/therapists")
    assert response.status_code == 200, response.text
    return str(response.json()[0]["id"])


async def new_case(
    client: httpx.AsyncClient, body: Any = application, *, cpr: str = CITIZEN["cpr"], **changes: Any
) -> dict[str, Any]:
    """A citizen (new or already known) and a case for them at Træningscenter Syd."""
    sites = await site_ids(client)
    created = await client.post("/api/v1/citizens", json={**CITIZEN, "cpr": cpr})
    citizen_id = created.json()["id"] if created.status_code == 201 else None
    if citizen_id is None:
        citizen_id = created.json()["existing_citizen_id"]
    response = await register(client, **body(citizen_id, sites["syd"], **changes))
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


# The conversations of one test go in the therapist's calendar: each invitation gets an hour
# of its own, 07:30 to 16:30 on the working days Thursday 26 November to Thursday 3 December.
_MEETING_DAYS = ("2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03")
_meetings = itertools.count()


def next_meeting() -> str:
    slot = next(_meetings) % 60
    hour = 7 + slot % 10
    return f"{_MEETING_DAYS[slot // 10]}T{hour:02d}:30:00+01:00"


def invitation(therapist: str, site: str, **changes: Any) -> dict[str, Any]:
    return {
        "meeting_at": next_meeting(),
        "place": "site",
        "site_id": site,
        "therapist_id": therapist,
        "sent_on": "2026-11-18",
        "channel": "digital_post",
        **changes,
    }


NEED_86_1 = {"loss_without_hospital_contact": True, "cannot_regain_by_own_effort": True}
NEED_86_2 = {
    "has_physical_psychological_or_social_problems": True,
    "cannot_keep_up_alone": True,
    "no_other_training_suffices": True,
}


def grant(**changes: Any) -> dict[str, Any]:
    return {
        "outcome": "grant",
        "sent_on": "2026-11-23",
        "channel": "digital_post",
        "disciplines": ["physiotherapy"],
        "form": "team_training",
        "transport_needed": True,
        **changes,
    }


def refusal(**changes: Any) -> dict[str, Any]:
    return {
        "outcome": "refuse",
        "sent_on": "2026-11-23",
        "channel": "digital_post",
        "reasons": "Du kan genvinde færdighederne ved egen træning.",
        **changes,
    }


async def step(client: httpx.AsyncClient, case_id: str, path: str, body: Any) -> httpx.Response:
    return await client.post(f"/api/v1/cases/{case_id}/{path}", json=body)


async def invited_and_assessed(
    client: httpx.AsyncClient,
    case: dict[str, Any],
    need: dict[str, Any] = NEED_86_1,
    assessed_on: str = "2026-11-23",
) -> dict[str, Any]:
    """Invite (Wed 18 Nov) and assess (Mon 23 Nov unless told) a case, as a therapist would."""
    sites = await site_ids(client)
    therapist = await therapist_id(client)
    invited = await step(client, case["id"], "invitation", invitation(therapist, sites["syd"]))
    assert invited.status_code == 201, invited.text
    assessed = await step(client, case["id"], "assessment", {"assessed_on": assessed_on, **need})
    assert assessed.status_code == 201, assessed.text
    result: dict[str, Any] = assessed.json()
    return result


async def started_course(client: httpx.AsyncClient, *, cpr: str = CITIZEN["cpr"]) -> dict[str, Any]:
    """A § 140 case of a citizen, invited, assessed and started on Monday 23 November 2026:
    the citizen's active course (individual training at home, physiotherapy)."""
    case = await new_case(client, plan, cpr=cpr)
    await invited_and_assessed(client, case, need={})
    start = {
        "started_on": "2026-11-23",
        "form": "individual_at_home",
        "disciplines": ["physiotherapy"],
    }
    started = await step(client, case["id"], "training-start", start)
    assert started.status_code == 201, started.text
    courses = await client.get(f"/api/v1/citizens/{case['citizen']['id']}/courses")
    course: dict[str, Any] = next(c for c in courses.json() if c["status"] == "active")
    return course


# What an integration (the ESDH system) is granted to register citizens and referrals.
INTEGRATION_SCOPES = [
    "citizens.read", "citizens.write", "cases.read", "cases.write", "cases.all_sites",
    "worklist.read", "centre.read",
]  # fmt: skip


async def new_api_key(
    admin: httpx.AsyncClient, name: str, scopes: list[str] = INTEGRATION_SCOPES
) -> str:
    """A new API key's secret, created by a logged-in administrator."""
    created = await admin.post("/api/v1/admin/api-keys", json={"name": name, "scopes": scopes})
    assert created.status_code == 201, created.text
    secret: str = created.json()["secret"]
    return secret
