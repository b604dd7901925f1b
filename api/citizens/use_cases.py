"""Citizens' use cases: register, read, search; the courses on a citizen's record.

Need to know: a citizen's record, courses and search hits are shown only to callers who may
see one of the citizen's cases (their sites', those assigned to them, or all with
cases.all_sites), and only they write about the citizen: `visible_citizen` finds one.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from api.citizens.schemas import (
    CitizenCaseOut,
    CitizenChangeOut,
    CitizenIn,
    CitizenOut,
    CitizenSearch,
    RelativeOut,
)
from api.context import audit
from api.letters import LetterOut
from api.training import EarlierCourseIn
from api.unit_of_work import UnitOfWork
from domain.casework import CaseState, is_open
from domain.citizens import RECORD_FIELDS, changes
from domain.citizens.cpr import Cpr
from domain.citizens.municipality import is_other_municipality, municipality_name
from domain.errors import Conflict, NotFound, RuleViolation
from domain.training import open_earlier
from persistence import casework
from persistence.access import text_id
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
        email=row.email,
        general_practitioner=row.general_practitioner,
        general_practitioner_clinic=row.general_practitioner_clinic,
        general_practitioner_provider_number=row.general_practitioner_provider_number,
        relative=RelativeOut(
            name=row.relative_name, relation=row.relative_relation, phone=row.relative_phone
        )
        if row.relative_name
        else None,
    )


def _details(body: CitizenIn) -> dict[str, str | None]:
    """The record's optional columns from a body; an empty text is no value."""
    relative = body.relative
    return {
        "phone": body.phone or None,
        "email": body.email or None,
        "general_practitioner": body.general_practitioner or None,
        "general_practitioner_clinic": body.general_practitioner_clinic or None,
        "general_practitioner_provider_number": body.general_practitioner_provider_number,
        "relative_name": relative.name if relative else None,
        "relative_relation": (relative.relation or None) if relative else None,
        "relative_phone": (relative.phone or None) if relative else None,
    }


def _as_recorded(row: Citizen) -> dict[str, str | None]:
    """The record's fields by their API names, as the history shows them."""
    return {
        "cpr": Cpr(row.cpr).formatted(),
        "name": row.name,
        "address": row.address,
        "municipality_code": row.municipality_code,
        "phone": row.phone,
        "email": row.email,
        "general_practitioner": row.general_practitioner,
        "general_practitioner_clinic": row.general_practitioner_clinic,
        "general_practitioner_provider_number": row.general_practitioner_provider_number,
        "relative.name": row.relative_name,
        "relative.relation": row.relative_relation,
        "relative.phone": row.relative_phone,
    }


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
        **_details(body),
    )
    await audit(session, caller, use="create", citizen_ids=[row.id])
    return row


async def edit_citizen(work: UnitOfWork, citizen_id: uuid.UUID, body: CitizenIn) -> Citizen:
    """Replace the record; every field that changed goes in its history with who, when,
    the old and the new value. Only callers who may see the citizen edit them."""
    session, caller = work.session, work.caller
    row = await citizens.lock_citizen(
        session, await visible_citizen(work, citizen_id, use="change")
    )
    cpr = Cpr.parse(body.cpr, today=caller.today())
    municipality_name(body.municipality_code)
    if cpr.digits != row.cpr:
        taken = await casework.look_up_cpr(session, caller.centre_id, cpr, reach=None)
        if taken is not None:
            raise Conflict("En anden borger har dette CPR-nummer.", field="cpr")
    columns: dict[str, object] = {
        "cpr": cpr.digits,
        "birth_date": cpr.birth_date,
        "name": body.name,
        "address": body.address,
        "municipality_code": body.municipality_code,
        **_details(body),
    }
    before = _as_recorded(row)
    for column, value in columns.items():
        setattr(row, column, value)
    await citizens.record_changes(
        session,
        row,
        changes(before, _as_recorded(row)),
        actor=caller.actor,
        user_id=caller.principal.user_id,
    )
    await audit(session, caller, use="change", citizen_ids=[row.id])
    return row


