"""Taking a case through its life: dated events, deadlines met, forbidden steps, corrections.

The clock stands at Monday 23 November 2026; the application came on Monday 16 November.
"""

import asyncio
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import application, create_citizen, plan, register, site_ids
from tests.conftest import count_rows


async def _case(client: httpx.AsyncClient, body: Any = application) -> dict[str, Any]:
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    response = await register(client, **body(citizen["id"], sites["syd"]))
    assert response.status_code == 201
    result: dict[str, Any] = response.json()
    return result


async def _event(client: httpx.AsyncClient, case: dict[str, Any], **body: Any) -> httpx.Response:
    return await client.post(f"/api/v1/cases/{case['id']}/events", json=body)


def _deadline(case: dict[str, Any], kind: str) -> dict[str, Any]:
    found: dict[str, Any] = next(d for d in case["deadlines"] if d["kind"] == kind)
    return found


async def test_an_invitation_sent_in_time_meets_its_deadline(client: httpx.AsyncClient) -> None:
    case = await _case(client)
    assert case["status"] == "received"
    assert set(case["allowed_events"]) == {"invite", "withdraw"}
    response = await _event(client, case, event="invite", occurred_on="2026-11-18")
    assert response.status_code == 201, response.text
    invited = response.json()
    assert invited["status"] == "invited"
    # Due Mon 30 Nov, met Wed 18 Nov: 8 working days to spare.
    assert _deadline(invited, "invitation") == {
        "kind": "invitation", "due_date": "2026-11-30", "working_days_left": 8,
        "status": "on_track", "met_on": "2026-11-18",
    }  # fmt: skip
    assert [e["event"] for e in invited["events"]] == ["invite"]
    assert invited["events"][0]["actor"] == "leder"
    # The worklist now shows the decision deadline as the nearest open one.
    listed = (await client.get("/api/v1/worklist")).json()["items"]
    assert [item["deadline_kind"] for item in listed] == ["decision"]


async def test_a_step_the_state_does_not_allow_is_a_conflict_naming_the_state(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await _case(client)
    await _event(client, case, event="invite")
    response = await _event(client, case, event="grant")
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert "indkaldt" in response.json()["detail"]
    assert await count_rows(engine, "case_events") == 1


async def test_a_hospital_plan_is_never_refused(client: httpx.AsyncClient) -> None:
    case = await _case(client, plan)
    for event in ("invite", "assess"):
        assert (await _event(client, case, event=event)).status_code == 201
    refused = await _event(client, case, event="refuse")
    assert refused.status_code == 409
    started = await _event(client, case, event="start")
    assert started.json()["status"] == "started"
    assert _deadline(started.json(), "training_start")["met_on"] == "2026-11-23"


async def test_a_refusal_closes_the_case_and_a_correction_reopens_it(
    client: httpx.AsyncClient,
) -> None:
    case = await _case(client)
    for event in ("invite", "assess"):
        await _event(client, case, event=event)
    refused = (await _event(client, case, event="refuse")).json()
    assert refused["status"] == "refused"
    assert refused["allowed_events"] == []
    assert _deadline(refused, "decision")["met_on"] == "2026-11-23"
    assert (await client.get("/api/v1/worklist")).json()["items"] == []

    wrong = refused["events"][-1]["id"]
    older = refused["events"][0]["id"]
    too_old = await client.post(
        f"/api/v1/cases/{case['id']}/corrections", json={"event_id": older, "note": "fejl"}
    )
    assert too_old.status_code == 409
    silent = await client.post(
        f"/api/v1/cases/{case['id']}/corrections", json={"event_id": wrong, "note": " "}
    )
    assert silent.status_code == 422
    corrected = await client.post(
        f"/api/v1/cases/{case['id']}/corrections",
        json={"event_id": wrong, "note": "Afslaget blev registreret på den forkerte sag."},
    )
    assert corrected.status_code == 201, corrected.text
    body = corrected.json()
    assert body["status"] == "assessed"
    assert _deadline(body, "decision")["met_on"] is None
    assert [e["event"] for e in body["events"]] == ["invite", "assess", "refuse", None]
    assert body["events"][-1]["corrects"] == wrong
    assert [i["case_id"] for i in (await client.get("/api/v1/worklist")).json()["items"]] == [
        case["id"]
    ]


async def test_an_event_dated_before_receipt_or_in_the_future_is_refused(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await _case(client)
    for day in ("2026-11-15", "2026-11-24"):
        response = await _event(client, case, event="invite", occurred_on=day)
        assert response.status_code == 422
        assert [e["field"] for e in response.json()["errors"]] == ["occurred_on"]
    assert await count_rows(engine, "case_events") == 0


async def test_two_staff_inviting_at_once_record_one_invitation(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await _case(client)
    responses = await asyncio.gather(*(_event(client, case, event="invite") for _ in range(4)))
    assert sorted(r.status_code for r in responses) == [201, 409, 409, 409]
    assert await count_rows(engine, "case_events") == 1


async def test_an_unknown_case_is_not_found(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/cases/8b2f5f3e-0000-4000-8000-000000000000/events", json={"event": "invite"}
    )
    assert response.status_code == 404
