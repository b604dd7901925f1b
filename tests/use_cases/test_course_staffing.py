"""The staff a course's sessions are booked with, and absences changed and removed, without
HTTP. The clock stands at Monday 23 November 2026, 10:00 in Copenhagen."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from api.citizens.schemas import CitizenIn
from api.citizens.use_cases import create_citizen
from api.scheduling.schemas import AbsenceIn
from api.scheduling.use_cases import add_absence, change_absence, current_absences, remove_absence
from api.training.use_cases import bookable_staff, list_training_services
from domain.errors import NotFound
from domain.scheduling import AbsenceKind, ProviderKind
from domain.training import CourseForm, Discipline, open_from_grant
from persistence.training import open_course
from tests.api.helpers import CITIZEN
from tests.conftest import add_staff
from tests.use_cases.conftest import Centre


async def _course(centre: Centre, legal_basis: str, cpr: str = CITIZEN["cpr"]) -> uuid.UUID:
    """An active course (no case) of a new citizen at Træningscenter Syd."""
    citizen = await centre.leader(create_citizen, CitizenIn.model_validate({**CITIZEN, "cpr": cpr}))
    opening = open_from_grant(
        legal_basis, sent_on=date(2026, 11, 23), course_start=None,
        disciplines=[Discipline.PHYSIOTHERAPY], form=CourseForm.INDIVIDUAL_AT_HOME,
        transport_needed=False,
    )  # fmt: skip
    async with centre.leader.factory() as session:
        course = await open_course(session, opening, centre_id=centre.id, citizen_id=citizen.id,
                                   site_id=centre.sites["syd"])  # fmt: skip
        await session.commit()
    return course.id


async def test_assistants_of_the_courses_site_are_bookable_for_maintenance_only(
    centre: Centre, engine: AsyncEngine, password_hash: str
) -> None:
    syd = await add_staff(engine, centre.id, password_hash, username="assistent",
                          roles=["training_assistant"], sites=["syd"])  # fmt: skip
    nord = await add_staff(engine, centre.id, password_hash, username="nordassistent",
                           roles=["training_assistant"], sites=["nord"])  # fmt: skip
    maintenance = await centre.leader(bookable_staff, await _course(centre, "SEL_86_2"))
    assert maintenance.maintenance is True
    offered = {item.id: item.provider for item in maintenance.staff}
    assert offered[syd] is ProviderKind.TRAINING_ASSISTANT
    assert nord not in offered
    assert offered[centre.leader.principal.id] is ProviderKind.THERAPIST
    rehabilitation = await centre.leader(
        bookable_staff, await _course(centre, "SEL_86_1", "030380-3333")
    )
    assert rehabilitation.maintenance is False
    assert syd not in {item.id for item in rehabilitation.staff}


def test_the_fsiii_list_groups_each_service_under_its_legal_basis() -> None:
    services = list_training_services()
    groups = {service.display: service.group.value for service in services}
    assert groups["ADL-træning"] == "health_act_140"
    assert groups["Vedligehold af færdigheder (H6.1)"] == "social_services_act_86"
    assert len({service.code for service in services}) == 14


async def test_an_absence_is_changed_and_removed(centre: Centre) -> None:
    staff = centre.north.principal.id
    holiday = AbsenceIn(kind=AbsenceKind.HOLIDAY, first_day=date(2026, 12, 21),
                        last_day=date(2026, 12, 23))  # fmt: skip
    recorded = await centre.leader(add_absence, staff, holiday)
    longer = holiday.model_copy(update={"last_day": date(2027, 1, 4)})
    changed = await centre.leader(change_absence, staff, recorded.id, longer)
    assert (changed.id, changed.last_day) == (recorded.id, date(2027, 1, 4))
    listed = await centre.leader(current_absences, staff)
    assert [(a.first_day, a.last_day) for a in listed] == [(date(2026, 12, 21), date(2027, 1, 4))]
    await centre.leader(remove_absence, staff, recorded.id)
    assert await centre.leader(current_absences, staff) == []
    with pytest.raises(NotFound):
        await centre.leader(change_absence, staff, recorded.id, holiday)
