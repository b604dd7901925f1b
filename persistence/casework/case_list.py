"""Every case the caller may see, open or closed, a page at a time (for exports and lists).

A lean read (persistence/access/reads.py): one statement per shape of the filters, built
once, reads the page and writes its access-log entry naming the citizens on the page.
Pages follow each other by keyset on (day of receipt, case id), so a page costs the same
however deep into the list it is.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Date, Integer, Select, bindparam, or_, select, tuple_
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import CaseReach
from persistence.access import StaffUser, fetch, logged_read
from persistence.casework.models import Case
from persistence.centre import LegalBasisRow, Site
from persistence.citizens import Citizen

# The columns of a row, by label (the answer is shaped from them).
_COLUMNS = {
    "case_id": Case.id,
    "citizen_id": Citizen.id,
    "citizen_name": Citizen.name,
    "legal_basis": Case.legal_basis,
    "legal_basis_short_name": LegalBasisRow.short_name,
    "referral_kind": Case.referral_kind,
    "site_id": Site.id,
    "site_code": Site.code,
    "site_name": Site.name,
    "status": Case.status,
    "received_at": Case.received_at,
    "received_date": Case.received_date,
    "closed_at": Case.closed_at,
    "assignee_id": Case.assigned_to,
    "assignee_name": StaffUser.display_name,
    "flags": Case.flags,
    "possible_duplicate_of": Case.possible_duplicate_of,
    "sender_system": Case.sender_system,
    "sender_reference": Case.sender_reference,
}
STATES = ("open", "closed", "all")
# The filters that change the statement's text, in this order (its shape).
_FILTERS = ("after", "site_id", "legal_basis", "received_from", "received_to", "reach_sites",
            "reach_user_id")  # fmt: skip


@cache
def case_list_query(state: str, *shape: bool) -> Select[Any]:
    """The page and its access-log entry, for `state` and the filters given (`_FILTERS`)."""
    given = dict(zip(_FILTERS, shape, strict=True))
    conditions: list[Any] = [Case.centre_id == bindparam("centre_id", type_=UUID)]
    if state == "open":
        conditions.append(Case.closed_at.is_(None))
    elif state == "closed":
        conditions.append(Case.closed_at.is_not(None))
    if given["after"]:
        conditions.append(
            tuple_(Case.received_date, Case.id)
            > tuple_(bindparam("after_date", type_=Date), bindparam("after_id", type_=UUID))
        )
    if given["site_id"]:
        conditions.append(Case.site_id == bindparam("site_id", type_=UUID))
    if given["legal_basis"]:
        conditions.append(Case.legal_basis == bindparam("legal_basis"))
    if given["received_from"]:
        conditions.append(Case.received_date >= bindparam("received_from", type_=Date))
    if given["received_to"]:
        conditions.append(Case.received_date <= bindparam("received_to", type_=Date))
    # Need to know: the caller's sites' cases and those assigned to them (all without these).
    reach: list[Any] = []
    if given["reach_sites"]:
        reach.append(Case.site_id.in_(bindparam("reach_sites", expanding=True)))
    if given["reach_user_id"]:
        reach.append(Case.assigned_to == bindparam("reach_user_id", type_=UUID))
    if reach:
        conditions.append(or_(*reach))
    read: Select[*tuple[Any, ...]] = (
        select(*(column.label(name) for name, column in _COLUMNS.items()))
        .join(Citizen, Citizen.id == Case.citizen_id)
        .join(Site, Site.id == Case.site_id)
        .join(LegalBasisRow, LegalBasisRow.code == Case.legal_basis)
        .outerjoin(StaffUser, StaffUser.id == Case.assigned_to)
        .where(*conditions)
        .order_by(Case.received_date, Case.id)
        .limit(bindparam("page_size", type_=Integer, literal_execute=True))
    )
    return logged_read(
        read, citizen="citizen_id", order_by=("received_date", "case_id"), shown=True
    )


async def list_cases(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    reach: CaseReach | None,
    entry: Mapping[str, Any],
    state: str,
    limit: int,
    after: tuple[date, uuid.UUID] | None = None,
    site_id: uuid.UUID | None = None,
    legal_basis: str | None = None,
    received_from: date | None = None,
    received_to: date | None = None,
) -> Sequence[Any]:
    """Up to `limit` + 1 cases within `reach` (None: the centre's every case) by day of
    receipt and id, after `after`; the first `limit` are the page, and their citizens are
    logged with `entry` (persistence.access.entry). A caller whose reach holds neither a
    site nor an assignee (an API key without cases.all_sites) sees none."""
    values: dict[str, Any] = {**entry, "centre_id": centre_id, "page_size": limit + 1,
                              "entry_rows": limit}  # fmt: skip
    if after is not None:
        values["after_date"], values["after_id"] = after
    optional = {"site_id": site_id, "legal_basis": legal_basis,
                "received_from": received_from, "received_to": received_to}  # fmt: skip
    values.update({name: value for name, value in optional.items() if value is not None})
    if reach is not None:
        # An empty reach still filters: an IN of nothing and no assignee finds no case.
        values["reach_sites"] = sorted(reach.site_ids) or [uuid.UUID(int=0)]
        if reach.user_id is not None:
            values["reach_user_id"] = reach.user_id
    shape = (
        after is not None,
        *(value is not None for value in optional.values()),
        "reach_sites" in values,
        "reach_user_id" in values,
    )
    return await fetch(session, case_list_query(state, *shape), values)
