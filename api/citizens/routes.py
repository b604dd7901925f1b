"""Citizens: register, read and search. CPR numbers travel only in bodies, never in URLs.

Need to know: a citizen's record, courses and search hits are shown only to callers who may
see one of the citizen's cases (their sites', those assigned to them, or all with
cases.all_sites), and only they write about the citizen. The use cases that show or change a
citizen's details get them through `use_cases.visible_citizen`, or filter with
`persistence.casework.within_reach` (a caller reaches a citizen through a case).
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status
from pydantic_core import to_json

from api.citizens import use_cases
from api.citizens.schemas import (
    CitizenCaseOut,
    CitizenChangeOut,
    CitizenIn,
    CitizenList,
    CitizenOut,
    CitizenSearch,
)
from api.citizens.use_cases import citizen_out
from api.context import guard
from api.idempotency import IDEMPOTENCY_RESPONSES, Once, also_in_progress
from api.lean_route import LeanRoute, hot
from api.training import CourseOut, EarlierCourseIn
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(prefix="/citizens", tags=["citizens"], route_class=LeanRoute)


@router.post(
    "",
    operation_id="citizens-create",
    status_code=status.HTTP_201_CREATED,
    response_model=CitizenOut,
    **guard(Permission.CITIZENS_WRITE, citizen_data="create"),
    responses={
        **IDEMPOTENCY_RESPONSES,
        **also_in_progress("The CPR number is registered; `existing_citizen_id` names it"),
    },
)
async def create_citizen(body: CitizenIn, work: Work, once: Once) -> Response:
    """Register a citizen (borger)."""

    async def created() -> CitizenOut:
        return citizen_out(await use_cases.create_citizen(work, body))

    return await once.run(work, created)


@router.get(
    "/{citizen_id}",
    operation_id="citizens-get",
    **guard(Permission.CITIZENS_READ, citizen_data="read"),
)
async def get_citizen(citizen_id: uuid.UUID, work: Work) -> CitizenOut:
    """The citizen's record, for callers who may see one of their cases."""
    return citizen_out(await use_cases.show_citizen(work, citizen_id))


@router.put(
    "/{citizen_id}",
    operation_id="citizens-edit",
    **guard(Permission.CITIZENS_WRITE, citizen_data="change"),
    responses={409: {"description": "Another citizen has the CPR number"}},
)
async def edit_citizen(citizen_id: uuid.UUID, body: CitizenIn, work: Work) -> CitizenOut:
    """Replace the citizen's record; each changed field goes in its history (who, when, old
    and new value). Only for callers who may see one of the citizen's cases."""
    return citizen_out(await use_cases.edit_citizen(work, citizen_id, body))


@router.get(
    "/{citizen_id}/changes",
    operation_id="citizens-list_changes",
    **guard(Permission.CITIZENS_READ, citizen_data="read"),
)
async def list_changes(citizen_id: uuid.UUID, work: Work) -> list[CitizenChangeOut]:
    """The history of the citizen's record, newest first."""
    return await use_cases.list_changes(work, citizen_id)


@router.get(
    "/{citizen_id}/cases",
    operation_id="citizens-list_cases",
    **guard(Permission.CITIZENS_READ, citizen_data="read"),
)
async def list_cases(citizen_id: uuid.UUID, work: Work) -> list[CitizenCaseOut]:
    """The citizen's cases within the caller's reach, newest first, with their letters."""
    return await use_cases.list_cases(work, citizen_id)


@router.post(
    "/search",
    operation_id="citizens-search",
    response_model=CitizenList,
    **guard(Permission.CITIZENS_READ, citizen_data="search"),
)
@hot
async def search_citizens(body: CitizenSearch, work: Work) -> Response:
    """Find citizens by CPR number, by part of the name or by phone number.

    A name or phone search finds the citizens the caller may see. A CPR look-up finds any citizen of
    the centre, so that nobody is registered twice and a referral can name them, but answers
    the full record only of one the caller may see: else `record` is null."""
    items = await use_cases.search_citizens(work, body)
    # The hits are already the schema's JSON (the lean way: persistence/access/reads.py).
    return Response(to_json({"items": items}), media_type="application/json")


@router.get(
    "/{citizen_id}/courses",
    operation_id="citizens-list_courses",
    **guard(Permission.CITIZENS_READ, citizen_data="read"),
)
async def list_courses(citizen_id: uuid.UUID, work: Work) -> list[CourseOut]:
    """The citizen's courses at the centre, earlier ones recorded by staff included."""
    found = await use_cases.list_courses(work, citizen_id)
    return [CourseOut.model_validate(course, from_attributes=True) for course in found]


@router.post(
    "/{citizen_id}/courses",
    operation_id="citizens-record_earlier_course",
    status_code=status.HTTP_201_CREATED,
    response_model=CourseOut,
    responses=IDEMPOTENCY_RESPONSES,
    **guard(Permission.CITIZENS_WRITE, citizen_data="change"),
)
async def record_earlier_course(
    citizen_id: uuid.UUID, body: EarlierCourseIn, work: Work, once: Once
) -> Response:
    """A municipal course from before this system, with its end date, so the 5-month
    quarantine on renewed genoptræning applications sees it. Only for callers who may see one
    of the citizen's cases: the course changes the quarantine on all of them."""

    async def recorded() -> CourseOut:
        course = await use_cases.record_earlier_course(work, citizen_id, body)
        return CourseOut.model_validate(course, from_attributes=True)

    return await once.run(work, recorded)
