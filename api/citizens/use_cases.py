"""Citizens' use cases: register, read, search; the courses on a citizen's record.

Need to know: a citizen's record, courses and search hits are shown only to callers who may
see one of the citizen's cases (their sites', those assigned to them, or all with
cases.all_sites), and only they write about the citizen: `visible_citizen` finds one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from api.citizens.schemas import CitizenIn, CitizenOut, CitizenSearch
from api.context import audit
from api.training import EarlierCourseIn
from api.unit_of_work import UnitOfWork
from domain.citizens.cpr import Cpr
from domain.citizens.municipality import is_other_municipality, municipality_name
from domain.errors import NotFound, RuleViolation
from domain.training import open_earlier
from persistence import casework
from persistence.centre import get_legal_basis
from persistence.citizens import repository as citizens
from persistence.citizens.models import Citizen
from persistence.training import Course, courses_of_citizen, open_course


def citizen_out(row: Citizen) -> CitizenOut:
    """The citizen as the API shows them: the CPR number formatted, the municipality named."""
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


async def create_citizen(work: UnitOfWork, body: CitizenIn) -> Citizen:
    """Register a citizen; a CPR number already registered is a conflict naming them."""
    session, caller = work.session, work.caller
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
    return row


async def visible_citizen(work: UnitOfWork, citizen_id: uuid.UUID, *, use: str) -> Citizen:
    """The citizen, if the caller may see them; else the 404 of an unknown citizen, so their
    existence does not leak, logged as a refused attempt on them. A later failure of the
    work is logged as a refused attempt on them too."""
    caller = work.caller
    row, visible = await casework.get_visible_citizen(
        work.session, caller.centre_id, citizen_id, caller.principal.case_reach()
    )
    work.attempt(use=use, citizen_ids=[row.id])
    if not visible:
        raise NotFound("Borgeren findes ikke.")
    return row


async def show_citizen(work: UnitOfWork, citizen_id: uuid.UUID) -> Citizen:
    """The citizen's record, for callers who may see one of their cases."""
    row = await visible_citizen(work, citizen_id, use="read")
    await audit(work.session, work.caller, use="read", citizen_ids=[row.id])
    return row


@dataclass(frozen=True, slots=True)
class Match:
    citizen: Citizen
    seen: bool  # False: found by CPR number, but the caller may not see the record


async def search_citizens(work: UnitOfWork, body: CitizenSearch) -> list[Match]:
    """By CPR number (any citizen of the centre, the record only if visible) or by part of
    the name (the citizens the caller may see)."""
    session, caller = work.session, work.caller
    if body.cpr is None and body.name is None:
        raise RuleViolation("Angiv CPR-nummer eller navn.", field="cpr")
    if body.cpr is not None and body.name is not None:
        raise RuleViolation("Søg enten på CPR-nummer eller på navn.", field="name")
    reach = caller.principal.case_reach()
    if body.cpr is not None:
        found = await casework.look_up_cpr(
            session, caller.centre_id, Cpr.parse(body.cpr, today=caller.today()), reach
        )
        matches = [] if found is None else [Match(*found)]
        criterion = "cpr"  # the kind of criterion; the number itself stays out of the log
    else:
        rows = await casework.search_citizens(session, caller.centre_id, reach, name=body.name)
        matches = [Match(row, True) for row in rows]
        criterion = f"name:{body.name}"
    await audit(
        session,
        caller,
        use="search",
        citizen_ids=[match.citizen.id for match in matches],
        criterion=criterion[:200],
    )
    return matches


async def list_courses(work: UnitOfWork, citizen_id: uuid.UUID) -> list[Course]:
    """The citizen's courses at the centre, earlier ones recorded by staff included."""
    row = await visible_citizen(work, citizen_id, use="read")
    found = await courses_of_citizen(work.session, work.caller.centre_id, row.id)
    await audit(work.session, work.caller, use="read", citizen_ids=[row.id])
    return found


async def record_earlier_course(
    work: UnitOfWork, citizen_id: uuid.UUID, body: EarlierCourseIn
) -> Course:
    """A municipal course from before this system, with its end date, for the quarantine."""
    session, caller = work.session, work.caller
    row = await visible_citizen(work, citizen_id, use="change")
    await get_legal_basis(session, body.legal_basis)
    opening = open_earlier(
        body.legal_basis,
        started_on=body.started_on,
        ended_on=body.ended_on,
        note=body.note,
        today=caller.today(),
    )
    course = await open_course(session, opening, centre_id=caller.centre_id, citizen_id=row.id)
    await audit(session, caller, use="change", citizen_ids=[row.id])
    return course
