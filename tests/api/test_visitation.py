"""Visitation over the API: findings, decisions and courses, free choice, complaints, letters.

The clock stands at Monday 23 November 2026 unless a test moves it; the referrals came on
Monday 16 November 2026.
"""

import asyncio
import hashlib
import io
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from api.clock import FixedClock
from tests.api.helpers import (
    NEED_86_1,
    NEED_86_2,
    application,
    grant,
    invitation,
    invited_and_assessed,
    new_case,
    plan,
    problem_fields,
    refusal,
    site_ids,
    step,
)
from tests.conftest import add_staff, count_rows, log_in

FRIT_VALG = "3796fa11-305f-47d6-b164-45b05489afb2"
FRIT_VALG_AFSLAAET = "46a6bc1f-bfe8-4390-a71f-44ad4a384b9d"
UDSKUDT = "a8632e22-bf0c-4f5a-92a7-70977ba104d5"


def _finding(case: dict[str, Any], rule: str) -> dict[str, Any]:
    found: dict[str, Any] = next(f for f in case["assessment"]["findings"] if f["rule"] == rule)
    return found


def _deadline(case: dict[str, Any], kind: str) -> dict[str, Any]:
    found: dict[str, Any] = next(d for d in case["deadlines"] if d["kind"] == kind)
    return found


async def _move_clock(client: httpx.AsyncClient, clock: FixedClock, day: str) -> None:
    """10:00 in Copenhagen (winter time) on a later day; a new login, as sessions end."""
    clock.at = datetime.fromisoformat(f"{day}T09:00:00").replace(tzinfo=UTC)
    await log_in(client, "leder")


async def _earlier_course(client: httpx.AsyncClient, citizen_id: str, ended_on: str) -> None:
    response = await client.post(
        f"/api/v1/citizens/{citizen_id}/courses",
        json={"legal_basis": "SEL_86_1", "ended_on": ended_on, "note": "Fra det gamle system"},
    )
    assert response.status_code == 201, response.text


async def _pdf_text(client: httpx.AsyncClient, letter_id: str) -> tuple[bytes, str]:
    response = await client.get(f"/api/v1/letters/{letter_id}/pdf")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return response.content, " ".join(page.extract_text() for page in reader.pages)


# --- eligibility findings ---------------------------------------------------------------------


async def test_an_application_with_the_need_and_no_earlier_course_is_eligible(
    client: httpx.AsyncClient,
) -> None:
    case = await invited_and_assessed(client, await new_case(client))
    assessment = case["assessment"]
    assert assessment["eligible"] is True
    assert {f["rule"]: f["outcome"] for f in assessment["findings"]} == {
        "one_offer_at_a_time": "met",
        "sel_86_1_need": "met",
        "renewed_application_quarantine": "met",
    }
    assert _finding(case, "one_offer_at_a_time")["facts"]["active_course_at_centre"] is False


async def test_renewal_five_months_after_the_last_course_to_the_day_is_allowed(
    client: httpx.AsyncClient,
) -> None:
    # Ended 16 June 2026: the earliest renewal is 16 November 2026, the day of receipt.
    case = await new_case(client)
    await _earlier_course(client, case["citizen"]["id"], "2026-06-16")
    assessed = await invited_and_assessed(client, case)
    finding = _finding(assessed, "renewed_application_quarantine")
    assert finding["outcome"] == "met"
    assert finding["facts"]["earliest_renewal"] == "2026-11-16"