async def list_changes(work: UnitOfWork, citizen_id: uuid.UUID) -> list[CitizenChangeOut]:
    """The history of the citizen's record, newest first."""
    row = await visible_citizen(work, citizen_id, use="read")
    found = await citizens.changes_of(work.session, work.caller.centre_id, row.id)
    await audit(work.session, work.caller, use="read", citizen_ids=[row.id])
    # One edit's changes share their moment: shown in the record's order.
    found.sort(key=lambda change: RECORD_FIELDS.index(change.field))
    found.sort(key=lambda change: change.changed_at, reverse=True)
    return [CitizenChangeOut.model_validate(change, from_attributes=True) for change in found]


async def list_cases(work: UnitOfWork, citizen_id: uuid.UUID) -> list[CitizenCaseOut]:
    """The citizen's cases the caller may see, newest first, with their letters."""
    caller = work.caller
    row = await visible_citizen(work, citizen_id, use="read")
    found = await casework.cases_of(
        work.session, caller.centre_id, row.id, caller.principal.case_reach()
    )
    await audit(work.session, caller, use="read", citizen_ids=[row.id])
    return [
        CitizenCaseOut(
            id=item.case.id,
            legal_basis=item.case.legal_basis,
            status=CaseState(item.case.status),
            open=is_open(CaseState(item.case.status)),
            received_date=item.case.received_date,
            condition=item.case.condition,
            site_name=item.site_name,
            letters=[
                LetterOut.model_validate(letter, from_attributes=True) for letter in item.letters
            ],
        )
        for item in found
    ]


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


def citizen_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """`citizen_out` for a row of a lean read (persistence.casework's `search`): the same
    fields in the same order, JSON-ready."""
    relative = row["relative_name"]
    code = row["municipality_code"]
    return {
        "id": text_id(row["id"]),
        "cpr": Cpr(row["cpr"]).formatted(),
        "birth_date": row["birth_date"],
        "name": row["name"],
        "address": row["address"],
        "municipality_code": code,
        "municipality_name": municipality_name(code),
        "other_municipality": is_other_municipality(code),
        "phone": row["phone"],
        "email": row["email"],
        "general_practitioner": row["general_practitioner"],
        "general_practitioner_clinic": row["general_practitioner_clinic"],
        "general_practitioner_provider_number": row["general_practitioner_provider_number"],
        "relative": {
            "name": relative,
            "relation": row["relative_relation"],
            "phone": row["relative_phone"],
        }
        if relative
        else None,
    }


async def search_citizens(work: UnitOfWork, body: CitizenSearch) -> list[dict[str, Any]]:
    """By CPR number (any citizen of the centre, the record only if visible) or by part of
    the name or by phone (the citizens the caller may see): the hits as the API's
    `CitizenMatch` in JSON-ready form. A hot read, written the lean way
    (persistence/access/reads.py): the hits and the search's access-log entry are one
    statement."""
    session, caller = work.session, work.caller
    given = [field for field in ("cpr", "name", "phone") if getattr(body, field) is not None]
    if not given:
        raise RuleViolation("Angiv CPR-nummer, navn eller telefonnummer.", field="cpr")
    if len(given) > 1:
        raise RuleViolation("Søg på ét af CPR-nummer, navn og telefonnummer.", field=given[-1])
    cpr = Cpr.parse(body.cpr, today=caller.today()) if body.cpr is not None else None
    digits = "".join(ch for ch in body.phone if ch.isdigit()) if body.phone is not None else None
    # The kind of criterion for a CPR number or phone: the number itself stays out of the log.
    criterion = "cpr" if cpr else "phone" if digits is not None else f"name:{body.name}"
    principal = caller.principal
    rows = await casework.search(
        session,
        caller.centre_id,
        principal.case_reach(),
        caller.entry(use="search", criterion=criterion[:200]),
        cpr=cpr,
        name=body.name if cpr is None and digits is None else None,
        phone_digits=digits,
    )
    return [
        {
            "id": text_id(row["id"]),
            "name": row["name"],
            "record": citizen_record(row) if seen else None,
        }
        for row in rows
        for seen in [row["seen"]]
    ]


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
