"""Registering referrals: each case gets the deadlines of the standard in force on receipt.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen.
"""

from datetime import date

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import application, create_citizen, plan, problem_fields, register, site_ids
from tests.conftest import count_rows


def deadlines(case: dict[str, object]) -> list[tuple[str, str, int, str]]:
    rows = case["deadlines"]
    assert isinstance(rows, list)
    return [(d["kind"], d["due_date"], d["working_days_left"], d["status"]) for d in rows]


async def test_a_hospital_plan_gets_invitation_start_and_free_choice(
    client: httpx.AsyncClient,
) -> None:
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    response = await register(client, **plan(citizen["id"], sites["syd"]))
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["received_date"] == "2026-11-16"
    assert case["rehab_plan"]["free_choice_date"] == "2026-11-20"
    assert case["rehab_plan"]["kl_codes"] == [
        "ffd81f78-352e-4589-a195-5350dd1df2a4",
        "8b962281-2ab6-4b10-9c91-4bac592d6d49",
    ]
    # Received Mon 16 Nov: 5 working days is Mon 23 Nov (today), 10 is Mon 30 Nov;
    # discharged Fri 13 Nov, so free choice from Fri 20 Nov (only Mon 23 lies since: -1).
    assert deadlines(case) == [
        ("free_choice", "2026-11-20", -1, "overdue"),
        ("invitation", "2026-11-23", 0, "due_soon"),
        ("training_start", "2026-11-30", 5, "on_track"),
    ]
    assert case["flags"] == []
    fetched = await client.get(f"/api/v1/cases/{case['id']}")
    assert fetched.json() == case


async def test_an_application_gets_invitation_and_decision(client: httpx.AsyncClient) -> None:
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    response = await register(client, **application(citizen["id"], sites["nord"]))
    assert response.status_code == 201, response.text
    case = response.json()
    # 10 working days after Mon 16 Nov: Mon 30 Nov; 15: Mon 7 Dec.
    assert deadlines(case) == [
        ("invitation", "2026-11-30", 5, "on_track"),
        ("decision", "2026-12-07", 10, "on_track"),
    ]
    assert case["application"] == {"channel": "web_form", "submitter": "citizen"}
    assert case["site"]["code"] == "nord"


async def test_a_receipt_late_in_the_evening_counts_from_its_copenhagen_date(
    client: httpx.AsyncClient,
) -> None:
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    # 23:30 UTC on Mon 16 Nov is 00:30 on Tue 17 Nov in Copenhagen.
    response = await register(
        client, **plan(citizen["id"], sites["syd"], received_at="2026-11-16T23:30:00Z")
    )
    case = response.json()
    assert case["received_date"] == "2026-11-17"
    assert ("invitation", "2026-11-24") in [(d[0], d[1]) for d in deadlines(case)]


async def test_a_specialised_plan_is_recorded_without_deadlines(client: httpx.AsyncClient) -> None:
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    response = await register(
        client, **plan(citizen["id"], sites["syd"], plan_type="specialiseret")
    )
    assert response.status_code == 201
    assert response.json()["deadlines"] == []


async def test_a_citizen_of_another_municipality_flags_the_case(client: httpx.AsyncClient) -> None:
    sites = await site_ids(client)
    citizen = await create_citizen(client, municipality_code="101")
    case = (await register(client, **application(citizen["id"], sites["syd"]))).json()
    assert case["flags"] == ["other_municipality"]


async def test_a_later_health_start_date_moves_the_free_choice_date(
    client: httpx.AsyncClient,
) -> None:
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    body = plan(citizen["id"], sites["syd"], health_start_date="2026-11-25")
    case = (await register(client, **body)).json()
    assert case["rehab_plan"]["free_choice_date"] == "2026-12-02"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"received_at": "2026-11-23T10:30:00+01:00"}, "received_at"),  # in the future
        ({"received_at": "2026-11-16T10:00:00"}, "received_at"),  # no offset
        ({"received_at": "2026-02-30T10:00:00+01:00"}, "received_at"),  # impossible date
        ({"discharge_date": "2026-13-01"}, "discharge_date"),
        ({"health_start_date": "2026-11-01"}, "health_start_date"),  # before discharge
        ({"site_id": "8b2f5f3e-0000-4000-8000-000000000000"}, "site_id"),  # unknown site
        ({"citizen_id": "8b2f5f3e-0000-4000-8000-000000000000"}, "citizen_id"),  # no citizen
        ({"plan_type": "almen"}, "plan_type"),
        ({"hospital": "h" * 201}, "hospital"),
        ({"condition": ""}, "condition"),
        ({"legal_basis": "SEL_999"}, "legal_basis"),
    ],
)
async def test_bad_referrals_are_refused_by_field_and_nothing_is_written(
    client: httpx.AsyncClient, engine: AsyncEngine, changes: dict[str, object], field: str
) -> None:
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    response = await register(client, **{**plan(citizen["id"], sites["syd"]), **changes})
    assert response.status_code == 422, response.text
    assert field in problem_fields(response), response.text
    assert await count_rows(engine, "cases") == 0
    assert await count_rows(engine, "case_deadlines") == 0
    assert await count_rows(engine, "rehab_plans") == 0


async def test_an_application_without_channel_is_refused(client: httpx.AsyncClient) -> None:
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    body = application(citizen["id"], sites["syd"])
    del body["channel"]
    response = await register(client, **body)
    assert response.status_code == 422
    assert problem_fields(response) == ["channel"]


async def test_a_case_keeps_the_standard_in_force_on_its_day_of_receipt(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: object
) -> None:
    # The council shortens the application invitation limit to 3 working days from 18 Nov.
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO service_standard_limits "
                "(centre_id, legal_basis, kind, value, unit, effective_from) "
                "VALUES (:centre, 'SEL_86_1', 'invitation', 3, 'working_days', :since)"
            ),
            {"centre": centre_id, "since": date(2026, 11, 18)},
        )
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    before = (await register(client, **application(citizen["id"], sites["syd"]))).json()
    other = await create_citizen(client, cpr="020280-2222")
    after = (
        await register(
            client,
            **application(other["id"], sites["syd"], received_at="2026-11-18T09:00:00+01:00"),
        )
    ).json()
    # Received Mon 16 Nov under the old limit: 10 working days, Mon 30 Nov.
    assert before["deadlines"][0] == {**before["deadlines"][0], "kind": "invitation",
                                      "due_date": "2026-11-30"}  # fmt: skip
    # Received Wed 18 Nov under the new one: Thu 19, Fri 20, Mon 23 Nov.
    assert after["deadlines"][0] == {**after["deadlines"][0], "kind": "invitation",
                                     "due_date": "2026-11-23"}  # fmt: skip
    # The decision limit was not revised, so it keeps its 15 days: Wed 9 Dec.
    assert after["deadlines"][1]["due_date"] == "2026-12-09"
