"""Citizens' use cases without HTTP: register, read, search, and the courses on the record."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic_core import to_json

from api.citizens.schemas import CitizenIn, CitizenMatch, CitizenSearch
from api.citizens.use_cases import (
    citizen_out,
    create_citizen,
    list_courses,
    record_earlier_course,
    search_citizens,
    show_citizen,
)
from api.training import EarlierCourseIn
from domain.errors import NotFound, RuleViolation
from persistence.citizens.models import Citizen
from tests.api.helpers import CITIZEN
from tests.use_cases.conftest import Centre, open_case

EARLIER = {"legal_basis": "SEL_86_1", "ended_on": "2026-05-01", "note": "Fra det gamle system"}


async def test_a_registered_citizen_is_read_back_by_who_may_see_their_case(
    centre: Centre,
) -> None:
    await open_case(centre)
    [match] = await centre.leader(search_citizens, CitizenSearch(cpr=CITIZEN["cpr"]))
    assert match["record"] is not None
    row = await centre.leader(show_citizen, match["id"])
    assert row.name == "Test Testesen"


async def test_a_search_hit_is_the_record_the_model_builds(centre: Centre) -> None:
    """The lean search shapes its rows itself: the same JSON, field for field and in the same
    order, as `citizen_out` builds from the citizen's ORM row (with and without a relative)."""
    await open_case(centre)
    [match] = await centre.leader(search_citizens, CitizenSearch(cpr=CITIZEN["cpr"]))
    async with centre.leader.factory() as session:
        row = await session.get(Citizen, match["id"])
        assert row is not None
        assert row.relative_name is None
        built = citizen_out(row)
        row.relative_name, row.relative_phone = "Hanne Testesen", "+45 20 30 40 50"
        row.general_practitioner, row.email = "Læge Lund", "test@example.dk"
        await session.commit()
        related = citizen_out(row)
    [again] = await centre.leader(search_citizens, CitizenSearch(name="Testesen"))
    assert to_json(match["record"]) == built.model_dump_json().encode()
    assert to_json(again["record"]) == related.model_dump_json().encode()
    assert related.relative is not None
    assert related.relative.phone == "+45 20 30 40 50"
    assert (
        to_json(again)
        == CitizenMatch(id=row.id, name=row.name, record=related).model_dump_json().encode()
    )


async def test_a_citizen_without_a_case_in_reach_is_not_found(centre: Centre) -> None:
    row = await centre.leader(create_citizen, CitizenIn.model_validate(CITIZEN))
    with pytest.raises(NotFound):
        await centre.north(show_citizen, row.id)
    assert centre.north.attempts == [("read", (row.id,))]


async def test_a_cpr_look_up_finds_a_citizen_out_of_reach_without_the_record(
    centre: Centre,
) -> None:
    await open_case(centre)  # at Træningscenter Syd
    [match] = await centre.north(search_citizens, CitizenSearch(cpr=CITIZEN["cpr"]))
    assert match["record"] is None
    assert await centre.north(search_citizens, CitizenSearch(name="Testesen")) == []


async def test_an_earlier_course_is_recorded_on_the_citizens_record(centre: Centre) -> None:
    await open_case(centre)
    [match] = await centre.leader(search_citizens, CitizenSearch(name="Testesen"))
    body = EarlierCourseIn.model_validate(EARLIER)
    course = await centre.leader(record_earlier_course, match["id"], body)
    assert course.earlier
    courses = await centre.leader(list_courses, match["id"])
    assert [(c.status, c.ended_on) for c in courses] == [("ended", date(2026, 5, 1))]


async def test_an_earlier_course_must_have_ended(centre: Centre) -> None:
    await open_case(centre)
    [match] = await centre.leader(search_citizens, CitizenSearch(name="Testesen"))
    body = EarlierCourseIn.model_validate({**EARLIER, "ended_on": "2026-12-01"})
    with pytest.raises(RuleViolation):
        await centre.leader(record_earlier_course, match["id"], body)
