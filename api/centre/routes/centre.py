"""The centre's own settings: sites, closure days, legal bases and the service standard."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status
from sqlalchemy import select

from api.centre.schemas import (
    ClosureDayIn,
    ClosureDayOut,
    LegalBasisOut,
    LimitOut,
    ServiceStandardVersionIn,
    SiteOut,
    TherapistOut,
)
from api.context import CallerDep, Session, guard
from domain.access import CLINICAL_ROLES, Permission
from domain.calendar import WorkingDayCalendar
from domain.centre.service_standard import Limit, check_new_version
from persistence.access import list_users
from persistence.casework import get_legal_basis
from persistence.centre import centres
from persistence.centre.models import LegalBasisRow

router = APIRouter(tags=["centre"])


@router.get("/sites", operation_id="centre-list_sites", **guard(Permission.CENTRE_READ))
async def list_sites(session: Session, caller: CallerDep) -> list[SiteOut]:
    """The centre's training sites."""
    rows = await centres.list_sites(session, caller.centre_id)
    return [SiteOut.model_validate(row, from_attributes=True) for row in rows]


@router.get(
    "/closure-days",
    operation_id="centre-list_closure_days",
    **guard(Permission.CENTRE_READ),
)
async def list_closure_days(session: Session, caller: CallerDep) -> list[ClosureDayOut]:
    """Days the centre has closed beyond holidays and the default closure days."""
    rows = await centres.list_closure_days(session, caller.centre_id)
    return [ClosureDayOut.model_validate(row, from_attributes=True) for row in rows]


@router.post(
    "/closure-days",
    operation_id="centre-add_closure_day",
    **guard(Permission.CENTRE_MANAGE),
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Already a closure day"}},
)
async def add_closure_day(body: ClosureDayIn, session: Session, caller: CallerDep) -> ClosureDayOut:
    """Add a closure day. Deadlines already set on existing cases keep their dates."""
    WorkingDayCalendar().is_working_day(body.day)  # the calendar's years only
    row = await centres.add_closure_day(session, caller.centre_id, body.day, body.reason)
    return ClosureDayOut.model_validate(row, from_attributes=True)


@router.delete(
    "/closure-days/{closure_day_id}",
    operation_id="centre-remove_closure_day",
    **guard(Permission.CENTRE_MANAGE),
    status_code=status.HTTP_204_NO_CONTENT,
)
async def remove_closure_day(
    closure_day_id: uuid.UUID, session: Session, caller: CallerDep
) -> Response:
    await centres.remove_closure_day(session, caller.centre_id, closure_day_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/legal-bases", operation_id="centre-list_legal_bases", **guard(Permission.CENTRE_READ))
async def list_legal_bases(session: Session, _: CallerDep) -> list[LegalBasisOut]:
    rows = await session.scalars(select(LegalBasisRow).order_by(LegalBasisRow.code))
    return [LegalBasisOut.model_validate(row, from_attributes=True) for row in rows]


@router.get(
    "/service-standard",
    operation_id="centre-list_service_standard",
    **guard(Permission.CENTRE_READ),
)
async def list_service_standard(session: Session, caller: CallerDep) -> list[LimitOut]:
    """Every version of every limit; a case uses those in force on its day of receipt."""
    rows = await centres.service_standard_rows(session, caller.centre_id)
    return [LimitOut.model_validate(row, from_attributes=True) for row in rows]


@router.post(
    "/service-standard",
    operation_id="centre-add_service_standard_version",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "A version with that effective date exists"}},
    **guard(Permission.CENTRE_MANAGE),
)
async def add_service_standard_version(
    body: ServiceStandardVersionIn, session: Session, caller: CallerDep
) -> list[LimitOut]:
    """A new version of the limits for one legal basis, in force for cases received from its
    date on; cases received before keep the version they were received under."""
    await get_legal_basis(session, body.legal_basis)
    limits = [
        Limit(body.legal_basis, item.kind, item.value, item.unit, body.effective_from)
        for item in body.limits
    ]
    check_new_version(limits, today=caller.today())
    WorkingDayCalendar().is_working_day(body.effective_from)  # the calendar's years only
    rows = await centres.add_service_standard_version(session, caller.centre_id, limits)
    return [LimitOut.model_validate(row, from_attributes=True) for row in rows]


@router.get("/therapists", operation_id="centre-list_therapists", **guard(Permission.CENTRE_READ))
async def list_therapists(session: Session, caller: CallerDep) -> list[TherapistOut]:
    """Active staff who can hold an initial conversation, for booking one."""
    rows = await list_users(session, caller.centre_id)
    return [
        TherapistOut(id=row.id, display_name=row.display_name, site_ids=row.site_ids)
        for row in rows
        if row.active and CLINICAL_ROLES & set(row.roles)
    ]
