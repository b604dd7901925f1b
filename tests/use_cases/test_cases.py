"""The case's own use cases without HTTP: referral, reading, simple steps, corrections."""

from __future__ import annotations

import json

import pytest

from api.casework.schemas import CaseEventIn, CorrectionIn, WorklistItem
from api.casework.use_cases.cases import (
    correct_event,
    receive_referral,
    record_event,
    register_referral,
    show_case,
)
from api.casework.use_cases.worklist import list_worklist
from api.citizens.schemas import CitizenIn
from api.citizens.use_cases import create_citizen
from domain.casework.case_lifecycle import CaseEvent, CaseState
from domain.errors import Conflict, NotFound
from tests.api.helpers import CITIZEN, application, plan
from tests.use_cases.conftest import REFERRAL, Centre, open_case


async def test_a_referral_opens_a_received_case_with_its_deadlines(centre: Centre) -> None:
    case_id = await open_case(centre, plan)
    case = await centre.leader(show_case, case_id)
    assert case.status is CaseState.RECEIVED
    assert case.legal_basis == "SUL_140"
    assert case.legal_basis_names.short_name == "SUL § 140"
    assert case.legal_basis_names.service == "Genoptræning efter hospitalsophold"
    assert case.deadlines


async def test_a_referral_to_a_site_not_ones_own_is_not_found(centre: Centre) -> None:
    case_id = await open_case(centre)
    case = await centre.leader(show_case, case_id)
    body = REFERRAL.validate_python(application(str(case.citizen.id), str(centre.sites["syd"])))
    with pytest.raises(NotFound):
        await centre.north(register_referral, body)


async def test_another_sites_case_is_not_found_and_the_attempt_is_noted(centre: Centre) -> None:
    case_id = await open_case(centre)
    with pytest.raises(NotFound):
        await centre.north(show_case, case_id)
    citizen = (await centre.leader(show_case, case_id)).citizen.id
    assert centre.north.attempts == [("read", (citizen,))]


async def test_a_simple_step_is_recorded_and_corrected(centre: Centre) -> None:
    case_id = await open_case(centre)
    withdrawn = await centre.leader(
        record_event, case_id, CaseEventIn(event=CaseEvent.WITHDRAW, note="Trak ansøgningen")
    )
    assert withdrawn.status is CaseState.WITHDRAWN
    corrected = await centre.leader(
        correct_event, case_id, CorrectionIn(event_id=withdrawn.events[-1].id, note="Fejl")
    )
    assert corrected.status is CaseState.RECEIVED
    assert len(corrected.events) == 2
    assert withdrawn.correctable_event_id == withdrawn.events[-1].id
    assert corrected.events[0].undone_by == corrected.events[1].id
    assert corrected.correctable_event_id is None  # nothing left to undo


async def test_a_step_the_state_does_not_allow_is_a_conflict(centre: Centre) -> None:
    case_id = await open_case(centre)
    await centre.leader(record_event, case_id, CaseEventIn(event=CaseEvent.WITHDRAW))
    with pytest.raises(Conflict):
        await centre.leader(record_event, case_id, CaseEventIn(event=CaseEvent.WITHDRAW))


async def test_a_step_on_another_sites_case_is_not_found(centre: Centre) -> None:
    case_id = await open_case(centre)
    with pytest.raises(NotFound):
        await centre.north(record_event, case_id, CaseEventIn(event=CaseEvent.WITHDRAW))
    assert centre.north.attempts == [("change", ())]


async def test_the_worklist_holds_the_open_cases_within_reach(centre: Centre) -> None:
    case_id = await open_case(centre)
    query = {"legal_basis": None, "site_id": None, "status": None, "limit": 50, "after": None}
    page = await centre.leader(list_worklist, **query)
    # The lean read's items are the answer's JSON text, written as the API's model writes it.
    assert [WorklistItem.model_validate_json(text).model_dump_json() for text in page.items] == (
        page.items
    )
    items = [json.loads(text) for text in page.items]
    assert {item["case_id"] for item in items} == {str(case_id)}
    assert page.next_after is None
    [item] = items
    assert (item["legal_basis_names"]["short_name"], item["legal_basis_names"]["service"]) == (
        "SEL § 86, stk. 1",
        "Genoptræning",
    )
    assert (await centre.north(list_worklist, **query)).items == []


async def test_a_referral_sent_again_with_its_reference_is_answered_with_its_case(
    centre: Centre,
) -> None:
    citizen = await centre.leader(create_citizen, CitizenIn.model_validate(CITIZEN))
    sent = application(str(citizen.id), str(centre.sites["syd"]), sender_reference="J-2026-17")
    first = await centre.leader(receive_referral, REFERRAL.validate_python(sent))
    again = await centre.leader(receive_referral, REFERRAL.validate_python(sent))
    assert first.created
    assert not again.created
    assert again.case.id == first.case.id
    # Without a system named, the reference is the caller's own.
    assert (first.case.sender_system, first.case.sender_reference) == ("leder", "J-2026-17")
    # The north therapist cannot see the Syd case: told it exists, never which it is.
    with pytest.raises(Conflict) as refused:
        await centre.north(receive_referral, REFERRAL.validate_python(
            {**sent, "site_id": str(centre.sites["nord"]), "sender_system": "leder"}
        ))  # fmt: skip
    assert refused.value.rule == "sender_reference_registered"
    assert refused.value.existing_id is None


async def test_a_second_referral_the_same_day_is_flagged_not_refused(centre: Centre) -> None:
    citizen = await centre.leader(create_citizen, CitizenIn.model_validate(CITIZEN))
    sent = application(str(citizen.id), str(centre.sites["syd"]))
    first = await centre.leader(register_referral, REFERRAL.validate_python(sent))
    second = await centre.leader(register_referral, REFERRAL.validate_python(sent))
    assert first.possible_duplicate_of is None
    assert second.possible_duplicate_of == first.id
