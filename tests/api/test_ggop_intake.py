"""MedCom hospital plans (GGOP) received over the API: one case per message, however often
it is delivered; hostile XML refused unread; every plan kept, with its receipt.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen: every plan is received then.
"""

from __future__ import annotations

import asyncio
import logging
import time
import tracemalloc
import uuid
from collections.abc import AsyncIterator
from typing import Any
from xml.etree import ElementTree

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import CITIZEN, problem_fields
from tests.conftest import add_staff, count_rows, log_in, make_client
from tests.fixtures.ggop_messages import fixture, ggop

XML = {"Content-Type": "application/xml"}
SCOPES = ["cases.read", "cases.write", "cases.all_sites", "citizens.read", "citizens.write"]


@pytest.fixture
async def hospital(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> AsyncIterator[httpx.AsyncClient]:
    """The hospitals' message broker, with an API key that may register referrals."""
    await add_staff(engine, centre_id, password_hash, username="admin", roles=["administrator"])
    async with make_client(app) as admin:
        await log_in(admin, "admin")
        created = await admin.post(
            "/api/v1/admin/api-keys", json={"name": "MedCom", "scopes": SCOPES}
        )
        assert created.status_code == 201, created.text
        secret = created.json()["secret"]
    async with make_client(app) as client:
        client.headers["Authorization"] = f"Bearer {secret}"
        yield client


async def deliver(client: httpx.AsyncClient, raw: bytes) -> httpx.Response:
    return await client.post("/api/v1/intake/ggop", content=raw, headers=XML)


def deadlines(case: dict[str, Any]) -> list[tuple[str, str, int]]:
    return [(d["kind"], d["due_date"], d["working_days_left"]) for d in case["deadlines"]]


async def test_a_plan_opens_a_case_with_the_deadlines_of_its_receipt(
    hospital: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    response = await deliver(hospital, ggop())
    assert response.status_code == 201, response.text
    receipt = response.json()
    assert receipt["outcome"] == "positive"
    assert receipt["status"] == "mapped"
    assert receipt["message_id"] == "GGOP-HVH-20261123-000417"
    assert receipt["reason"] is None
    case = (await hospital.get(f"/api/v1/cases/{receipt['case_id']}")).json()
    assert case["legal_basis"] == "SUL_140"
    assert case["received_date"] == "2026-11-23"
    assert case["condition"] == "DS720 Brud på lårbenshals"
    assert case["site"]["code"] == "syd"  # the citizen lives in Ishøj
    plan = case["rehab_plan"]
    assert plan["hospital"] == "Hvidovre Hospital"
    assert plan["department"] == "Ortopædkirurgisk Afdeling, afsnit 126"
    assert plan["plan_type"] == "almen_basal"
    assert plan["discharge_date"] == "2026-11-20"
    assert plan["health_start_date"] == "2026-11-20"
    # Received Mon 23 Nov. Invitation, 5 working days: Tue 24 .. Mon 30 Nov. Start, 10
    # working days: Tue 1 .. Mon 7 Dec (the hospital's date, Fri 20 Nov, is earlier).
    # Free choice: discharged Fri 20 Nov + 7 calendar days = Fri 27 Nov.
    assert deadlines(case) == [
        ("free_choice", "2026-11-27", 4),
        ("invitation", "2026-11-30", 5),
        ("training_start", "2026-12-07", 10),
    ]
    assert case["flags"] == []
    citizen = (await hospital.get(f"/api/v1/citizens/{case['citizen']['id']}")).json()
    assert citizen["name"] == "Birthe Solvej Kragelund"
    assert citizen["birth_date"] == "1945-03-12"
    assert citizen["municipality_code"] == "183"
    assert citizen["general_practitioner"] == "Anne Lykke"
    assert citizen["general_practitioner_clinic"] == "Lægerne ved Ishøj Bycenter"
    assert citizen["general_practitioner_provider_number"] == "012345"
    async with engine.connect() as connection:
        kept = (
            await connection.execute(
                text("SELECT status, raw, diagnoses, case_id FROM ggop_messages")
            )
        ).one()
        logged = await connection.scalar(
            text(
                "SELECT count(*) FROM access_log WHERE operation = 'intake-receive_ggop' "
                "AND use = 'create' AND :citizen = ANY(citizen_ids)"
            ),
            {"citizen": uuid.UUID(case["citizen"]["id"])},
        )
    assert kept.status == "mapped"
    assert bytes(kept.raw) == ggop()  # the original message, byte for byte
    assert kept.diagnoses[0] == {"code": "DS720", "text": "Brud på lårbenshals"}
    assert str(kept.case_id) == receipt["case_id"]
    assert logged == 1  # the referral, naming the citizen it created


async def test_a_later_start_date_moves_the_start_target_and_free_choice(
    hospital: httpx.AsyncClient,
) -> None:
    response = await deliver(hospital, ggop(RehabilitationDeadline="2026-12-10"))
    case = (await hospital.get(f"/api/v1/cases/{response.json()['case_id']}")).json()
    # Start: the later of Mon 7 Dec and Thu 10 Dec; free choice: 10 Dec + 7 = Thu 17 Dec.
    assert deadlines(case) == [
        ("invitation", "2026-11-30", 5),
        ("training_start", "2026-12-10", 13),
        ("free_choice", "2026-12-17", 18),
    ]


async def test_a_start_in_free_text_is_kept_for_staff_and_sets_no_date(
    hospital: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    text_start = "Opstart når gipsen er fjernet, ca. 6 uger efter operationen"
    response = await deliver(hospital, ggop(RehabilitationDeadline=text_start))
    assert response.status_code == 201
    case = (await hospital.get(f"/api/v1/cases/{response.json()['case_id']}")).json()
    assert case["rehab_plan"]["health_start_date"] is None
    assert ("training_start", "2026-12-07", 10) in deadlines(case)
    listed = (await client.get("/api/v1/intake/ggop")).json()
    assert listed["items"][0]["start_text"] == text_start
    # Staff read the text and set the date: Thu 10 Dec 2026. Start: the later of Mon 7 Dec
    # and Thu 10 Dec; free choice: 10 Dec + 7 calendar days = Thu 17 Dec.
    dated = await client.put(
        f"/api/v1/cases/{case['id']}/health-start-date", json={"health_start_date": "2026-12-10"}
    )
    assert dated.status_code == 200, dated.text
    assert dated.json()["rehab_plan"]["health_start_date"] == "2026-12-10"
    assert dated.json()["rehab_plan"]["free_choice_date"] == "2026-12-17"
    assert deadlines(dated.json()) == [
        ("invitation", "2026-11-30", 5),
        ("training_start", "2026-12-10", 13),
        ("free_choice", "2026-12-17", 18),
    ]
    before_discharge = await client.put(
        f"/api/v1/cases/{case['id']}/health-start-date", json={"health_start_date": "2026-11-19"}
    )
    assert before_discharge.status_code == 422
    assert problem_fields(before_discharge) == ["health_start_date"]


async def test_a_plan_delivered_twice_gets_its_first_receipt_and_no_second_case(
    hospital: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    first = await deliver(hospital, ggop())
    again = await deliver(hospital, ggop())
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert await count_rows(engine, "cases") == 1
    assert await count_rows(engine, "ggop_messages") == 1


async def test_two_deliveries_at_once_open_one_case(
    hospital: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    responses = await asyncio.gather(deliver(hospital, ggop()), deliver(hospital, ggop()))
    assert sorted(r.status_code for r in responses) == [200, 201]
    assert responses[0].json() == responses[1].json()
    assert await count_rows(engine, "cases") == 1
    assert await count_rows(engine, "citizens") == 1


async def test_two_plans_for_one_new_citizen_at_once_make_one_citizen_and_two_cases(
    hospital: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    responses = await asyncio.gather(
        deliver(hospital, ggop("GGOP-A")), deliver(hospital, ggop("GGOP-B"))
    )
    assert [r.status_code for r in responses] == [201, 201]
    assert await count_rows(engine, "citizens") == 1
    assert await count_rows(engine, "cases") == 2


async def test_a_plan_sent_to_another_municipality_is_kept_flagged_without_a_case(
    hospital: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    response = await deliver(hospital, ggop(Receiver_Identifier="0167"))
    assert response.status_code == 202
    receipt = response.json()
    assert receipt["outcome"] == "negative"
    assert receipt["status"] == "other_municipality"
    assert receipt["reason"] == "Planen er sendt til en anden kommune (Hvidovre, 167)."
    assert receipt["case_id"] is None
    assert await count_rows(engine, "cases") == 0
    assert await count_rows(engine, "citizens") == 0
    assert await count_rows(engine, "ggop_messages") == 1


async def test_a_citizen_living_elsewhere_gets_a_case_flagged_another_municipality(
    hospital: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    known = await client.post(
        "/api/v1/citizens",
        json={**CITIZEN, "cpr": "120345-1238", "municipality_code": "167",
              "address": "Hvidovrevej 1, 2650 Hvidovre"},
    )  # fmt: skip
    assert known.status_code == 201
    response = await deliver(hospital, ggop())
    assert response.status_code == 201
    receipt = response.json()
    assert (receipt["outcome"], receipt["status"]) == ("positive", "other_municipality")
    case = (await hospital.get(f"/api/v1/cases/{receipt['case_id']}")).json()
    assert case["citizen"]["id"] == known.json()["id"]
    assert case["flags"] == ["other_municipality"]


async def test_an_invalid_cpr_is_kept_as_a_failed_intake_naming_the_element(
    hospital: httpx.AsyncClient, engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    response = await deliver(hospital, ggop(Patient_CivilRegistrationNumber="3213451238"))
    assert response.status_code == 202
    receipt = response.json()
    assert (receipt["outcome"], receipt["status"]) == ("negative", "failed")
    assert receipt["field"] == "Patient.CivilRegistrationNumber"
    assert receipt["reason"] == "CPR-nummerets fødselsdato findes ikke."
    assert "3213451238" not in response.text
    assert "321345" not in caplog.text
    assert await count_rows(engine, "citizens") == 0
    assert await count_rows(engine, "ggop_messages") == 1


async def test_a_plan_failing_after_its_citizen_was_made_leaves_nothing_half_written(
    hospital: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    # The hospital's start before the discharge: refused by the referral's own rule, after
    # the citizen was created inside the savepoint.
    response = await deliver(hospital, ggop(RehabilitationDeadline="2026-11-18"))
    assert response.status_code == 202
    assert response.json()["field"] == "health_start_date"
    for table in ("citizens", "cases", "rehab_plans", "case_deadlines"):
        assert await count_rows(engine, table) == 0, table
    assert await count_rows(engine, "ggop_messages") == 1


@pytest.mark.parametrize(
    ("name", "status", "rule"),
    [
        ("billion_laughs.xml", 422, "no_dtd"),
        ("external_entity.xml", 422, "no_dtd"),
        ("malformed.xml", 422, None),
        ("wrong_namespace.xml", 422, "namespace"),
    ],
)
async def test_hostile_or_foreign_xml_is_refused_unread_and_nothing_kept(
    hospital: httpx.AsyncClient, engine: AsyncEngine, name: str, status: int, rule: str | None
) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        response = await deliver(hospital, fixture(name))
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status_code == status
    assert problem_fields(response) == ["body"]
    assert response.json().get("rule") == rule
    assert elapsed < 1.0
    assert peak < 50 * 1024 * 1024
    assert "lol" not in response.text
    assert "passwd" not in response.text
    assert await count_rows(engine, "ggop_messages") == 0


async def test_a_huge_body_or_another_content_type_is_refused(
    hospital: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    huge = ggop().replace(b"<HealthSummary>", b"<HealthSummary>" + b"x" * 2_000_000)
    assert (await deliver(hospital, huge)).status_code == 413
    as_json = await hospital.post(
        "/api/v1/intake/ggop", content=ggop(), headers={"Content-Type": "application/json"}
    )
    assert as_json.status_code == 415
    assert await count_rows(engine, "ggop_messages") == 0


async def test_staff_see_failed_plans_first_and_mark_them_handled(
    hospital: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    await deliver(hospital, ggop("GGOP-1"))
    await deliver(hospital, ggop("GGOP-2", TypeOfRehabilitationPlan="Kurophold"))
    await deliver(hospital, ggop("GGOP-3", Receiver_Identifier="101"))
    listed = await client.get("/api/v1/intake/ggop")
    assert listed.status_code == 200
    body = listed.json()
    assert body["total"] == 3
    assert [item["status"] for item in body["items"]][-1] == "mapped"
    assert {item["status"] for item in body["items"][:2]} == {"failed", "other_municipality"}
    mapped = body["items"][-1]
    assert mapped["citizen_name"] == "Birthe Solvej Kragelund"
    assert mapped["diagnoses"][1] == {"code": "DM810", "text": "Knogleskørhed efter overgangsalder"}
    failed = (await client.get("/api/v1/intake/ggop", params={"status": "failed"})).json()
    assert [item["message_id"] for item in failed["items"]] == ["GGOP-2"]
    assert failed["items"][0]["reason_field"] == "TypeOfRehabilitationPlan"
    # Not read in full, yet recognisable: the sender and the patient as the plan names them.
    assert failed["items"][0]["hospital"] == "Hvidovre Hospital"
    assert failed["items"][0]["patient_name"] == "Birthe Solvej Kragelund"
    assert failed["items"][0]["citizen_name"] is None
    handled = await client.post(f"/api/v1/intake/ggop/{failed['items'][0]['id']}/handled")
    assert handled.status_code == 200, handled.text
    assert handled.json()["handled_by"] == "leder"
    again = await client.post(f"/api/v1/intake/ggop/{failed['items'][0]['id']}/handled")
    assert again.status_code == 409
    not_failed = await client.post(f"/api/v1/intake/ggop/{mapped['id']}/handled")
    assert not_failed.status_code == 409
    # Handled: no longer before the plan that still needs handling.
    order = [
        item["message_id"] for item in (await client.get("/api/v1/intake/ggop")).json()["items"]
    ]
    assert order[0] == "GGOP-3"


async def test_a_training_assistant_may_neither_send_nor_list_plans(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> None:
    await add_staff(engine, centre_id, password_hash, username="assistent",
                    roles=["training_assistant"], sites=["syd"])  # fmt: skip
    async with make_client(app) as assistant:
        await log_in(assistant, "assistent")
        assert (await assistant.get("/api/v1/intake/ggop")).status_code == 403
        assert (await deliver(assistant, ggop())).status_code == 403


async def test_a_sender_asking_for_xml_gets_the_receipt_as_xml(hospital: httpx.AsyncClient) -> None:
    ns = {"r": "urn:traening:ggop:receipt:1"}
    headers = {**XML, "Accept": "application/xml"}
    sent = await hospital.post("/api/v1/intake/ggop", content=ggop("GGOP-XML-1"), headers=headers)
    assert sent.status_code == 201, sent.text
    assert sent.headers["content-type"].startswith("application/xml")
    root = ElementTree.fromstring(sent.content)
    assert root.tag == "{urn:traening:ggop:receipt:1}Receipt"
    assert root.findtext("r:Outcome", namespaces=ns) == "positive"
    assert root.findtext("r:Status", namespaces=ns) == "mapped"
    assert root.findtext("r:MessageIdentifier", namespaces=ns) == "GGOP-XML-1"
    case_id = root.findtext("r:CaseId", namespaces=ns)
    assert case_id is not None
    assert root.find("r:Reason", namespaces=ns) is None  # nothing to say

    # The same message again: 200 and the first receipt, as XML too.
    again = await hospital.post("/api/v1/intake/ggop", content=ggop("GGOP-XML-1"), headers=headers)
    assert again.status_code == 200
    assert ElementTree.fromstring(again.content).findtext("r:CaseId", namespaces=ns) == case_id

    # A negative receipt names the reason and the element, escaped as XML.
    failed = await hospital.post(
        "/api/v1/intake/ggop", content=ggop("GGOP-XML-2", End=None), headers=headers
    )
    assert failed.status_code == 202, failed.text
    negative = ElementTree.fromstring(failed.content)
    assert negative.findtext("r:Outcome", namespaces=ns) == "negative"
    assert negative.findtext("r:Status", namespaces=ns) == "failed"
    assert negative.findtext("r:Reason", namespaces=ns)
    assert negative.find("r:CaseId", namespaces=ns) is None

    # JSON stays the answer when the sender prefers it, or says nothing.
    json_first = {**XML, "Accept": "application/json, application/xml;q=0.5"}
    plain = await hospital.post(
        "/api/v1/intake/ggop", content=ggop("GGOP-XML-3"), headers=json_first
    )
    assert plain.headers["content-type"].startswith("application/json")
    assert plain.json()["outcome"] == "positive"

    # A message refused unread is a problem document whatever the sender asked for.
    refused = await hospital.post("/api/v1/intake/ggop", content=b"<nope", headers=headers)
    assert refused.status_code == 422
    assert refused.headers["content-type"].startswith("application/problem+json")
