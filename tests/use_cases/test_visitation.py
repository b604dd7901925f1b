"""Visitation's use cases without HTTP: each step's happy path, and the important refusals.

The clock stands at Monday 23 November 2026; the referrals came on Monday 16 November.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from pydantic import TypeAdapter

from api.casework.schemas import (
    AssessmentIn,
    ComplaintIn,
    DecisionIn,
    DecisionReceiptIn,
    ForwardIn,
    FreeChoiceIn,
    GrantIn,
    InvitationIn,
    ReassessmentIn,
    RefusalIn,
)
from api.casework.use_cases.assessment import assess
from api.casework.use_cases.cases import show_case
from api.casework.use_cases.complaint import forward_to_appeals_board, receive_complaint, uphold
from api.casework.use_cases.decision import decide, preview_decision, record_decision_receipt
from api.casework.use_cases.invitation import invite, preview_invitation
from api.casework.use_cases.rehab_plan import record_free_choice, start_training
from api.citizens.use_cases import list_courses
from api.letters import LetterWorkers
from api.training import TrainingStartIn
from domain.casework.case_lifecycle import CaseState
from domain.errors import Conflict, NotFound
from tests.api.helpers import NEED_86_1, application, grant, invitation, plan, refusal
from tests.use_cases.conftest import Centre, open_case

DECISION: TypeAdapter[GrantIn | RefusalIn] = TypeAdapter(DecisionIn)
MONDAY = date(2026, 11, 23)
COMPLAINT = {"received_on": "2026-11-23", "summary": "Jeg er uenig i afgørelsen."}


def _invitation(centre: Centre, **changes: Any) -> InvitationIn:
    leader = str(centre.leader.principal.id)
    body = invitation(leader, str(centre.sites["syd"]), **{"channel": "phone", **changes})
    return InvitationIn.model_validate(body)


async def _assessed(
    centre: Centre, workers: LetterWorkers, body: Any = application, assessed_on: str = "2026-11-23"
) -> uuid.UUID:
    case_id = await open_case(centre, body)
    await centre.leader(invite, case_id, _invitation(centre), workers=workers)  # by phone
    body = AssessmentIn.model_validate({"assessed_on": assessed_on, **NEED_86_1})
    await centre.leader(assess, case_id, body)
    return case_id


async def _refused(centre: Centre, workers: LetterWorkers, **changes: Any) -> uuid.UUID:
    case_id = await _assessed(centre, workers)
    body = DECISION.validate_python(refusal(**changes))
    await centre.leader(decide, case_id, body, workers=workers)
    return case_id


async def test_an_invitation_by_phone_books_the_conversation(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await open_case(centre)
    case = await centre.leader(invite, case_id, _invitation(centre), workers=workers)
    assert case.status is CaseState.INVITED
    assert case.invitation is not None


async def test_a_second_invitation_is_a_conflict(centre: Centre, workers: LetterWorkers) -> None:
    case_id = await open_case(centre)
    await centre.leader(invite, case_id, _invitation(centre), workers=workers)
    with pytest.raises(Conflict):
        await centre.leader(invite, case_id, _invitation(centre), workers=workers)


async def test_an_invitation_on_another_sites_case_is_not_found(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await open_case(centre)
    with pytest.raises(NotFound):
        await centre.north(invite, case_id, _invitation(centre), workers=workers)


async def test_the_invitation_preview_is_the_letter_and_saves_nothing(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await open_case(centre)
    body = _invitation(centre, channel="digital_post")
    html = await centre.leader(preview_invitation, case_id, body, workers=workers)
    assert "Test Testesen" in html
    assert (await centre.leader(show_case, case_id)).status is CaseState.RECEIVED


async def test_an_assessment_gives_the_findings(centre: Centre, workers: LetterWorkers) -> None:
    case_id = await _assessed(centre, workers)
    case = await centre.leader(show_case, case_id)
    assert case.status is CaseState.ASSESSED
    assert case.assessment is not None
    assert {f.rule for f in case.assessment.findings} >= {"one_offer_at_a_time"}


async def test_an_assessment_before_the_invitation_is_a_conflict(centre: Centre) -> None:
    case_id = await open_case(centre)
    body = AssessmentIn.model_validate({"assessed_on": "2026-11-23", **NEED_86_1})
    with pytest.raises(Conflict):
        await centre.leader(assess, case_id, body)


async def test_a_grant_opens_the_course_with_its_letter(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await _assessed(centre, workers)
    case = await centre.leader(decide, case_id, DECISION.validate_python(grant()), workers=workers)
    assert case.status is CaseState.GRANTED
    courses = await centre.leader(list_courses, case.citizen.id)
    assert [course.status for course in courses] == ["active"]


async def test_a_decision_before_the_assessment_is_a_conflict(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await open_case(centre)
    with pytest.raises(Conflict):
        await centre.leader(decide, case_id, DECISION.validate_python(grant()), workers=workers)


async def test_the_decision_preview_is_the_letter_and_saves_nothing(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await _assessed(centre, workers)
    body = DECISION.validate_python(refusal())
    html = await centre.leader(preview_decision, case_id, body, workers=workers)
    assert "Test Testesen" in html
    assert (await centre.leader(show_case, case_id)).status is CaseState.ASSESSED


async def test_the_receipt_of_a_decision_sent_by_post_is_recorded(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await _assessed(centre, workers, assessed_on="2026-11-19")
    await centre.leader(
        decide, case_id, DECISION.validate_python(refusal(channel="letter", sent_on="2026-11-19")),
        workers=workers,
    )  # fmt: skip
    body = DecisionReceiptIn(received_on=MONDAY)
    case = await centre.leader(record_decision_receipt, case_id, body)
    assert case.decisions[-1].received_on == MONDAY


async def test_a_receipt_without_a_decision_is_a_conflict(centre: Centre) -> None:
    case_id = await open_case(centre)
    with pytest.raises(Conflict):
        await centre.leader(record_decision_receipt, case_id, DecisionReceiptIn(received_on=MONDAY))


START = {"started_on": "2026-11-23", "disciplines": ["physiotherapy"], "form": "team_training"}


async def test_a_hospital_plans_start_opens_the_course(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await _assessed(centre, workers, plan)
    case = await centre.leader(start_training, case_id, TrainingStartIn.model_validate(START))
    assert case.status is CaseState.STARTED
    courses = await centre.leader(list_courses, case.citizen.id)
    assert [course.status for course in courses] == ["active"]


async def test_an_application_cannot_be_started_as_a_plan(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await _assessed(centre, workers)
    with pytest.raises(Conflict):
        await centre.leader(start_training, case_id, TrainingStartIn.model_validate(START))


async def test_free_choice_offered_and_declined_is_recorded(centre: Centre) -> None:
    case_id = await open_case(centre, plan)
    body = FreeChoiceIn.model_validate(
        {"offered_on": "2026-11-18", "free_choice_offered": True, "citizen_choice": "municipal"}
    )
    case = await centre.leader(record_free_choice, case_id, body)
    assert case.free_choice is not None
    assert case.free_choice.free_choice_offered


async def test_free_choice_on_an_application_is_a_conflict(centre: Centre) -> None:
    case_id = await open_case(centre)
    body = FreeChoiceIn.model_validate({"offered_on": "2026-11-18", "free_choice_offered": True})
    with pytest.raises(Conflict):
        await centre.leader(record_free_choice, case_id, body)


async def test_a_complaint_is_received_upheld_and_forwarded_with_its_bundle(
    centre: Centre, workers: LetterWorkers
) -> None:
    case_id = await _refused(centre, workers)
    complained = await centre.leader(
        receive_complaint, case_id, ComplaintIn.model_validate(COMPLAINT)
    )
    assert complained.status is CaseState.COMPLAINED
    body = ReassessmentIn.model_validate({"reassessed_on": "2026-11-23", "note": "Fastholdt"})
    upheld = await centre.leader(uphold, case_id, body, workers=workers)
    assert upheld.status is CaseState.UPHELD
    forward = ForwardIn.model_validate({"forwarded_on": "2026-11-23"})
    forwarded = await centre.leader(forward_to_appeals_board, case_id, forward, workers=workers)
    assert forwarded.status is CaseState.FORWARDED
    assert forwarded.complaints[-1].outcome == "upheld"


async def test_a_complaint_without_a_decision_is_a_conflict(centre: Centre) -> None:
    case_id = await open_case(centre)
    body = ComplaintIn.model_validate(COMPLAINT)
    with pytest.raises(Conflict):
        await centre.leader(receive_complaint, case_id, body)
