"""The morning's worklist: counts at the top, cases assigned to a therapist ("Mine sager"),
closure days kept by the team leader, and the auditor's way to a citizen's log by CPR.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen.
"""

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import application, create_citizen, plan, problem_fields, register, site_ids
from tests.conftest import add_staff, count_rows, log_in, make_client


async def _seed(client: httpx.AsyncClient) -> dict[str, str]:
    """Five open cases, their nearest deadlines worked out by hand."""
    sites = await site_ids(client)
    specs: list[tuple[str, str, dict[str, Any]]] = [
        # Plan received Mon 16 Nov, discharged Fri 13: free choice Fri 20 Nov (overdue).
        ("overdue", "syd", plan("", "", received_at="2026-11-16T10:00:00+01:00")),
        # Application received Mon 9 Nov: invitation 10 working days on, Mon 23 Nov (today).
        ("today", "nord", application("", "", received_at="2026-11-09T10:00:00+01:00")),
        # Application received Tue 10 Nov: invitation Tue 24 Nov (1 working day away).
        ("tomorrow", "syd", application("", "", received_at="2026-11-10T10:00:00+01:00")),
        # Plan received Thu 19 Nov ahead of discharge on Fri 20 Nov: invitation Thu 26 Nov
        # (3 working days away: Tue, Wed, Thu).
        ("thursday", "nord",
         plan("", "", received_at="2026-11-19T10:00:00+01:00", discharge_date="2026-11-20")),
        # Application received Fri 20 Nov: invitation Fri 4 Dec (9 working days away).
        ("later", "syd",
         application("", "", legal_basis="SEL_86_2", received_at="2026-11-20T10:00:00+01:00")),
    ]  # fmt: skip
    made: dict[str, str] = {}
    for number, (name, site, body) in enumerate(specs):
        citizen = await create_citizen(client, cpr=f"0{number + 1}0170-1234", name=name)
        body.update(citizen_id=citizen["id"], site_id=sites[site])
        response = await register(client, **body)
        assert response.status_code == 201, response.text
        made[name] = response.json()["id"]
    return made


async def test_the_counts_at_the_top_of_the_worklist(client: httpx.AsyncClient) -> None:
    await _seed(client)
    response = await client.get("/api/v1/worklist/counts")
    assert response.status_code == 200, response.text
    assert response.json() == {"overdue": 1, "due_today": 1, "due_soon": 2}
    sites = await site_ids(client)
    nord = await client.get("/api/v1/worklist/counts", params={"site_id": sites["nord"]})
    assert nord.json() == {"overdue": 0, "due_today": 1, "due_soon": 1}


