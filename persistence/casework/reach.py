"""Need to know, through cases: the citizens a caller reaches through their cases, and the
citizen a request's case or letter names.

A caller sees a citizen who has a case at one of their sites or assigned to them
(`Principal.may_see_citizen`); these are the queries that ask it in SQL, so they live with
the cases they join.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    bindparam,
    exists,
    func,
    literal_column,
    or_,
    select,
    true,
    union,
)
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import CaseReach
from domain.citizens import Cpr
from domain.errors import NotFound
from persistence.access import fetch, logged_read
from persistence.casework.models import Case
from persistence.centre import Site
from persistence.citizens import Citizen
from persistence.letters import Letter

SEARCH_LIMIT = 50


def within_reach(reach: CaseReach | None) -> ColumnElement[bool]:
    """Need to know, in SQL (the twin of `Principal.may_see_citizen`): citizens with a case
    at the caller's sites or assigned to them; every citizen when `reach` is None."""
    if reach is None:
        return true()
    return exists().where(
        Case.centre_id == Citizen.centre_id, Case.citizen_id == Citizen.id, case_in_reach(reach)
    )


def case_in_reach(reach: CaseReach | None) -> ColumnElement[bool]:
    """A case the caller may see: at their sites or assigned to them (all with None)."""
    if reach is None:
        return true()
    through: list[ColumnElement[bool]] = [Case.site_id.in_(sorted(reach.site_ids))]
    if reach.user_id is not None:
        through.append(Case.assigned_to == reach.user_id)
    return or_(*through)


async def get_visible_citizen(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID, reach: CaseReach | None
) -> tuple[Citizen, bool]:
    """The citizen and whether `reach` lets the caller see them; NotFound if there is none.

    Both in one query, so a refusal can be logged under the citizen it hid.
    """
    found = await _with_reach(session, reach, Citizen.centre_id == centre_id,
                              Citizen.id == citizen_id)  # fmt: skip
    if found is None:
        raise NotFound("Borgeren findes ikke.")
    return found


async def look_up_cpr(
    session: AsyncSession, centre_id: uuid.UUID, cpr: Cpr, reach: CaseReach | None
) -> tuple[Citizen, bool] | None:
    """The citizen with this CPR number, whoever's they are, and whether `reach` sees them."""
    return await _with_reach(session, reach, Citizen.centre_id == centre_id,
                             Citizen.cpr == cpr.digits)  # fmt: skip


async def _with_reach(
    session: AsyncSession, reach: CaseReach | None, *where: ColumnElement[bool]
) -> tuple[Citizen, bool] | None:
    row = (await session.execute(select(Citizen, within_reach(reach)).where(*where))).one_or_none()
    if row is None:
        return None
    citizen, visible = row
    return citizen, bool(visible)


# A citizen's record as a search hit shows it (api.citizens' CitizenOut), and `seen`.
_RECORD = (
    Citizen.id, Citizen.cpr, Citizen.birth_date, Citizen.name, Citizen.address,
    Citizen.municipality_code, Citizen.phone, Citizen.email, Citizen.general_practitioner,
    Citizen.general_practitioner_clinic, Citizen.general_practitioner_provider_number,
    Citizen.relative_name, Citizen.relative_relation, Citizen.relative_phone,
)  # fmt: skip


def _reach_shape(reach: CaseReach | None) -> tuple[str, dict[str, Any]]:
    """How `reach` shapes a statement's text, and its bind values."""
    if reach is None:
        return "all", {}
    values: dict[str, Any] = {"reach_site_ids": sorted(reach.site_ids)}
    if reach.user_id is None:
        return "sites", values
    return "sites_or_assigned", {**values, "reach_user_id": reach.user_id}


def _within_reach(shape: str) -> ColumnElement[bool]:
    """`within_reach` with bind parameters for the reach's values (`_reach_shape`)."""
    if shape == "all":
        return true()
    through: list[ColumnElement[bool]] = [
        Case.site_id.in_(bindparam("reach_site_ids", expanding=True))
    ]
    if shape == "sites_or_assigned":
        through.append(Case.assigned_to == bindparam("reach_user_id"))
    return exists().where(
        Case.centre_id == Citizen.centre_id, Case.citizen_id == Citizen.id, or_(*through)
    )


def _last_eight(column: Any) -> ColumnElement[str]:
    # Constants in the text: a lean statement's only bind parameters are its named ones.
    digits = func.regexp_replace(column, literal_column("'[^0-9]'"), literal_column("''"),
                                 literal_column("'g'"))  # fmt: skip
    return func.right(digits, literal_column("8"))


@cache
def citizen_search_query(by: str, reach: str) -> Select[Any]:
    """Search hits and the search's access-log entry, as one statement, built once per
    shape (persistence/access/reads.py). The search is logged even when it finds nobody."""
    return logged_read(citizen_search_read(by, reach), citizen="id", order_by=["name", "id"],
                       always=True)  # fmt: skip


