"""Taking a case through its life: dated steps, deadlines met, forbidden steps, corrections.

The clock stands at Monday 23 November 2026; the referrals came on Monday 16 November, so an
application's invitation is due Monday 30 November (10 working days) and its decision Monday
7 December (15); a hospital plan's invitation Monday 23 November (5) and its start Monday
30 November (10).
"""

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import (
    invitation,
    invited_and_assessed,
    new_case,
    plan,
    problem_fields,
    refusal,
    site_ids,
    step,
    therapist_id,
)
from tests.conftest import count_rows


def _deadline(case: dict[str, Any], kind: str) -> dict[str, Any]:
    found: dict[str, Any] = next(d for d in case["deadlines"] if d["kind"] == kind)
    return found


async def _invite(
    client: httpx.AsyncClient, case: dict[str, Any], **changes: Any
) -> httpx.Response:
    sites = await site_ids(client)
    body = invitation(await therapist_id(client), sites["syd"], **changes)
    return await step(client, case["id"], "invitation", body)


async def test_an_invitation_sent_in_time_meets_its_deadline(client: httpx.AsyncClient) -> None:
    case = await new_case(client)
    assert case["status"] == "received"
    assert set(case["allowed_events"]) == {"invite", "withdraw"}
    response = await _invite(
        client, case, sent_on="2026-11-18", meeting_at="2026-11-26T10:30:00+01:00"
    )
    assert response.status_code == 201, response.text
    invited = response.json()
    assert invited["status"] == "invited"
    # Due Mon 30 Nov, met Wed 18 Nov: 8 working days to spare.
    assert _deadline(invited, "invitation") == {
        "kind": "invitation", "due_date": "2026-11-30", "working_days_left": 8,
        "status": "met", "met_on": "2026-11-18",
    }  # fmt: skip
    assert [e["event"] for e in invited["events"]] == ["invite"]
    assert invited["events"][0]["actor"] == "leder"
    booked = datetime.fromisoformat(invited["invitation"]["meeting_at"])
    assert booked == datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    assert invited["invitation"]["therapist_name"] == "Leder"
    # The worklist now shows the decision deadline as the nearest open one.
    listed = (await client.get("/api/v1/worklist")).json()["items"]
    assert [item["deadline_kind"] for item in listed] == ["decision"]


async def test_a_step_the_state_does_not_allow_is_a_conflict_naming_the_state(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client)
    await _invite(client, case)
    response = await step(client, case["id"], "decision", refusal())
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert "indkaldt" in response.json()["detail"]
    assert response.json()["rule"] == "state:invited"
    assert await count_rows(engine, "case_events") == 1
    assert await count_rows(engine, "decisions") == 0


async def test_a_hospital_plan_is_never_refused(client: httpx.AsyncClient) -> None:
    case = await new_case(client, plan)
    await invited_and_assessed(client, case, need={})
    refused = await step(client, case["id"], "decision", refusal())
    assert refused.status_code == 409
    started = await step(
        client, case["id"], "training-start",
        {"started_on": "2026-11-23", "form": "individual_at_centre",
         "disciplines": ["physiotherapy", "occupational_therapy"]},
    )  # fmt: skip
    assert started.status_code == 201, started.text
    body = started.json()
    assert body["status"] == "started"
    assert _deadline(body, "training_start")["met_on"] == "2026-11-23"
    assert body["course"]["status"] == "active"
    assert body["course"]["started_on"] == "2026-11-23"


async def test_a_refusal_closes_the_case_and_a_correction_reopens_it(
    client: httpx.AsyncClient,
) -> None:
    case = await new_case(client)
    await invited_and_assessed(client, case)
    refused = (await step(client, case["id"], "decision", refusal())).json()
    assert refused["status"] == "refused"
    assert refused["allowed_events"] == ["receive_complaint"]
    assert _deadline(refused, "decision")["met_on"] == "2026-11-23"
    assert len(refused["decisions"]) == 1
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
    assert body["decisions"] == []  # the corrected decision no longer counts
    assert [e["event"] for e in body["events"]] == ["invite", "assess", "refuse", None]
    assert body["events"][-1]["corrects"] == wrong
    # The answer says what the correction undid, and that the assessment is next to undo.
    assert [e["undone_by"] for e in body["events"]] == [
        None, None, body["events"][-1]["id"], None
    ]  # fmt: skip
    assert refused["correctable_event_id"] == wrong
    assert body["correctable_event_id"] == body["events"][1]["id"]
    assert [i["case_id"] for i in (await client.get("/api/v1/worklist")).json()["items"]] == [
        case["id"]
    ]


async def test_an_invitation_dated_before_receipt_or_in_the_future_is_refused(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client)
    for day in ("2026-11-15", "2026-11-24"):
        response = await _invite(client, case, sent_on=day)
        assert response.status_code == 422
        assert problem_fields(response) == ["sent_on"]
    assert await count_rows(engine, "case_events") == 0
    assert await count_rows(engine, "invitations") == 0


async def test_two_staff_inviting_at_once_record_one_invitation(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client)
    responses = await asyncio.gather(*(_invite(client, case) for _ in range(4)))
    assert sorted(r.status_code for r in responses) == [201, 409, 409, 409]
    assert await count_rows(engine, "case_events") == 1
    assert await count_rows(engine, "invitations") == 1


async def test_steps_with_details_are_refused_as_simple_events(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client)
    response = await client.post(f"/api/v1/cases/{case['id']}/events", json={"event": "invite"})
    assert response.status_code == 422
    assert problem_fields(response) == ["event"]
    withdrawn = await client.post(
        f"/api/v1/cases/{case['id']}/events",
        json={"event": "withdraw", "occurred_on": "2026-11-20", "note": "Borgeren ringede"},
    )
    assert withdrawn.status_code == 201
    assert withdrawn.json()["status"] == "withdrawn"
    assert await count_rows(engine, "case_events") == 1


async def test_an_unknown_case_is_not_found(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/cases/8b2f5f3e-0000-4000-8000-000000000000/events", json={"event": "withdraw"}
    )
    assert response.status_code == 404
