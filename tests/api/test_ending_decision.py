"""Ending a § 86 course other than at the citizen's wish is a decision, over HTTP.

The case (§ 86, stk. 1) is granted on Monday 23 November 2026. On Friday 27 November the
therapist ends the course (no further progress) and the decision is sent by post, received
the same day: 28 days on is Christmas Day, then Boxing Day and a Sunday, so the complaint
window runs to Monday 28 December 2026. A complaint on Tuesday 29 December is late (accepted
and flagged); the reassessment is due 28 days after it came: Tuesday 26 January 2027.
"""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from api.clock import FixedClock
from tests.api.helpers import (
    grant,
    invited_and_assessed,
    new_case,
    started_course,
    step,
)
from tests.api.test_visitation import _move_clock, _pdf_text
from tests.conftest import count_rows

REASONS = "Du har ikke haft fremgang i de sidste fire uger, og målene er nået så langt, de kan."


def _decision(**changes: Any) -> dict[str, Any]:
    return {
        "sent_on": "2026-11-27", "channel": "letter", "received_on": "2026-11-27",
        "reasons": REASONS, **changes,
    }  # fmt: skip


async def _granted(client: httpx.AsyncClient) -> tuple[str, str]:
    """A granted § 86 case and its active course: (case id, course id)."""
    case = await new_case(client)
    await invited_and_assessed(client, case)
    granted = await step(client, case["id"], "decision", grant(course_start="2026-11-23"))
    assert granted.status_code == 201, granted.text
    courses = await client.get(f"/api/v1/citizens/{case['citizen']['id']}/courses")
    course = next(c for c in courses.json() if c["status"] == "active")
    return case["id"], course["id"]


async def test_the_ending_decision_has_its_letter_its_complaint_window_and_reassessment(
    client: httpx.AsyncClient, clock: FixedClock, engine: AsyncEngine
) -> None:
    case, course = await _granted(client)
    await _move_clock(client, clock, "2026-11-27")
    path = f"/api/v1/cases/{case}/ending-decision"
    early = await client.post(path, json=_decision())
    assert (early.status_code, early.json()["rule"]) == (422, "ending_decision_after_end")
    ending = {"ended_on": "2026-11-27", "reason": "no_further_progress"}
    ended = await client.post(f"/api/v1/courses/{course}/ending", json=ending)
    assert ended.status_code == 201, ended.text
    assert (ended.json()["is_decision"], ended.json()["ending_decision_sent_on"]) == (True, None)

    unreasoned = await client.post(f"{path}/preview", json=_decision(reasons=None))
    assert (unreasoned.status_code, unreasoned.json()["rule"]) == (422, "ending_decision_reasons")
    by_phone = await client.post(path, json=_decision(channel="phone"))
    assert by_phone.status_code == 422
    assert await count_rows(engine, "decisions WHERE outcome = 'end'") == 0

    preview = await client.post(f"{path}/preview", json=_decision())
    assert preview.status_code == 200, preview.text
    html = preview.json()["html"]
    assert "Afgørelse: Dit træningsforløb afsluttes" in html
    assert "Ingen yderligere fremgang" in html
    assert "fire uger" in html
    assert "Klagevejledning" in html
    assert "28. december 2026" in html  # the last day to complain, in the guidance
    assert await count_rows(engine, "letters WHERE kind = 'course_ending'") == 0

    sent = await client.post(path, json=_decision())
    assert sent.status_code == 201, sent.text
    answer = sent.json()
    assert answer["status"] == "ended"
    decision = answer["decisions"][-1]
    assert (decision["outcome"], decision["complaint_window_ends"]) == ("end", "2026-12-28")
    letter = next(x for x in answer["letters"] if x["kind"] == "course_ending")
    _, content = await _pdf_text(client, letter["id"])
    assert "Klagevejledning" in content
    twice = await client.post(path, json=_decision())
    assert (twice.status_code, twice.json()["rule"]) == (409, "state:ended")
    assert await count_rows(engine, "letters WHERE kind = 'course_ending'") == 1
    shown = (await client.get(f"/api/v1/courses/{course}/ending")).json()
    assert shown["ending_decision_sent_on"] == "2026-11-27"

    # The complaint against the ending: late, accepted and flagged; the reassessment upholds
    # it, and the bundle for Ankestyrelsen starts with the ending decision's letter.
    await _move_clock(client, clock, "2026-12-29")
    complained = await step(
        client, case, "complaints", {"received_on": "2026-12-29", "summary": "Vil fortsætte"}
    )
    assert complained.status_code == 201, complained.text
    body = complained.json()
    complaint = body["complaints"][0]
    assert (complaint["window_ends"], complaint["late"]) == ("2026-12-28", True)
    assert complaint["reassessment_due"] == "2027-01-26"
    assert (body["status"], "late_complaint" in body["flags"]) == ("complained", True)
    upheld = await step(
        client, case, "reassessment",
        {"reassessed_on": "2026-12-29", "note": "Fastholdt: ingen fremgang."},
    )  # fmt: skip
    assert upheld.status_code == 201, upheld.text
    reassessment = next(x for x in upheld.json()["letters"] if x["kind"] == "reassessment_upheld")
    _, upheld_text = await _pdf_text(client, reassessment["id"])
    assert "fire uger" in upheld_text  # the ending decision's reasons
    forwarded = await step(client, case, "appeals-board", {"forwarded_on": "2026-12-29"})
    assert forwarded.status_code == 201, forwarded.text
    assert forwarded.json()["status"] == "forwarded"


