"""Rule gaps found in casework, through the API. The clock stands at Monday 23 November
2026; the referrals came on Monday 16 November. Dates worked out by hand."""

from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from api.clock import FixedClock
from tests.api.helpers import (
    create_citizen,
    grant,
    invitation,
    invited_and_assessed,
    new_case,
    plan,
    problem_fields,
    site_ids,
    step,
    therapist_id,
)
from tests.conftest import count_rows, log_in

START = {"started_on": "2026-11-23", "form": "team_training", "disciplines": ["physiotherapy"]}


def _deadline(case: dict[str, Any], kind: str) -> dict[str, Any]:
    found: dict[str, Any] = next(d for d in case["deadlines"] if d["kind"] == kind)
    return found


async def test_a_later_start_from_the_hospital_moves_the_start_target(
    client: httpx.AsyncClient,
) -> None:
    # 10 working days after Mon 16 Nov: 17-20, 23-27, 30 Nov. The hospital's date, Thu 24 Dec,
    # is juleaftensdag (closed), 25 Dec juledag, 26-27 a weekend: the target is Mon 28 Dec,
    # 23 working days from today (24-27 and 30 Nov, 1-4, 7-11, 14-18, 21-23 Dec, 28 Dec).
    case = await new_case(client, plan, health_start_date="2026-12-24")
    assert _deadline(case, "training_start") == {
        "kind": "training_start", "due_date": "2026-12-28", "working_days_left": 23,
        "status": "on_track", "met_on": None,
    }  # fmt: skip
    plain = await new_case(client, plan, cpr="020280-2222")
    assert _deadline(plain, "training_start")["due_date"] == "2026-11-30"


async def test_a_start_before_the_hospitals_date_needs_its_reason(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client, plan, health_start_date="2026-12-24")
    await invited_and_assessed(client, case, need={})
    before = await count_rows(engine, "courses")
    refused = await step(client, case["id"], "training-start", START)
    assert refused.status_code == 422
    assert problem_fields(refused) == ["early_start_reason"]
    assert await count_rows(engine, "courses") == before
    reason = "Sygehuset har godkendt en tidligere start."
    started = await step(
        client, case["id"], "training-start", {**START, "early_start_reason": reason}
    )
    assert started.status_code == 201, started.text
    body = started.json()
    assert body["events"][-1]["note"] == reason
    assert _deadline(body, "training_start")["status"] == "met"


async def test_dates_out_of_order_are_refused_by_field(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    sites = await site_ids(client)
    therapist = await therapist_id(client)
    case = await new_case(client)
    # Booked 74 years ahead of the invitation sent Wed 18 Nov 2026.
    ahead = invitation(therapist, sites["syd"], meeting_at="2100-11-26T10:30:00+01:00")
    far = await step(client, case["id"], "invitation", ahead)
    assert far.status_code == 422
    assert problem_fields(far) == ["meeting_at"]
    await invited_and_assessed(client, case, assessed_on="2026-11-20")
    before = await count_rows(engine, "courses")
    for body, field in [
        (grant(sent_on="2026-11-19"), "sent_on"),  # the assessment was Fri 20 Nov
        (grant(course_start="2026-11-13"), "course_start"),  # received Mon 16 Nov
        (grant(disciplines=["physiotherapy", "physiotherapy"]), "disciplines"),
    ]:
        response = await step(client, case["id"], "decision", body)
        assert response.status_code == 422, (field, response.text)
        assert problem_fields(response) == [field]
    assert await count_rows(engine, "courses") == before
    assert (
        await step(client, case["id"], "decision", grant(sent_on="2026-11-20"))
    ).status_code == 201


async def test_a_plan_whose_deadline_leaves_the_calendar_names_discharge_date(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    # Discharged Mon 27 Dec 2100: free choice 7 days later lies in 2101, past the calendar.
    sites = await site_ids(client)
    citizen = await create_citizen(client, cpr="030380-3333")
    response = await client.post(
        "/api/v1/referrals", json=plan(citizen["id"], sites["syd"], discharge_date="2100-12-27")
    )
    assert response.status_code == 422, response.text
    assert problem_fields(response) == ["discharge_date"]
    assert await count_rows(engine, "cases") == 0


async def test_a_closed_cases_open_deadlines_no_longer_run(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    # Declined today, Mon 23 Nov: the invitation deadline (5 working days after Mon 16 Nov:
    # Mon 23 Nov) and the start target (Mon 30 Nov) stop running. Two weeks later, Mon 7 Dec,
    # they read as no longer running, not as overdue.
    case = await new_case(client, plan)
    declined = await step(client, case["id"], "events", {"event": "decline"})
    assert declined.status_code == 201, declined.text
    clock.at = datetime(2026, 12, 7, 9, tzinfo=UTC)
    await log_in(client, "leder")
    shown = (await client.get(f"/api/v1/cases/{case['id']}")).json()
    assert _deadline(shown, "invitation") == {
        "kind": "invitation", "due_date": "2026-11-23", "working_days_left": 0,
        "status": "not_running", "met_on": None,
    }  # fmt: skip
    assert _deadline(shown, "training_start")["status"] == "not_running"
    assert _deadline(shown, "training_start")["working_days_left"] == 5  # 24-27, 30 Nov
    assert "overdue" not in {d["status"] for d in shown["deadlines"]}


async def test_kl_codes_come_with_their_danish_names(client: httpx.AsyncClient) -> None:
    case = await new_case(client, plan)
    assert case["rehab_plan"]["kl_code_names"] == ["almen", "basal"]
    declined = (
        await step(client, case["id"], "events", {"event": "mark_other_municipality"})
    ).json()
    assert declined["kl_status_reasons"] == ["f64b8f5e-8ced-4a8b-ab73-8994fb524915"]
    assert declined["kl_status_reason_names"] == ["Anden kommune"]
