"""The cancellation and no-show limits are the service standard's data: a new version in
force changes when the flag appears.

The clock stands at Monday 23 November 2026; the course (a § 140 plan) has sessions on
Tuesday 24 to Thursday 26 November, registered on Friday 27 November at noon.
"""

from __future__ import annotations

import httpx

from api.clock import FixedClock
from tests.api.helpers import problem_fields
from tests.api.test_attendance import FRIDAY_27_NOON, WEEK_48, cancelled, mark, move_clock, sessions


async def test_the_seeded_limits_are_two_of_each(client: httpx.AsyncClient) -> None:
    course, _ = await sessions(client, WEEK_48)
    shown = (await client.get(f"/api/v1/courses/{course}/attendance")).json()
    assert (shown["cancellations_allowed"], shown["no_shows_allowed"]) == (2, 2)


async def test_a_lower_no_show_limit_in_force_flags_the_second_no_show(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    version = {
        "legal_basis": "SUL_140", "effective_from": "2026-11-23",
        "limits": [{"kind": "no_shows_allowed", "value": 1, "unit": "count"},
                   {"kind": "cancellations_allowed", "value": 3, "unit": "count"}],
    }  # fmt: skip
    per_week = {**version, "limits": [{"kind": "no_shows_allowed", "value": 1, "unit": "per_week"}]}
    wrong_unit = await client.post("/api/v1/service-standard", json=per_week)
    assert problem_fields(wrong_unit) == ["limits.0.unit"]
    added = await client.post("/api/v1/service-standard", json=version)
    assert added.status_code == 201, added.text
    course, (first, second, third) = await sessions(client, WEEK_48)
    # Three of the citizen's own cancellations: within the new limit of 3, no flag.
    await move_clock(client, clock, FRIDAY_27_NOON)
    for appointment in (first, second, third):
        answer = await mark(client, appointment, "cancelled", **cancelled())
        assert answer.status_code == 201, answer.text
    state = answer.json()["attendance"]
    assert (state["cancellations"], state["cancellations_allowed"], state["flags"]) == (3, 3, [])

    # The same sessions corrected to no-shows: the second already exceeds the limit of 1.
    shown = (await client.get(f"/api/v1/courses/{course}/attendance")).json()
    in_force = {r["appointment_id"]: r["id"] for r in shown["registrations"] if r["in_force"]}
    once = await mark(client, first, "no_show", corrects=in_force[first])
    assert once.json()["attendance"]["flags"] == []
    twice = await mark(client, second, "no_show", corrects=in_force[second])
    state = twice.json()["attendance"]
    assert (state["no_shows"], state["no_shows_allowed"]) == (2, 1)
    assert [(flag["kind"], flag["count"]) for flag in state["flags"]] == [("no_shows", 2)]
    listed = (await client.get("/api/v1/worklist/attendance-flags")).json()
    assert [(item["course_id"], item["kind"]) for item in listed] == [(course, "no_shows")]