async def test_a_renewed_application_inside_the_five_month_quarantine_cannot_be_granted(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    # Ended 17 June 2026: the earliest renewal is 17 November 2026, a day after receipt.
    case = await new_case(client)
    await _earlier_course(client, case["citizen"]["id"], "2026-06-17")
    assessed = await invited_and_assessed(client, case)
    finding = _finding(assessed, "renewed_application_quarantine")
    assert finding["outcome"] == "not_met"
    assert finding["facts"]["earliest_renewal"] == "2026-11-17"
    assert "17. november 2026" in finding["text"]
    assert assessed["assessment"]["eligible"] is False

    granted = await step(client, case["id"], "decision", grant())
    assert granted.status_code == 422
    assert granted.json()["rule"] == "renewed_application_quarantine"
    assert problem_fields(granted) == ["outcome"]
    assert await count_rows(engine, "decisions") == 0
    assert await count_rows(engine, "courses") == 1  # the earlier one only
    # The refusal is allowed, and carries the finding as its reason.
    refused = await step(client, case["id"], "decision", refusal())
    assert refused.status_code == 201
    assert refused.json()["decisions"][0]["findings"][2]["outcome"] == "not_met"


async def test_the_visitator_overrides_the_quarantine_only_with_a_written_reason(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client)
    await _earlier_course(client, case["citizen"]["id"], "2026-09-30")
    await invited_and_assessed(client, case)  # assessed once, without an override
    rows = (await client.get(f"/api/v1/cases/{case['id']}")).json()["events"]
    await client.post(
        f"/api/v1/cases/{case['id']}/corrections",
        json={"event_id": rows[-1]["id"], "note": "Fravigelse skal vurderes"},
    )
    events_before = await count_rows(engine, "case_events")
    silent = await step(
        client, case["id"], "assessment",
        {"assessed_on": "2026-11-23", **NEED_86_1, "quarantine_override": {"reason": "  "}},
    )  # fmt: skip
    assert silent.status_code == 422
    assert problem_fields(silent) == ["quarantine_override.reason"]
    assert await count_rows(engine, "case_events") == events_before
    reason = "Ny, alvorlig faldepisode; venter ikke til marts."
    overridden = await step(
        client, case["id"], "assessment",
        {"assessed_on": "2026-11-23", **NEED_86_1, "quarantine_override": {"reason": reason}},
    )  # fmt: skip
    assert overridden.status_code == 201, overridden.text
    body = overridden.json()
    finding = _finding(body, "renewed_application_quarantine")
    # 30 September + 5 months is 28 February 2027 (not a leap year).
    assert finding["facts"]["earliest_renewal"] == "2027-02-28"
    assert finding["outcome"] == "overridden"
    assert finding["facts"]["override"] == reason
    assert body["assessment"]["override_reason"] == reason
    assert body["assessment"]["eligible"] is True
    assert (await step(client, case["id"], "decision", grant())).status_code == 201


async def test_maintenance_training_is_refused_while_the_citizen_trains_elsewhere(
    client: httpx.AsyncClient,
) -> None:
    case = await new_case(client, legal_basis="SEL_86_2")
    missing = await step(client, case["id"], "assessment", {"assessed_on": "2026-11-23"})
    assert missing.status_code == 409  # not invited yet: the state is named first
    assessed = await invited_and_assessed(client, case, {**NEED_86_2, "trains_elsewhere": True})
    assert _finding(assessed, "one_offer_at_a_time")["outcome"] == "not_met"
    assert _finding(assessed, "sel_86_2_need")["outcome"] == "met"
    assert "renewed_application_quarantine" not in {
        f["rule"] for f in assessed["assessment"]["findings"]
    }  # no quarantine for maintenance training


async def test_a_maintenance_assessment_needs_the_therapists_three_findings(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client, legal_basis="SEL_86_2")
    await invited_and_assessed(client, case, NEED_86_2)  # to reach "invited" we correct it
    events = (await client.get(f"/api/v1/cases/{case['id']}")).json()["events"]
    await client.post(
        f"/api/v1/cases/{case['id']}/corrections",
        json={"event_id": events[-1]["id"], "note": "Forkert vurdering"},
    )
    response = await step(
        client, case["id"], "assessment",
        {"assessed_on": "2026-11-23", "has_physical_psychological_or_social_problems": True},
    )  # fmt: skip
    assert response.status_code == 422
    assert problem_fields(response) == ["cannot_keep_up_alone"]
    assert await count_rows(engine, "assessments") == 1  # only the corrected one


async def test_a_hospital_plan_for_a_citizen_with_an_active_course_is_flagged_not_refused(
    client: httpx.AsyncClient,
) -> None:
    first = await new_case(client)
    await invited_and_assessed(client, first)
    assert (await step(client, first["id"], "decision", grant())).status_code == 201
    second = await new_case(client, plan)
    assessed = await invited_and_assessed(client, second, need={})
    finding = _finding(assessed, "one_offer_at_a_time")
    assert finding["outcome"] == "flag"
    assert assessed["assessment"]["eligible"] is True
    assert "one_offer_at_a_time" in assessed["flags"]


# --- decisions and courses --------------------------------------------------------------------


async def test_a_grant_creates_the_active_course(client: httpx.AsyncClient) -> None:
    case = await new_case(client)
    await invited_and_assessed(client, case)
    response = await step(client, case["id"], "decision", grant(course_start="2026-11-30"))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "granted"
    assert body["course"] == {
        "id": body["course"]["id"], "case_id": case["id"], "legal_basis": "SEL_86_1",
        "site_id": case["site"]["id"], "status": "active", "started_on": "2026-11-30",
        "ended_on": None, "earlier": False, "note": None,
    }  # fmt: skip
    decision = body["decisions"][0]
    assert decision["received_on"] == "2026-11-23"  # Digital Post: the day it was sent
    # 23 November + 28 days is Monday 21 December 2026.
    assert decision["complaint_window_ends"] == "2026-12-21"
    assert _deadline(body, "decision")["met_on"] == "2026-11-23"


async def test_two_staff_granting_one_citizen_at_once_give_one_course(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    first = await new_case(client)
    second = await new_case(client, legal_basis="SEL_86_2")
    await invited_and_assessed(client, first)
    await invited_and_assessed(client, second, NEED_86_2)
    responses = await asyncio.gather(
        step(client, first["id"], "decision", grant()),
        step(client, second["id"], "decision", grant()),
    )
    assert sorted(r.status_code for r in responses) == [201, 409]
    lost = next(r for r in responses if r.status_code == 409)
    assert lost.json()["rule"] == "one_offer_at_a_time"
    assert await count_rows(engine, "courses") == 1
    assert await count_rows(engine, "decisions") == 1
    async with engine.connect() as connection:
        refused = await connection.scalar(
            text("SELECT count(*) FROM access_log WHERE outcome = 'refused'")
        )
    assert refused == 1  # the losing attempt is in the access log


async def test_a_grant_while_another_course_is_active_is_a_conflict(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    first = await new_case(client)
    second = await new_case(client, legal_basis="SEL_86_2")
    await invited_and_assessed(client, first)
    await invited_and_assessed(client, second, NEED_86_2)  # before the first grant: no clash
    assert (await step(client, first["id"], "decision", grant())).status_code == 201
    response = await step(client, second["id"], "decision", grant())
    assert response.status_code == 409
    assert response.json()["rule"] == "one_offer_at_a_time"
    assert await count_rows(engine, "courses") == 1
    assert await count_rows(engine, "decisions") == 1


async def test_an_assessment_that_saw_the_active_course_refuses_the_grant(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    first = await new_case(client)
    await invited_and_assessed(client, first)
    await step(client, first["id"], "decision", grant())
    second = await new_case(client, legal_basis="SEL_86_2")
    assessed = await invited_and_assessed(client, second, NEED_86_2)
    finding = _finding(assessed, "one_offer_at_a_time")
    assert (finding["outcome"], finding["facts"]["active_course_at_centre"]) == ("not_met", True)
    response = await step(client, second["id"], "decision", grant())
    assert response.status_code == 422
    assert response.json()["rule"] == "one_offer_at_a_time"
    assert await count_rows(engine, "courses") == 1


async def test_a_decision_by_phone_or_received_before_sent_is_refused(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client)
    await invited_and_assessed(client, case)
    phone = await step(client, case["id"], "decision", refusal(channel="phone"))
    assert phone.status_code == 422
    assert problem_fields(phone) == ["channel"]
    early = await step(
        client, case["id"], "decision", refusal(channel="letter", received_on="2026-11-20")
    )
    assert early.status_code == 422
    assert problem_fields(early) == ["received_on"]
    assert await count_rows(engine, "decisions") == 0


async def test_a_refusal_letter_holds_the_name_the_decision_and_the_complaint_guidance(
    client: httpx.AsyncClient,
) -> None:
    case = await new_case(client)
    assessed = await invited_and_assessed(
        client, case, {**NEED_86_1, "cannot_regain_by_own_effort": False}
    )
    # The reasons as the case page prefills them: the findings that were not met.
    reasons = " ".join(
        f["text"] for f in assessed["assessment"]["findings"] if f["outcome"] == "not_met"
    )
    preview = await step(client, case["id"], "decision/preview", refusal(reasons=reasons))
    assert preview.status_code == 200
    assert "Test Testesen" in preview.json()["html"]
    body = (await step(client, case["id"], "decision", refusal(reasons=reasons))).json()
    decision = body["decisions"][0]
    letter = next(item for item in body["letters"] if item["id"] == decision["letter_id"])
    assert letter["kind"] == "refusal"
    assert letter["template_version"] == 0
    pdf, content = await _pdf_text(client, letter["id"])
    assert hashlib.sha256(pdf).hexdigest() == letter["content_hash"]
    again, _ = await _pdf_text(client, letter["id"])
    assert again == pdf  # downloads byte-identical
    flat = " ".join(content.split())
    assert "Test Testesen" in flat
    assert "afslag" in flat.lower()
    assert "egen træningsindsats" in flat  # the finding, as the reason
    assert "28 dage" in flat
    assert "Ishøj Store Torv 20" in flat
    assert "Ankestyrelsen" in flat
    assert "21. december 2026" in flat  # the last day to complain


# --- hospital plans: start and free choice ------------------------------------------------------


async def test_free_choice_offered_and_declined_is_frit_valg_afslaaet(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    # Discharged Friday 13 November: the free-choice date is Friday 20 November.
    case = await new_case(client, plan)
    assert case["free_choice"]["free_choice_date"] == "2026-11-20"
    bad = await step(
        client, case["id"], "free-choice",
        {"offered_on": "2026-11-18", "free_choice_offered": False, "citizen_choice": "private"},
    )  # fmt: skip
    assert bad.status_code == 422
    assert problem_fields(bad) == ["citizen_choice"]
    late = await step(
        client, case["id"], "free-choice",
        {"offered_on": "2026-11-18", "first_start_offered": "2026-11-24",
         "free_choice_offered": True, "citizen_choice": "municipal"},
    )  # fmt: skip
    assert late.status_code == 200, late.text
    body = late.json()
    assert body["free_choice"]["start_within_limit"] is False
    assert body["free_choice"]["kl_status_reason"] == FRIT_VALG_AFSLAAET
    assert body["kl_status_reasons"] == [FRIT_VALG_AFSLAAET]
    assert _deadline(body, "free_choice")["met_on"] == "2026-11-18"
    assert body["status"] == "received"


async def test_a_citizen_choosing_a_private_provider_ends_the_plan_as_frit_valg(
    client: httpx.AsyncClient,
) -> None:
    case = await new_case(client, plan)
    response = await step(
        client, case["id"], "free-choice",
        {"offered_on": "2026-11-19", "free_choice_offered": True, "citizen_choice": "private"},
    )  # fmt: skip
    body = response.json()
    assert body["status"] == "free_choice_taken"
    assert body["free_choice"]["kl_status_reason"] == FRIT_VALG
    assert (await client.get("/api/v1/worklist")).json()["items"] == []


async def test_a_start_nobody_recorded_an_offer_for_is_the_offer_and_goes_with_its_correction(
    client: httpx.AsyncClient,
) -> None:
    # Discharged Friday 13 November, so free choice from Friday 20 November; started Monday
    # 23 November without an offer on record: the start was the offer, met one working day late.
    case = await new_case(client, plan)
    await invited_and_assessed(client, case, need={})
    start = {"started_on": "2026-11-23", "form": "team_training", "disciplines": ["physiotherapy"]}
    body = (await step(client, case["id"], "training-start", start)).json()
    assert _deadline(body, "free_choice") == {
        "kind": "free_choice", "due_date": "2026-11-20", "working_days_left": -1,
        "status": "met", "met_on": "2026-11-23",
    }  # fmt: skip
    assert body["free_choice"]["first_start_offered"] == "2026-11-23"
    assert body["free_choice"]["start_within_limit"] is False
    corrected = await client.post(
        f"/api/v1/cases/{case['id']}/corrections",
        json={"event_id": body["events"][-1]["id"], "note": "Forkert dato"},
    )
    body = corrected.json()
    assert _deadline(body, "free_choice")["met_on"] is None
    assert body["free_choice"]["offered_on"] is None
    assert body["course"] is None  # cancelled with the start


async def test_a_start_keeps_an_offer_recorded_before_it(client: httpx.AsyncClient) -> None:
    case = await new_case(client, plan)
    await step(
        client, case["id"], "free-choice",
        {"offered_on": "2026-11-17", "first_start_offered": "2026-11-19",
         "free_choice_offered": False},
    )  # fmt: skip
    await invited_and_assessed(client, case, need={})
    start = {"started_on": "2026-11-23", "form": "team_training", "disciplines": ["physiotherapy"]}
    body = (await step(client, case["id"], "training-start", start)).json()
    assert _deadline(body, "free_choice")["met_on"] == "2026-11-17"
    assert body["free_choice"]["start_within_limit"] is True
    assert _deadline(body, "free_choice")["status"] == "met"


async def test_a_postponed_plan_reports_udskudt_until_the_postponement_is_corrected(
    client: httpx.AsyncClient,
) -> None:
    case = await new_case(client, plan)
    postponed = await client.post(
        f"/api/v1/cases/{case['id']}/events",
        json={"event": "postpone", "occurred_on": "2026-11-17", "note": "Ingen overskud nu"},
    )
    assert postponed.status_code == 201, postponed.text
    body = postponed.json()
    assert (body["status"], body["kl_status_reasons"]) == ("received", [UDSKUDT])
    corrected = await client.post(
        f"/api/v1/cases/{case['id']}/corrections",
        json={"event_id": body["events"][-1]["id"], "note": "Borgeren kan starte alligevel"},
    )
    assert corrected.json()["kl_status_reasons"] == []
    private = await step(
        client, case["id"], "free-choice",
        {"offered_on": "2026-11-19", "free_choice_offered": True, "citizen_choice": "private"},
    )  # fmt: skip
    assert private.json()["kl_status_reasons"] == [FRIT_VALG]  # once, from the state


async def test_a_start_for_a_citizen_with_an_active_course_asks_to_continue_or_end_it(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    first = await new_case(client)
    await invited_and_assessed(client, first)
    await step(client, first["id"], "decision", grant())
    second = await new_case(client, plan)
    await invited_and_assessed(client, second, need={})
    start = {"started_on": "2026-11-23", "form": "team_training", "disciplines": ["physiotherapy"]}
    asked = await step(client, second["id"], "training-start", start)
    assert asked.status_code == 409
    assert problem_fields(asked) == ["active_course"]
    ended = await step(client, second["id"], "training-start", {**start, "active_course": "end"})
    assert ended.status_code == 201, ended.text
    courses = (await client.get(f"/api/v1/citizens/{first['citizen']['id']}/courses")).json()
    assert sorted((c["status"], c["ended_on"]) for c in courses) == [
        ("active", None),
        ("ended", "2026-11-23"),  # the grant's course started that day: it ends the same day
    ]


# --- complaints -------------------------------------------------------------------------------


async def _refused_by_letter(
    client: httpx.AsyncClient, sent_on: str, received_on: str
) -> dict[str, Any]:
    case = await new_case(client)
    await invited_and_assessed(client, case, assessed_on=sent_on)  # decided the same day
    response = await step(
        client, case["id"], "decision",
        refusal(sent_on=sent_on, channel="letter", received_on=received_on),
    )  # fmt: skip
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_a_complaint_against_a_case_with_no_decision_is_refused(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    case = await new_case(client)
    response = await step(
        client, case["id"], "complaints", {"received_on": "2026-11-20", "summary": "Uenig"}
    )
    assert response.status_code == 409
    assert response.json()["rule"] == "state:received"
    assert await count_rows(engine, "complaints") == 0
    async with engine.connect() as connection:
        outcome = await connection.scalar(
            text("SELECT outcome FROM access_log ORDER BY id DESC LIMIT 1")
        )
    assert outcome == "refused"


async def test_the_complaint_window_ending_on_a_saturday_runs_to_monday(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    # A letter received Saturday 21 November: 28 days end Saturday 19 December, so the
    # window runs to Monday 21 December 2026. A complaint that day is in time.
    case = await _refused_by_letter(client, "2026-11-20", "2026-11-21")
    assert case["decisions"][0]["complaint_window_ends"] == "2026-12-21"
    await _move_clock(client, clock, "2026-12-21")
    response = await step(
        client, case["id"], "complaints", {"received_on": "2026-12-21", "summary": "Uenig"}
    )
    assert response.status_code == 201, response.text
    body = response.json()
    complaint = body["complaints"][0]
    assert (complaint["window_ends"], complaint["late"]) == ("2026-12-21", False)
    # Reassessment within 28 days of receipt: Monday 18 January 2027.
    assert complaint["reassessment_due"] == "2027-01-18"
    assert body["status"] == "complained"
    listed = (await client.get("/api/v1/worklist")).json()["items"]
    assert [(i["case_id"], i["deadline_kind"], i["due_date"]) for i in listed] == [
        (case["id"], "reassessment", "2027-01-18")
    ]


async def test_a_late_complaint_over_christmas_is_accepted_and_flagged(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    # Received Friday 27 November: day 28 is Christmas Day, then Boxing Day and a Sunday,
    # so the window ends Monday 28 December. A complaint on Tuesday 29 December is late.
    await _move_clock(client, clock, "2026-11-27")
    case = await _refused_by_letter(client, "2026-11-26", "2026-11-27")
    assert case["decisions"][0]["complaint_window_ends"] == "2026-12-28"
    await _move_clock(client, clock, "2026-12-29")
    response = await step(
        client, case["id"], "complaints", {"received_on": "2026-12-29", "summary": "For sent"}
    )
    assert response.status_code == 201
    complaint = response.json()["complaints"][0]
    assert (complaint["window_ends"], complaint["late"]) == ("2026-12-28", True)
    assert "late_complaint" in response.json()["flags"]


async def test_an_upheld_decision_goes_to_ankestyrelsen_with_its_bundle(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    case = await _refused_by_letter(client, "2026-11-20", "2026-11-21")
    await _move_clock(client, clock, "2026-12-01")
    await step(client, case["id"], "complaints", {"received_on": "2026-11-30", "summary": "Uenig"})
    early = await step(client, case["id"], "appeals-board", {"forwarded_on": "2026-12-01"})
    assert early.status_code == 409  # not before the reassessment
    upheld = await step(
        client, case["id"], "reassessment",
        {"reassessed_on": "2026-12-01", "note": "Vi fastholder: betingelserne er ikke opfyldt."},
    )  # fmt: skip
    assert upheld.status_code == 201, upheld.text
    body = upheld.json()
    assert body["status"] == "upheld"
    assert _deadline(body, "reassessment")["met_on"] == "2026-12-01"
    assert body["complaints"][0]["outcome"] == "upheld"
    reassessment_letter = next(x for x in body["letters"] if x["kind"] == "reassessment_upheld")
    _, content = await _pdf_text(client, reassessment_letter["id"])
    assert "Ankestyrelsen" in content

    forwarded = await step(client, case["id"], "appeals-board", {"forwarded_on": "2026-12-01"})
    assert forwarded.status_code == 201, forwarded.text
    body = forwarded.json()
    assert body["status"] == "forwarded"
    complaint = body["complaints"][0]
    assert complaint["forwarded_on"] == "2026-12-01"
    bundle_pdf, bundle = await _pdf_text(client, complaint["bundle_letter_id"])
    parts = [
        PdfReader(io.BytesIO((await client.get(f"/api/v1/letters/{x['id']}/pdf")).content))
        for x in body["letters"]
        if x["kind"] in ("refusal", "reassessment_upheld")
    ]
    pages = len(PdfReader(io.BytesIO(bundle_pdf)).pages)
    assert pages == sum(len(p.pages) for p in parts) + 1  # plus the complaint's own page
    assert "Uenig" in bundle


async def test_a_changed_decision_after_a_complaint_is_a_new_decision_with_its_letter(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    case = await _refused_by_letter(client, "2026-11-20", "2026-11-21")
    await _move_clock(client, clock, "2026-12-01")
    await step(client, case["id"], "complaints", {"received_on": "2026-11-30", "summary": "Uenig"})
    changed = await step(client, case["id"], "decision", grant(sent_on="2026-12-01"))
    assert changed.status_code == 201, changed.text
    body = changed.json()
    assert body["status"] == "granted"
    assert [d["outcome"] for d in body["decisions"]] == ["refuse", "grant"]
    assert body["decisions"][1]["after_complaint"] is True
    assert body["complaints"][0]["outcome"] == "changed"
    assert _deadline(body, "reassessment")["met_on"] == "2026-12-01"
    assert [x["kind"] for x in body["letters"]] == ["invitation", "refusal", "grant"]
    assert body["course"]["status"] == "active"


# --- the service standard and the letter templates --------------------------------------------


async def test_a_new_standard_version_applies_to_cases_received_from_its_date(
    client: httpx.AsyncClient, clock: FixedClock, engine: AsyncEngine
) -> None:
    version = {
        "legal_basis": "SEL_86_1",
        "effective_from": "2026-11-24",
        "limits": [{"kind": "invitation", "value": 8, "unit": "working_days"}],
    }
    past = await client.post(
        "/api/v1/service-standard", json={**version, "effective_from": "2026-11-20"}
    )
    assert past.status_code == 422
    assert problem_fields(past) == ["effective_from"]
    wrong_unit = await client.post(
        "/api/v1/service-standard",
        json={**version, "limits": [{"kind": "invitation", "value": 8, "unit": "calendar_days"}]},
    )
    assert problem_fields(wrong_unit) == ["limits.0.unit"]
    rows_before = await count_rows(engine, "service_standard_limits")
    added = await client.post("/api/v1/service-standard", json=version)
    assert added.status_code == 201, added.text
    assert (await client.post("/api/v1/service-standard", json=version)).status_code == 409
    assert await count_rows(engine, "service_standard_limits") == rows_before + 1

    # Received Monday 23 November: the old 10 working days, to Monday 7 December.
    before = await new_case(client, received_at="2026-11-23T08:00:00+01:00")
    assert _deadline(before, "invitation")["due_date"] == "2026-12-07"
    # Received Tuesday 24 November: the new 8 working days, to Friday 4 December.
    await _move_clock(client, clock, "2026-11-24")
    after = await new_case(client, received_at="2026-11-24T08:00:00+01:00", cpr="020202-2222")
    assert _deadline(after, "invitation")["due_date"] == "2026-12-04"
    assert _deadline(after, "decision")["due_date"] == "2026-12-15"  # unchanged: 15


async def test_a_template_with_an_error_or_a_sandbox_escape_is_refused_unsaved(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    for body, rule in (
        ("Kære {{ citizen.name }\n{% if %}", "template-syntax"),
        ("{{ citizen.__class__.__mro__[1].__subclasses__() }}", "template-unsafe"),
        ("{{ cycler.__init__.__globals__.os }}", "template-undefined"),
    ):
        response = await client.post(
            "/api/v1/letter-templates", json={"kind": "refusal", "body": body}
        )
        assert response.status_code == 422, body
        assert problem_fields(response) == ["body"]
        assert response.json()["rule"] in (rule, "template-unsafe"), body
    assert await count_rows(engine, "letter_templates") == 0


async def test_a_saved_template_version_writes_the_next_letters(
    client: httpx.AsyncClient,
) -> None:
    body = "Kære {{ citizen.name }}\n\nVi har desværre givet afslag.\n\n{{ decision.reasons }}"
    preview = await client.post(
        "/api/v1/letter-templates/preview", json={"kind": "refusal", "body": body}
    )
    assert preview.status_code == 200
    saved = await client.post("/api/v1/letter-templates", json={"kind": "refusal", "body": body})
    assert saved.status_code == 201, saved.text
    assert saved.json()["version"] == 1
    listed = {t["kind"]: t for t in (await client.get("/api/v1/letter-templates")).json()}
    assert (listed["refusal"]["version"], listed["grant"]["version"]) == (1, 0)

    case = await new_case(client)
    await invited_and_assessed(client, case)
    decided = (await step(client, case["id"], "decision", refusal())).json()
    letter = next(x for x in decided["letters"] if x["kind"] == "refusal")
    assert letter["template_version"] == 1
    _, content = await _pdf_text(client, letter["id"])
    assert "Vi har desværre givet afslag." in content
    assert "Ankestyrelsen" in content  # the guidance is the system's, whatever the template


async def test_an_earlier_course_must_have_ended(client: httpx.AsyncClient) -> None:
    case = await new_case(client, application)
    response = await client.post(
        f"/api/v1/citizens/{case['citizen']['id']}/courses",
        json={"legal_basis": "SEL_86_1", "ended_on": "2026-11-24"},
    )
    assert response.status_code == 422
    assert problem_fields(response) == ["ended_on"]


async def test_an_initial_conversation_is_booked_with_clinical_staff_only(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> None:
    admin = await add_staff(
        engine, centre_id, password_hash, username="admin", roles=["administrator"]
    )
    therapists = (await client.get("/api/v1/therapists")).json()
    assert [t["display_name"] for t in therapists] == ["Leder"]
    case = await new_case(client)
    sites = await site_ids(client)
    response = await step(client, case["id"], "invitation", invitation(str(admin), sites["syd"]))
    assert response.status_code == 422
    assert problem_fields(response) == ["therapist_id"]
    home = await step(
        client, case["id"], "invitation",
        invitation(therapists[0]["id"], sites["syd"], place="home", site_id=None),
    )  # fmt: skip
    assert home.status_code == 201
    assert (home.json()["invitation"]["place"], home.json()["invitation"]["site_id"]) == (
        "home",
        None,
    )


async def test_corrected_complaint_steps_take_back_what_they_recorded(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    case = await _refused_by_letter(client, "2026-11-20", "2026-11-21")
    await _move_clock(client, clock, "2026-12-01")
    await step(client, case["id"], "complaints", {"received_on": "2026-11-30", "summary": "Uenig"})
    upheld = (
        await step(
            client, case["id"], "reassessment", {"reassessed_on": "2026-12-01", "note": "Nej"}
        )
    ).json()

    async def correct(body: dict[str, Any], why: str) -> dict[str, Any]:
        undone = {e["corrects"] for e in body["events"]}
        newest = [e for e in body["events"] if e["event"] and e["id"] not in undone][-1]
        response = await client.post(
            f"/api/v1/cases/{case['id']}/corrections", json={"event_id": newest["id"], "note": why}
        )
        assert response.status_code == 201, response.text
        result: dict[str, Any] = response.json()
        return result

    body = await correct(upheld, "Revurderingen var ikke færdig")
    assert body["status"] == "complained"
    assert (body["complaints"][0]["outcome"], body["complaints"][0]["reassessed_on"]) == (
        None,
        None,
    )
    assert _deadline(body, "reassessment")["met_on"] is None
    body = await correct(body, "Klagen hørte til en anden sag")
    assert body["status"] == "refused"
    assert body["complaints"] == []
    assert "reassessment" not in {d["kind"] for d in body["deadlines"]}
    assert (await client.get("/api/v1/worklist")).json()["items"] == []
