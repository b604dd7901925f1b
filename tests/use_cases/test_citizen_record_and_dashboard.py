"""The citizen record's edit and history, the citizen's cases, assigning a case, the
worklist's counts and the auditor's citizen search, without HTTP."""

from __future__ import annotations

import pytest

from api.access.use_cases import find_citizens_for_audit
from api.casework.use_cases.assignment import assign_case
from api.casework.use_cases.worklist import count_worklist
from api.citizens.schemas import CitizenIn
from api.citizens.use_cases import edit_citizen, list_cases, list_changes
from domain.errors import NotFound, RuleViolation
from tests.api.helpers import CITIZEN
from tests.use_cases.conftest import Centre, open_case


async def _citizen_id(centre: Centre) -> tuple[object, object]:
    case_id = await open_case(centre)
    [found] = await centre.leader(find_citizens_for_audit, cpr=CITIZEN["cpr"], name=None)
    return found.id, case_id


async def test_an_edit_is_kept_in_the_history_with_the_value_it_replaced(centre: Centre) -> None:
    citizen_id, _ = await _citizen_id(centre)
    edited = CitizenIn.model_validate({**CITIZEN, "phone": "87654321"})
    row = await centre.leader(edit_citizen, citizen_id, edited)
    assert row.phone == "87654321"
    [change] = await centre.leader(list_changes, citizen_id)
    assert (change.field, change.old_value, change.new_value) == ("phone", "12345678", "87654321")
    with pytest.raises(NotFound):
        await centre.north(edit_citizen, citizen_id, edited)


async def test_the_citizens_cases_are_those_within_reach(centre: Centre) -> None:
    citizen_id, case_id = await _citizen_id(centre)
    assert [c.id for c in await centre.leader(list_cases, citizen_id)] == [case_id]
    with pytest.raises(NotFound):
        await centre.north(list_cases, citizen_id)


async def test_a_case_is_assigned_only_to_staff_of_its_site(centre: Centre) -> None:
    _, case_id = await _citizen_id(centre)
    assigned = await centre.leader(assign_case, case_id, centre.leader.principal.id)
    assert assigned.assignee is not None
    assert assigned.assignee.id == centre.leader.principal.id
    with pytest.raises(RuleViolation) as refused:
        await centre.leader(assign_case, case_id, centre.north.principal.id)
    assert refused.value.field == "user_id"
    assert (await centre.leader(assign_case, case_id, None)).assignee is None


async def test_the_counts_cover_only_the_callers_cases(centre: Centre) -> None:
    await open_case(centre)
    query = {"legal_basis": None, "site_id": None, "mine": False}
    leader = await centre.leader(count_worklist, **query)
    assert set(leader) == {"overdue", "due_today", "due_soon"}
    assert await centre.north(count_worklist, **query) == dict.fromkeys(leader, 0)
    assert await centre.leader(count_worklist, **{**query, "mine": True}) == dict.fromkeys(
        leader, 0
    )


async def test_the_auditor_finds_a_citizen_by_name_or_cpr_but_not_both(centre: Centre) -> None:
    citizen_id, _ = await _citizen_id(centre)
    [by_name] = await centre.leader(find_citizens_for_audit, cpr=None, name="Testes")
    assert by_name.id == citizen_id
    with pytest.raises(RuleViolation):
        await centre.leader(find_citizens_for_audit, cpr=CITIZEN["cpr"], name="Testes")
