"""What bookings are made with: staff working hours and absences, rooms, home helpers."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from api.context import guard
from api.scheduling import use_cases
from api.scheduling.schemas import (
    AbsenceIn,
    AbsenceOut,
    HomeHelperIn,
    HomeHelperOut,
    RoomIn,
    RoomOut,
    StaffAbsenceOut,
    WorkingHoursIn,
    WorkingHoursOut,
)
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["scheduling"])
MANAGE = guard(Permission.SCHEDULING_MANAGE)
READ = guard(Permission.CENTRE_READ)


@router.get("/staff/{staff_id}/working-hours", operation_id="scheduling-get_working_hours", **READ)
async def get_working_hours(staff_id: uuid.UUID, work: Work) -> WorkingHoursOut:
    """The member of staff's working week (Copenhagen time)."""
    return await use_cases.working_hours(work, staff_id)


@router.put(
    "/staff/{staff_id}/working-hours", operation_id="scheduling-set_working_hours", **MANAGE
)
async def set_working_hours(
    staff_id: uuid.UUID, body: WorkingHoursIn, work: Work
) -> WorkingHoursOut:
    """Replace the member of staff's working week; bookings outside it need a reason."""
    return await use_cases.set_working_hours(work, staff_id, body)


@router.post(
    "/staff/{staff_id}/absences",
    operation_id="scheduling-add_absence",
    status_code=status.HTTP_201_CREATED,
    **guard(Permission.SCHEDULING_MANAGE, citizen_data="read"),
)
async def add_absence(staff_id: uuid.UUID, body: AbsenceIn, work: Work) -> AbsenceOut:
    """Holiday, illness or a course: whole days. The answer lists the bookings it hits."""
    return await use_cases.add_absence(work, staff_id, body)


@router.get("/staff/{staff_id}/absences", operation_id="scheduling-list_absences", **MANAGE)
async def list_absences(staff_id: uuid.UUID, work: Work) -> list[StaffAbsenceOut]:
    """The member of staff's absences not yet over, the earliest first."""
    return await use_cases.current_absences(work, staff_id)


@router.put(
    "/staff/{staff_id}/absences/{absence_id}",
    operation_id="scheduling-change_absence",
    **guard(Permission.SCHEDULING_MANAGE, citizen_data="read"),
)
async def change_absence(
    staff_id: uuid.UUID, absence_id: uuid.UUID, body: AbsenceIn, work: Work
) -> AbsenceOut:
    """Replace the absence's kind, days and note. The answer lists the bookings the changed
    absence hits, to rebook."""
    return await use_cases.change_absence(work, staff_id, absence_id, body)


@router.delete(
    "/staff/{staff_id}/absences/{absence_id}",
    operation_id="scheduling-remove_absence",
    status_code=status.HTTP_204_NO_CONTENT,
    **MANAGE,
)
async def remove_absence(staff_id: uuid.UUID, absence_id: uuid.UUID, work: Work) -> Response:
    """Remove an absence recorded by mistake or called off; its days are bookable again."""
    await use_cases.remove_absence(work, staff_id, absence_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/sites/{site_id}/rooms", operation_id="scheduling-list_rooms", **READ)
async def list_rooms(site_id: uuid.UUID, work: Work) -> list[RoomOut]:
    """The site's rooms with their capacity."""
    rooms = await use_cases.list_rooms(work, site_id)
    return [RoomOut.model_validate(room, from_attributes=True) for room in rooms]


@router.post(
    "/sites/{site_id}/rooms",
    operation_id="scheduling-add_room",
    status_code=status.HTTP_201_CREATED,
    **MANAGE,
)
async def add_room(site_id: uuid.UUID, body: RoomIn, work: Work) -> RoomOut:
    """A room at the site; `capacity` sessions may use it at once."""
    room = await use_cases.add_room(work, site_id, body.name, body.capacity)
    return RoomOut.model_validate(room, from_attributes=True)


@router.get("/home-helpers", operation_id="scheduling-list_home_helpers", **READ)
async def list_home_helpers(work: Work) -> list[HomeHelperOut]:
    """The home helpers of the municipal home care who give vedligeholdende training."""
    helpers = await use_cases.list_home_helpers(work)
    return [HomeHelperOut.model_validate(helper, from_attributes=True) for helper in helpers]


@router.post(
    "/home-helpers",
    operation_id="scheduling-add_home_helper",
    status_code=status.HTTP_201_CREATED,
    **MANAGE,
)
async def add_home_helper(body: HomeHelperIn, work: Work) -> HomeHelperOut:
    """A home helper: a name and a home-care unit, no login."""
    helper = await use_cases.add_home_helper(work, body.name, body.home_care_unit)
    return HomeHelperOut.model_validate(helper, from_attributes=True)
