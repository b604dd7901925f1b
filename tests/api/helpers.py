"""Small builders for API tests."""

from __future__ import annotations

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
