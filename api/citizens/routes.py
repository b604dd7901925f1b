"""Citizens: register, read and search. CPR numbers travel only in bodies, never in URLs.

Need to know: a citizen's record, courses and search hits are shown only to callers who may
see one of the citizen's cases (their sites', those assigned to them, or all with
cases.all_sites), and only they write about the citizen. Routes that show or change a
citizen's details get them through `visible_citizen`, or filter with
`persistence.citizens.repository.within_reach`.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, status

from api.citizens.schemas import CitizenIn, CitizenList, CitizenMatch, CitizenOut, CitizenSearch
from api.context import Caller, CallerDep, Session, audit, guard, note_attempt
from api.training import CourseOut, EarlierCourseIn
from domain.access import Permission
from domain.citizens.cpr import Cpr
from domain.citizens.municipality import is_other_municipality, municipality_name
from domain.errors import NotFound, RuleViolation
from persistence.casework import get_legal_basis
from persistence.citizens import repository as citizens
from persistence.citizens.models import Citizen
from persistence.training import Course, courses_of_citizen

router = APIRouter(prefix="/citizens", tags=["citizens"])


def citizen_out(row: Citizen) -> CitizenOut:
    return CitizenOut(
        id=row.id,
        cpr=Cpr(row.cpr).formatted(),
        birth_date=row.birth_date,
        name=row.name,
        address=row.address,
        municipality_code=row.municipality_code,
        municipality_name=municipality_name(row.municipality_code),
        other_municipality=is_other_municipality(row.municipality_code),
        phone=row.phone,
        general_practitioner=row.general_practitioner,
    )


@router.post(
    "",
    operation_id="citizens-create",
    status_code=status.HTTP_201_CREATED,
    **guard(Permission.CITIZENS_WRITE, citizen_data="create"),
    responses={
        409: {"description": "The CPR number is registered; `existing_citizen_id` names it"}
    },
)
async def create_citizen(body: CitizenIn, session: Session, caller: CallerDep) -> CitizenOut:
    """Register a citizen (borger)."""
    cpr = Cpr.parse(body.cpr, today=caller.today())
    municipality_name(body.municipality_code)  # any of the 98; others are flagged on cases
    row = await citizens.add_citizen(
        session,
        caller.centre_id,
        cpr=cpr,
        name=body.name,
        address=body.address,
        municipality_code=body.municipality_code,
        phone=body.phone or None,
        general_practitioner=body.general_practitioner or None,
    )
    await audit(session, caller, use="create", citizen_ids=[row.id])
    return citizen_out(row)


async def visible_citizen(
    citizen_id: uuid.UUID, request: Request, session: Session, caller: Caller, *, use: str
) -> Citizen:
    """The citizen, if the caller may see them; else the 404 of an unknown citizen, so their
    existence does not leak, logged as a refused attempt on them. A later failure of the
    request is logged as a refused attempt on them too."""
    row, visible = await citizens.get_visible_citizen(
        session, caller.centre_id, citizen_id, caller.principal.case_reach()
    )
    note_attempt(request, caller, use=use, citizen_ids=[row.id])
    if not visible:
        raise NotFound("Borgeren findes ikke.")
    return row


@router.get(
    "/{citizen_id}",
    operation_id="citizens-get",
    **guard(Permission.CITIZENS_READ, citizen_data="read"),
)
async def get_citizen(
    citizen_id: uuid.UUID, request: Request, session: Session, caller: CallerDep
) -> CitizenOut:
    """The citizen's record, for callers who may see one of their cases."""
    row = await visible_citizen(citizen_id, request, session, caller, use="read")
    await audit(session, caller, use="read", citizen_ids=[row.id])
    return citizen_out(row)


@router.post(
    "/search",
    operation_id="citizens-search",
    **guard(Permission.CITIZENS_READ, citizen_data="search"),
)
async def search_citizens(body: CitizenSearch, session: Session, caller: CallerDep) -> CitizenList:
    """Find citizens by CPR number or by part of the name.

    A name search finds the citizens the caller may see. A CPR look-up finds any citizen of
    the centre, so that nobody is registered twice and a referral can name them, but answers
    the full record only of one the caller may see: else `record` is null."""
    if body.cpr is None and body.name is None:
        raise RuleViolation("Angiv CPR-nummer eller navn.", field="cpr")
    if body.cpr is not None and body.name is not None:
        raise RuleViolation("Søg enten på CPR-nummer eller på navn.", field="name")
    reach = caller.principal.case_reach()
    if body.cpr is not None:
        found = await citizens.look_up_cpr(
            session, caller.centre_id, Cpr.parse(body.cpr, today=caller.today()), reach
        )
        matches = [] if found is None else [found]
        criterion = "cpr"  # the kind of criterion; the number itself stays out of the log
    else:
        rows = await citizens.search_citizens(session, caller.centre_id, reach, name=body.name)
        matches = [(row, True) for row in rows]
        criterion = f"name:{body.name}"
    await audit(
        session,
        caller,
        use="search",
        citizen_ids=[row.id for row, _ in matches],
        criterion=criterion[:200],
    )
    return CitizenList(
        items=[
            CitizenMatch(id=row.id, name=row.name, record=citizen_out(row) if seen else None)
            for row, seen in matches
        ]
    )


@router.get(
    "/{citizen_id}/courses",
    operation_id="citizens-list_courses",
    **guard(Permission.CITIZENS_READ, citizen_data="read"),
)
async def list_courses(
    citizen_id: uuid.UUID, request: Request, session: Session, caller: CallerDep
) -> list[CourseOut]:
    """The citizen's courses at the centre, earlier ones recorded by staff included."""
    row = await visible_citizen(citizen_id, request, session, caller, use="read")
    found = await courses_of_citizen(session, caller.centre_id, row.id)
    await audit(session, caller, use="read", citizen_ids=[row.id])
    return [CourseOut.model_validate(course, from_attributes=True) for course in found]


@router.post(
    "/{citizen_id}/courses",
    operation_id="citizens-record_earlier_course",
    status_code=status.HTTP_201_CREATED,
    **guard(Permission.CITIZENS_WRITE, citizen_data="change"),
)
async def record_earlier_course(
    citizen_id: uuid.UUID,
    body: EarlierCourseIn,
    request: Request,
    session: Session,
    caller: CallerDep,
) -> CourseOut:
    """A municipal course from before this system, with its end date, so the 5-month
    quarantine on renewed genoptræning applications sees it. Only for callers who may see one
    of the citizen's cases: the course changes the quarantine on all of them."""
    row = await visible_citizen(citizen_id, request, session, caller, use="change")
    await get_legal_basis(session, body.legal_basis)
    if body.ended_on > caller.today():
        raise RuleViolation("Et tidligere forløb skal være afsluttet.", field="ended_on")
    if body.started_on is not None and body.started_on > body.ended_on:
        raise RuleViolation("Forløbet kan ikke starte efter det sluttede.", field="started_on")
    course = Course(
        centre_id=caller.centre_id,
        citizen_id=row.id,
        legal_basis=body.legal_basis,
        status="ended",
        started_on=body.started_on,
        ended_on=body.ended_on,
        earlier=True,
        note=body.note,
    )
    session.add(course)
    await session.flush()
    await audit(session, caller, use="change", citizen_ids=[row.id])
    return CourseOut.model_validate(course, from_attributes=True)
