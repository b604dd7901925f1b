"""The course aggregate against the real database: one way to open it, and the one-offer
rule held by one partial unique index over planned, active and postponed courses."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date

import pytest

from api.citizens.schemas import CitizenIn
from api.citizens.use_cases import create_citizen
from domain.errors import Conflict
from domain.training import (
    CourseForm,
    CourseOpening,
    CourseStatus,
    Discipline,
    open_earlier,
    open_from_grant,
)
from persistence.training import courses_of_citizen, open_course
from tests.api.helpers import CITIZEN
from tests.use_cases.conftest import Centre

DAY = date(2026, 3, 10)


def _grant() -> CourseOpening:
    return open_from_grant(
        "SUL_140",
        sent_on=DAY,
        course_start=None,
        disciplines=[Discipline.PHYSIOTHERAPY],
        form=CourseForm.TEAM_TRAINING,
        transport_needed=False,
    )


async def _citizen(centre: Centre) -> uuid.UUID:
    citizen = await centre.leader(create_citizen, CitizenIn.model_validate(CITIZEN))
    return citizen.id


async def test_two_grants_at_once_for_one_citizen_one_wins(centre: Centre) -> None:
    """The second insert waits on the first's uncommitted row, then meets the index."""
    citizen_id = await _citizen(centre)
    factory = centre.leader.factory
    async with factory() as first, factory() as second:
        await open_course(first, _grant(), centre_id=centre.id, citizen_id=citizen_id)
        racing = asyncio.create_task(
            open_course(second, _grant(), centre_id=centre.id, citizen_id=citizen_id)
        )
        await asyncio.sleep(0.2)
        assert not racing.done()  # held by the unique index, not by a read
        await first.commit()
        with pytest.raises(Conflict) as lost:
            await racing
        assert lost.value.rule == "one_offer_at_a_time"
        await second.rollback()
    async with factory() as session:
        found = await courses_of_citizen(session, centre.id, citizen_id)
    assert [course.status for course in found] == [CourseStatus.ACTIVE]


@pytest.mark.parametrize("status", [CourseStatus.PLANNED, CourseStatus.POSTPONED])
async def test_a_planned_or_postponed_course_is_an_offer_too(
    centre: Centre, status: CourseStatus
) -> None:
    citizen_id = await _citizen(centre)
    async with centre.leader.factory() as session:
        held = CourseOpening("SUL_140", status, started_on=DAY)
        await open_course(session, held, centre_id=centre.id, citizen_id=citizen_id)
        with pytest.raises(Conflict) as refused:
            await open_course(session, _grant(), centre_id=centre.id, citizen_id=citizen_id)
        assert refused.value.rule == "one_offer_at_a_time"
        await session.rollback()


async def test_ended_courses_do_not_count(centre: Centre) -> None:
    citizen_id = await _citizen(centre)
    async with centre.leader.factory() as session:
        for ended_on in (date(2025, 1, 31), date(2025, 6, 30)):
            earlier = open_earlier(
                "SUL_140", started_on=None, ended_on=ended_on, note=None, today=DAY
            )
            await open_course(session, earlier, centre_id=centre.id, citizen_id=citizen_id)
        course = await open_course(session, _grant(), centre_id=centre.id, citizen_id=citizen_id)
        assert course.status == CourseStatus.ACTIVE
        assert course.disciplines == ["physiotherapy"]
        assert course.form == "team_training"
        await session.rollback()
