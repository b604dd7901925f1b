"""The centre's use cases without HTTP: closure days, the service standard, therapists, legal
bases and the working-day calendar."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from api.centre.schemas import ClosureDayIn, ServiceStandardVersionIn
from api.centre.use_cases import (
    add_closure_day,
    add_service_standard_version,
    add_working_days,
    count_working_days,
    list_closure_days,
    list_legal_bases,
    list_service_standard,
    list_sites,
    list_therapists,
    remove_closure_day,
)
from domain.errors import Conflict, NotFound, RuleViolation
from tests.use_cases.conftest import Centre

VERSION = {
    "legal_basis": "SEL_86_1",
    "effective_from": "2026-11-24",
    "limits": [{"kind": "invitation", "value": 8, "unit": "working_days"}],
}


async def test_a_closure_day_is_added_listed_and_removed(centre: Centre) -> None:
    body = ClosureDayIn.model_validate({"day": "2026-12-28", "reason": "Mellem jul og nytår"})
    added, hits, _ = await centre.leader(add_closure_day, body)
    assert hits == []
    assert [row.day for row in await centre.leader(list_closure_days)] == [date(2026, 12, 28)]
    await centre.leader(remove_closure_day, added.id)
    assert await centre.leader(list_closure_days) == []


async def test_a_closure_day_twice_is_a_conflict(centre: Centre) -> None:
    body = ClosureDayIn.model_validate({"day": "2026-12-28", "reason": "Lukket"})
    await centre.leader(add_closure_day, body)
    with pytest.raises(Conflict):
        await centre.leader(add_closure_day, body)
    with pytest.raises(NotFound):
        await centre.leader(remove_closure_day, uuid.uuid4())


async def test_a_closure_day_moves_the_working_days_of_the_centres_calendar(
    centre: Centre,
) -> None:
    factory = centre.leader.factory
    async with factory() as session:
        before = await add_working_days(session, centre.id, date(2026, 12, 23), 1)
    assert before == date(2026, 12, 28)
    body = ClosureDayIn.model_validate({"day": "2026-12-28", "reason": "Lukket"})
    await centre.leader(add_closure_day, body)
    async with factory() as session:
        assert await add_working_days(session, centre.id, date(2026, 12, 23), 1) == date(
            2026, 12, 29
        )
        assert await count_working_days(session, centre.id, date(2026, 12, 29), before) == -1


async def test_a_new_service_standard_version_is_kept_and_a_past_one_refused(
    centre: Centre,
) -> None:
    before = len(await centre.leader(list_service_standard))
    rows = await centre.leader(
        add_service_standard_version, ServiceStandardVersionIn.model_validate(VERSION)
    )
    assert [(row.kind, row.value) for row in rows] == [("invitation", 8)]
    assert len(await centre.leader(list_service_standard)) == before + 1
    with pytest.raises(Conflict):
        await centre.leader(
            add_service_standard_version, ServiceStandardVersionIn.model_validate(VERSION)
        )
    past = ServiceStandardVersionIn.model_validate({**VERSION, "effective_from": "2026-11-20"})
    with pytest.raises(RuleViolation):
        await centre.leader(add_service_standard_version, past)


async def test_the_centres_sites_legal_bases_and_therapists_are_listed(centre: Centre) -> None:
    assert {site.code for site in await centre.leader(list_sites)} >= {"syd", "nord"}
    assert "SEL_86_1" in {row.code for row in await centre.leader(list_legal_bases)}
    names = {row.username for row in await centre.leader(list_therapists)}
    assert {"leder", "nordterapeut"} <= names  # team leaders hold conversations too


async def test_legal_bases_come_with_their_danish_names_hospital_plans_first(
    centre: Centre,
) -> None:
    bases = await centre.leader(list_legal_bases)
    assert [(b.code, b.short_name, b.service) for b in bases] == [
        ("SUL_140", "SUL § 140", "Genoptræning efter hospitalsophold"),
        ("SEL_86_1", "SEL § 86, stk. 1", "Genoptræning"),
        ("SEL_86_2", "SEL § 86, stk. 2", "Vedligeholdende træning"),
    ]
    assert bases[2].name == "Vedligeholdende træning (Serviceloven § 86, stk. 2)"
