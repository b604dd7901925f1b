"""The centre's own settings: sites, closure days, legal bases and the service standard."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from api.centre import use_cases
from api.centre.schemas import (
    ClosureDayAdded,
    ClosureDayIn,
    ClosureDayOut,
    ClosureHit,
    ClosureTeamHit,
    LegalBasisOut,
    LimitOut,
    ServiceStandardVersionIn,
    SiteOut,
    TherapistOut,
)
from api.context import guard
from api.unit_of_work import Work
from domain.access import Permission
from domain.training import Discipline

router = APIRouter(tags=["centre"])


@router.get("/sites", operation_id="centre-list_sites", **guard(Permission.CENTRE_READ))
async def list_sites(work: Work) -> list[SiteOut]:
    """The centre's training sites."""
    rows = await use_cases.list_sites(work)
    return [SiteOut.model_validate(row, from_attributes=True) for row in rows]


@router.get(
    "/closure-days",
    operation_id="centre-list_closure_days",
    **guard(Permission.CENTRE_READ),
)
async def list_closure_days(work: Work) -> list[ClosureDayOut]:
    """Days the centre has closed beyond holidays and the default closure days."""
    rows = await use_cases.list_closure_days(work)
    return [ClosureDayOut.model_validate(row, from_attributes=True) for row in rows]


@router.post(
    "/closure-days",
    operation_id="centre-add_closure_day",
    **guard(Permission.CENTRE_MANAGE),
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Already a closure day"}},
)
async def add_closure_day(body: ClosureDayIn, work: Work) -> ClosureDayAdded:
    """Add a closure day. Deadlines already set on existing cases keep their dates; the
    bookings on the day are listed in `hits`, to rebook, and the team occurrences in
    `team_hits` (nothing is deleted)."""
    row, hits, team_hits = await use_cases.add_closure_day(work, body)
    return ClosureDayAdded(
        id=row.id, day=row.day, reason=row.reason,
        hits=[ClosureHit(appointment_id=hit.id, starts_at=hit.starts_at, ends_at=hit.ends_at,
                         staff_id=hit.staff_id, home_helper_id=hit.home_helper_id)
              for hit in hits],
        team_hits=[ClosureTeamHit.model_validate(hit, from_attributes=True) for hit in team_hits],
    )  # fmt: skip


@router.delete(
    "/closure-days/{closure_day_id}",
    operation_id="centre-remove_closure_day",
    **guard(Permission.CENTRE_MANAGE),
    status_code=status.HTTP_204_NO_CONTENT,
)
async def remove_closure_day(closure_day_id: uuid.UUID, work: Work) -> Response:
    await use_cases.remove_closure_day(work, closure_day_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/legal-bases", operation_id="centre-list_legal_bases", **guard(Permission.CENTRE_READ))
async def list_legal_bases(work: Work) -> list[LegalBasisOut]:
    return [LegalBasisOut.of(basis) for basis in await use_cases.list_legal_bases(work)]


@router.get(
    "/service-standard",
    operation_id="centre-list_service_standard",
    **guard(Permission.CENTRE_READ),
)
async def list_service_standard(work: Work) -> list[LimitOut]:
    """Every version of every limit; a case uses those in force on its day of receipt."""
    rows = await use_cases.list_service_standard(work)
    return [LimitOut.model_validate(row, from_attributes=True) for row in rows]


@router.post(
    "/service-standard",
    operation_id="centre-add_service_standard_version",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "A version with that effective date exists"}},
    **guard(Permission.CENTRE_MANAGE),
)
async def add_service_standard_version(
    body: ServiceStandardVersionIn, work: Work
) -> list[LimitOut]:
    """A new version of the limits for one legal basis, in force for cases received from its
    date on; cases received before keep the version they were received under."""
    rows = await use_cases.add_service_standard_version(work, body)
    return [LimitOut.model_validate(row, from_attributes=True) for row in rows]


@router.get("/therapists", operation_id="centre-list_therapists", **guard(Permission.CENTRE_READ))
async def list_therapists(work: Work) -> list[TherapistOut]:
    """Active staff who can hold an initial conversation, for booking one."""
    rows = await use_cases.list_therapists(work)
    return [
        TherapistOut(
            id=row.id,
            display_name=row.display_name,
            site_ids=row.site_ids,
            discipline=Discipline(row.discipline) if row.discipline else None,
        )
        for row in rows
    ]