@cache
def citizen_search_read(by: str, reach: str) -> Select[Any]:
    """Search hits, `by` cpr, name or phone. A name or phone search finds the citizens
    within reach; a CPR look-up any citizen, `seen` telling whether the caller may see the
    record."""
    visible = _within_reach(reach)
    labelled: list[Any] = [column.label(column.key) for column in _RECORD]
    query = select(*labelled)
    query = query.add_columns((visible if by == "cpr" else true()).label("seen"))
    query = query.where(Citizen.centre_id == bindparam("centre_id"))
    if by == "cpr":
        query = query.where(Citizen.cpr == bindparam("cpr", type_=String))
    else:
        query = query.where(visible)
    if by == "name":
        query = query.where(Citizen.name.ilike(bindparam("pattern", type_=String), escape="\\"))
    if by == "phone":
        tail = bindparam("tail", type_=String)
        query = query.where(
            or_(_last_eight(Citizen.phone) == tail, _last_eight(Citizen.relative_phone) == tail)
        )
    limit = bindparam("search_limit", SEARCH_LIMIT, type_=Integer, literal_execute=True)
    return query.order_by(Citizen.name, Citizen.id).limit(limit)


async def search(
    session: AsyncSession,
    centre_id: uuid.UUID,
    reach: CaseReach | None,
    entry: Mapping[str, Any],
    *,
    cpr: Cpr | None = None,
    name: str | None = None,
    phone_digits: str | None = None,
) -> Sequence[Any]:
    """Citizens by one of CPR number, part of the name or phone number (the last 8 digits of
    the citizen's or their relative's), at most SEARCH_LIMIT, by name; one round trip that
    also writes the search's access-log entry (`entry`, persistence.access's `entry`)."""
    shape, values = _reach_shape(reach)
    values.update(entry, centre_id=centre_id)
    if cpr is not None:
        by, values["cpr"] = "cpr", cpr.digits
    elif name is not None:
        escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        by, values["pattern"] = "name", f"%{escaped}%"
    else:
        by, values["tail"] = "phone", (phone_digits or "")[-8:]
    return await fetch(session, citizen_search_query(by, shape), values)


@dataclass(frozen=True, slots=True)
class CitizenCase:
    case: Case
    site_name: str
    letters: list[Any]  # rows with LetterOut's fields


async def cases_of(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID, reach: CaseReach | None
) -> list[CitizenCase]:
    """The citizen's cases within `reach` (need to know: another site's case stays hidden),
    newest first, each with its letters (without their PDFs)."""
    query = (
        select(Case, Site.name)
        .join(Site, Site.id == Case.site_id)
        .where(Case.centre_id == centre_id, Case.citizen_id == citizen_id, case_in_reach(reach))
        .order_by(Case.received_at.desc(), Case.id)
    )
    found = (await session.execute(query)).all()
    letters = (
        await session.execute(
            select(
                Letter.id, Letter.kind, Letter.template_version, Letter.content_hash,
                Letter.created_at, Letter.created_by, Letter.case_id,
            )
            .where(Letter.centre_id == centre_id, Letter.case_id.in_([c.id for c, _ in found]))
            .order_by(Letter.created_at, Letter.id)
        )
    ).all()  # fmt: skip
    by_case: dict[uuid.UUID, list[Any]] = {}
    for letter in letters:
        by_case.setdefault(letter.case_id, []).append(letter)
    return [CitizenCase(case, site, by_case.get(case.id, [])) for case, site in found]


# Path parameters that identify a citizen, directly or through their case or letter.
CITIZEN_TARGETS = ("citizen_id", "case_id", "letter_id")


async def citizens_named(
    session: AsyncSession, centre_id: uuid.UUID, ids: Mapping[str, uuid.UUID]
) -> list[uuid.UUID]:
    """The citizens a request's target identifies, in one query (ids of no record name none).

    A refused attempt is logged under them, so a search by citizen finds it.
    """
    parts = []
    if "citizen_id" in ids:
        parts.append(
            select(Citizen.id).where(
                Citizen.centre_id == centre_id, Citizen.id == ids["citizen_id"]
            )
        )
    if "case_id" in ids:
        parts.append(
            select(Case.citizen_id).where(Case.centre_id == centre_id, Case.id == ids["case_id"])
        )
    if "letter_id" in ids:
        parts.append(
            select(Case.citizen_id)
            .join(Letter, Letter.case_id == Case.id)
            .where(Case.centre_id == centre_id, Letter.id == ids["letter_id"])
        )
    if not parts:
        return []
    query = parts[0] if len(parts) == 1 else union(*parts)
    return list(await session.scalars(query))