@pytest.fixture
async def nord_therapist(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> Any:
    user_id = await add_staff(engine, centre_id, password_hash, username="nord-terapeut",
                              roles=["therapist"], sites=["nord"])  # fmt: skip
    async with make_client(app) as client:
        await log_in(client, "nord-terapeut")
        client.user_id = str(user_id)  # type: ignore[attr-defined]
        yield client


async def test_an_assigned_case_is_among_the_therapists_own(
    client: httpx.AsyncClient, nord_therapist: Any
) -> None:
    made = await _seed(client)
    assigned = await client.put(
        f"/api/v1/cases/{made['thursday']}/assignee", json={"user_id": nord_therapist.user_id}
    )
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()["assignee"] == {
        "id": nord_therapist.user_id,
        "display_name": "Nord-Terapeut",
    }
    mine = await nord_therapist.get("/api/v1/worklist", params={"mine": "true"})
    assert [item["citizen_name"] for item in mine.json()["items"]] == ["thursday"]
    assert mine.json()["items"][0]["assignee"]["display_name"] == "Nord-Terapeut"
    counts = await nord_therapist.get("/api/v1/worklist/counts", params={"mine": "true"})
    assert counts.json() == {"overdue": 0, "due_today": 0, "due_soon": 1}
    # Everyone's list shows the assignee; unassigned cases show none.
    listed = {
        i["citizen_name"]: i["assignee"]
        for i in (await client.get("/api/v1/worklist")).json()["items"]
    }
    assert listed["thursday"] is not None
    assert listed["today"] is None
    # Reassigned to nobody, it leaves "Mine sager".
    await client.put(f"/api/v1/cases/{made['thursday']}/assignee", json={"user_id": None})
    mine = await nord_therapist.get("/api/v1/worklist", params={"mine": "true"})
    assert mine.json()["items"] == []


async def test_an_assignment_needs_a_clinical_role_at_the_cases_site(
    client: httpx.AsyncClient,
    nord_therapist: Any,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    made = await _seed(client)
    auditor = await add_staff(engine, centre_id, password_hash, username="revisor",
                              roles=["auditor"], sites=["syd"])  # fmt: skip
    before = await count_rows(engine, "access_log")
    refusals = [
        (made["overdue"], nord_therapist.user_id, "site"),  # a Syd case, a Nord therapist
        (made["overdue"], str(auditor), "clinical_role"),
        (made["overdue"], str(uuid.uuid4()), None),  # no such user
    ]
    for case_id, user_id, rule in refusals:
        response = await client.put(f"/api/v1/cases/{case_id}/assignee", json={"user_id": user_id})
        assert 400 <= response.status_code < 500, response.text
        assert problem_fields(response) == ["user_id"]
        if rule:
            assert response.json()["rule"] == rule, response.text
    listed = (await client.get("/api/v1/worklist")).json()["items"]
    assert all(item["assignee"] is None for item in listed)
    # The refused attempts are logged as refused; nothing else was written.
    assert await count_rows(engine, "access_log") >= before


async def test_closure_days_refuse_a_past_day_and_a_day_twice(client: httpx.AsyncClient) -> None:
    past = await client.post("/api/v1/closure-days", json={"day": "2026-11-20", "reason": "Kursus"})
    assert past.status_code == 422, past.text
    assert problem_fields(past) == ["day"]
    first = await client.post(
        "/api/v1/closure-days", json={"day": "2026-12-07", "reason": "Kursus"}
    )
    assert first.status_code == 201, first.text
    again = await client.post("/api/v1/closure-days", json={"day": "2026-12-07", "reason": "Igen"})
    assert again.status_code == 409
    assert problem_fields(again) == ["day"]
    listed = (await client.get("/api/v1/closure-days")).json()
    assert [(row["day"], row["reason"]) for row in listed] == [("2026-12-07", "Kursus")]
    # Today itself may still be closed (an unplanned closure).
    assert (
        await client.post("/api/v1/closure-days", json={"day": "2026-11-23", "reason": "Vandskade"})
    ).status_code == 201


async def test_the_auditor_finds_a_citizen_by_cpr_without_an_id(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str,
    app: FastAPI,
) -> None:  # fmt: skip
    citizen = await create_citizen(client, cpr="010170-1234", name="Karen Revision")
    await add_staff(engine, centre_id, password_hash, username="revisor", roles=["auditor"])
    async with make_client(app) as auditor:
        await log_in(auditor, "revisor")
        found = await auditor.post("/api/v1/access-log/citizens", json={"cpr": "0101701234"})
        assert found.status_code == 200, found.text
        assert found.json()["items"] == [
            {"id": citizen["id"], "name": "Karen Revision", "birth_date": "1970-01-01"}
        ]
        by_name = await auditor.post("/api/v1/access-log/citizens", json={"name": "revis"})
        assert [item["id"] for item in by_name.json()["items"]] == [citizen["id"]]
        both = await auditor.post(
            "/api/v1/access-log/citizens", json={"cpr": "0101701234", "name": "Karen"}
        )
        assert both.status_code == 422
        log = await auditor.get("/api/v1/access-log", params={"citizen_id": citizen["id"]})
        criteria = [entry["criterion"] for entry in log.json()["items"]]
        assert "cpr" in criteria
        assert not any("0101701234" in (c or "") for c in criteria)
    # A therapist may not use the auditor's search.
    refused = await client.post("/api/v1/access-log/citizens", json={"cpr": "0101701234"})
    assert refused.status_code == 403
