"""The share of trips within the target of an hour each way, per site, over HTTP.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen; the course (a § 140 plan,
genoptræning at home, at Træningscenter Syd) has sessions at 18:00-18:45 on Tuesday 24,
Wednesday 25 and Thursday 26 November, each with a trip:
- 24 November: 60 minutes there (16:55 to 17:55), 61 minutes home (18:45 to 19:46): flagged.
- 25 November: 60 minutes there, 60 minutes home (18:45 to 19:45): within the target.
- 26 November: 61 minutes there (16:54 to 17:55), 60 minutes home: flagged.
So 24-26 November: 3 trips, 1 within, 2 flagged (a third); 25 November alone: 1 of 1.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import problem_fields, site_ids
from tests.api.test_attendance import sessions
from tests.conftest import add_staff, count_rows, log_in, make_client

PATH = "/api/v1/transport/compliance"


def _trip(day: str, *, pickup: str = "16:55", drop_off: str = "19:45") -> dict[str, Any]:
    return {
        "agreed_pickup": f"{day}T{pickup}:00+01:00", "actual_pickup": f"{day}T17:05:00+01:00",
        "arrival": f"{day}T17:55:00+01:00", "session_end": f"{day}T18:45:00+01:00",
        "departure": f"{day}T18:50:00+01:00", "drop_off": f"{day}T{drop_off}:00+01:00",
    }  # fmt: skip


async def _three_trips(client: httpx.AsyncClient) -> None:
    course, appointments = await sessions(client, ("2026-11-24", "2026-11-25", "2026-11-26"))
    grant = {"reason": "Kan ikke tage bussen", "from_address": "Eksempelvej 1, 2635 Ishøj",
             "to_address": "Ishøj Boulevard 2A, 2635 Ishøj", "needs": []}  # fmt: skip
    granted = await client.put(f"/api/v1/courses/{course}/transport", json=grant)
    assert granted.status_code == 200, granted.text
    trips = [
        _trip("2026-11-24", drop_off="19:46"),
        _trip("2026-11-25"),
        _trip("2026-11-26", pickup="16:54"),
    ]
    for appointment, trip in zip(appointments, trips, strict=True):
        driven = await client.post(f"/api/v1/appointments/{appointment}/trip", json=trip)
        assert driven.status_code == 201, driven.text
    legs = (await client.get(f"/api/v1/courses/{course}/transport")).json()["trips"]
    assert [trip["flagged_legs"] for trip in legs] == [["home"], [], ["there"]]


async def test_the_share_per_site_counts_a_61_minute_leg_as_flagged_and_60_as_kept(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    await _three_trips(client)
    syd = (await site_ids(client))["syd"]
    before = await count_rows(engine, "access_log")
    answer = await client.get(PATH, params={"from": "2026-11-24", "to": "2026-11-26"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["from"], body["to"]) == ("2026-11-24", "2026-11-26")
    [site] = body["sites"]
    assert (site["site_id"], site["site_name"]) == (syd, "Træningscenter Syd")
    assert (site["trips"], site["within_target"], site["flagged"]) == (3, 1, 2)
    assert site["share_within_target"] == pytest.approx(1 / 3)
    assert "citizen" not in answer.text
    # Counts only, no citizen's data: not an access-log entry.
    assert await count_rows(engine, "access_log") == before

    alone = (await client.get(PATH, params={"from": "2026-11-25", "to": "2026-11-25"})).json()
    assert [(s["trips"], s["within_target"], s["share_within_target"]) for s in alone["sites"]] == [
        (1, 1, 1.0)
    ]
    # The default: the 30 days up to today (23 November), before the trips.
    default = (await client.get(PATH)).json()
    assert (default["from"], default["to"], default["sites"]) == ("2026-10-25", "2026-11-23", [])


async def test_only_the_courses_the_caller_may_see_are_counted(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    await _three_trips(client)
    await add_staff(engine, centre_id, password_hash, username="nordterapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    async with make_client(app) as north:
        await log_in(north, "nordterapeut")
        answer = await north.get(PATH, params={"from": "2026-11-24", "to": "2026-11-26"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["sites"] == []


@pytest.mark.parametrize(
    ("period", "rule", "detail"),
    [
        ({"from": "2026-11-26", "to": "2026-11-24"}, "period_order",
         "Til-datoen (to) kan ikke ligge før fra-datoen (from)."),
        ({"from": "2025-11-23", "to": "2026-11-24"}, "period_length",
         "Perioden (from til to) må højst være et år."),
    ],
)  # fmt: skip
async def test_a_period_backwards_or_over_a_year_is_refused_in_danish(
    client: httpx.AsyncClient, period: dict[str, str], rule: str, detail: str
) -> None:
    refused = await client.get(PATH, params=period)
    assert refused.status_code == 422
    assert problem_fields(refused) == ["to"]
    assert (refused.json()["rule"], refused.json()["detail"]) == (rule, detail)


async def test_a_year_both_ends_included_is_accepted_and_a_day_that_is_no_date_refused(
    client: httpx.AsyncClient,
) -> None:
    year = await client.get(PATH, params={"from": "2025-11-24", "to": "2026-11-24"})
    assert year.status_code == 200, year.text
    odd = await client.get(PATH, params={"from": "2026-02-30"})
    assert odd.status_code == 422
    assert problem_fields(odd) == ["from"]