async def test_a_changed_decision_after_a_complaint_grants_a_new_course(
    client: httpx.AsyncClient,
) -> None:
    case, course = await _granted(client)
    ending = {"ended_on": "2026-11-23", "reason": "after_absences"}
    assert (await client.post(f"/api/v1/courses/{course}/ending", json=ending)).status_code == 201
    sent = await client.post(
        f"/api/v1/cases/{case}/ending-decision",
        json=_decision(sent_on="2026-11-23", channel="digital_post", received_on=None),
    )
    assert sent.status_code == 201, sent.text
    # Digital Post is received the day it is sent: Monday 23 November + 28 is Monday 21
    # December, a working day.
    assert sent.json()["decisions"][-1]["complaint_window_ends"] == "2026-12-21"
    complaint = {"received_on": "2026-11-23", "summary": "Jeg var syg"}
    assert (await step(client, case, "complaints", complaint)).status_code == 201
    changed = await step(client, case, "decision", grant(course_start="2026-11-23"))
    assert changed.status_code == 201, changed.text
    assert changed.json()["status"] == "granted"
    assert changed.json()["complaints"][0]["outcome"] == "changed"
    courses = (await client.get(f"/api/v1/courses/{course}")).json()
    assert courses["status"] == "ended"


async def test_the_citizens_wish_and_a_section_140_course_get_no_ending_decision(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case, course = await _granted(client)
    wish = {"ended_on": "2026-11-23", "reason": "citizen_wish"}
    ended = await client.post(f"/api/v1/courses/{course}/ending", json=wish)
    assert ended.json()["is_decision"] is False
    body = _decision(sent_on="2026-11-23", received_on="2026-11-23")
    refused = await client.post(f"/api/v1/cases/{case}/ending-decision", json=body)
    assert (refused.status_code, refused.json()["rule"]) == (422, "ending_not_a_decision")
    plan_course = await started_course(client, cpr="020270-1235")
    plan_ending = {"ended_on": "2026-11-23", "reason": "no_further_progress"}
    path = f"/api/v1/courses/{plan_course['id']}/ending"
    assert (await client.post(path, json=plan_ending)).json()["is_decision"] is False
    plan = await client.post(f"/api/v1/cases/{plan_course['case_id']}/ending-decision", json=body)
    assert (plan.status_code, plan.json()["rule"]) == (422, "ending_not_a_decision")
    assert await count_rows(engine, "decisions WHERE outcome = 'end'") == 0


async def test_a_corrected_ending_decision_no_longer_stands_and_may_be_sent_again(
    client: httpx.AsyncClient,
) -> None:
    case, course = await _granted(client)
    ending = {"ended_on": "2026-11-23", "reason": "moved"}
    assert (await client.post(f"/api/v1/courses/{course}/ending", json=ending)).status_code == 201
    body = _decision(sent_on="2026-11-23", channel="digital_post", received_on=None)
    sent = await client.post(f"/api/v1/cases/{case}/ending-decision", json=body)
    assert sent.status_code == 201, sent.text
    mistaken = sent.json()["correctable_event_id"]
    corrected = await client.post(
        f"/api/v1/cases/{case}/corrections", json={"event_id": mistaken, "note": "Forkert brev"}
    )
    assert corrected.status_code == 201, corrected.text
    assert corrected.json()["status"] == "granted"
    shown = (await client.get(f"/api/v1/courses/{course}/ending")).json()
    assert shown["ending_decision_sent_on"] is None
    again = await client.post(f"/api/v1/cases/{case}/ending-decision", json=body)
    assert (again.status_code, again.json()["status"]) == (201, "ended")
