"""A small world for the course and scheduling repositories: three citizens with cases, two
courses (genoptræning under § 86 stk. 1, vedligeholdende under § 86 stk. 2), three therapists
working Monday to Friday 8-16, and a room for one at Træningscenter Syd."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from domain.scheduling import WorkingHours
from domain.training import CourseForm, Discipline, open_from_grant
from persistence.scheduling import add_room, set_working_hours
from persistence.training import open_course
from tests.api.helpers import new_case, site_ids
from tests.conftest import add_staff


@dataclass(frozen=True)
class World:
    centre_id: uuid.UUID
    syd: uuid.UUID
    room: uuid.UUID  # capacity 1
    hall: uuid.UUID  # capacity 2
    therapists: tuple[uuid.UUID, uuid.UUID, uuid.UUID]
    rehab_citizen: uuid.UUID
    rehab_course: uuid.UUID
    rehab_case: uuid.UUID
    maintenance_citizen: uuid.UUID
    maintenance_course: uuid.UUID
    third_citizen: uuid.UUID
    third_case: uuid.UUID
    assistant: uuid.UUID  # a training assistant of Syd, 8 to 16 on weekdays


WEEKDAYS_8_TO_16 = [WorkingHours(day, time(8), time(16)) for day in range(1, 6)]


async def _course(
    engine: AsyncEngine, centre_id: uuid.UUID, case: dict[str, Any], legal_basis: str
) -> uuid.UUID:
    opening = open_from_grant(
        legal_basis,
        sent_on=date(2026, 12, 1),
        course_start=date(2026, 12, 1),
        disciplines=[Discipline.PHYSIOTHERAPY],
        form=CourseForm.INDIVIDUAL_AT_CENTRE,
        transport_needed=False,
    )
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        course = await open_course(
            session,
            opening,
            centre_id=centre_id,
            citizen_id=uuid.UUID(case["citizen"]["id"]),
            case_id=uuid.UUID(case["id"]),
        )
        course.planned_end_on = date(2027, 3, 31)
        await session.flush()
        return course.id


@pytest.fixture
async def world(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> World:
    sites = await site_ids(client)
    syd = uuid.UUID(sites["syd"])
    rehab = await new_case(client)
    upkeep = await new_case(client, cpr="020280-2222", legal_basis="SEL_86_2")
    third = await new_case(client, cpr="030390-3333")
    therapists = []
    for name in ("terapeut1", "terapeut2", "terapeut3"):
        therapists.append(
            await add_staff(
                engine, centre_id, password_hash, username=name, roles=["therapist"], sites=["syd"]
            )
        )
    assistant = await add_staff(engine, centre_id, password_hash, username="assistent1",
                                roles=["training_assistant"], sites=["syd"])  # fmt: skip
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        await set_working_hours(session, centre_id, assistant, WEEKDAYS_8_TO_16)
        room = await add_room(session, centre_id, site_id=syd, name="Lokale 1", capacity=1)
        hall = await add_room(session, centre_id, site_id=syd, name="Salen", capacity=2)
        for therapist in therapists:
            await set_working_hours(session, centre_id, therapist, WEEKDAYS_8_TO_16)
        room_id, hall_id = room.id, hall.id
    return World(
        centre_id=centre_id,
        syd=syd,
        room=room_id,
        hall=hall_id,
        therapists=(therapists[0], therapists[1], therapists[2]),
        rehab_citizen=uuid.UUID(rehab["citizen"]["id"]),
        rehab_course=await _course(engine, centre_id, rehab, rehab["legal_basis"]),
        rehab_case=uuid.UUID(rehab["id"]),
        maintenance_citizen=uuid.UUID(upkeep["citizen"]["id"]),
        maintenance_course=await _course(engine, centre_id, upkeep, upkeep["legal_basis"]),
        third_citizen=uuid.UUID(third["citizen"]["id"]),
        third_case=uuid.UUID(third["id"]),
        assistant=assistant,
    )
