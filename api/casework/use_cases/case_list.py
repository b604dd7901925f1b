"""Every case the caller may see, open or closed, a page at a time: the list an export
reads (the worklist holds only open cases, by deadline)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from api.casework.schemas import CASE_LIST_CURSOR_PATTERN
from api.unit_of_work import UnitOfWork
from domain.errors import RuleViolation
from persistence.casework.case_list import list_cases as read_cases

CURSOR_EPOCH = date(2000, 1, 1)


def encode_cursor(received: date, case_id: uuid.UUID) -> str:
    return f"{(received - CURSOR_EPOCH).days}.{case_id.hex}"


def decode_cursor(cursor: str) -> tuple[date, uuid.UUID]:
    if not re.fullmatch(CASE_LIST_CURSOR_PATTERN, cursor):
        raise RuleViolation("Ugyldig markør til næste side.", field="cursor")
    days, case_id = cursor.split(".")
    return CURSOR_EPOCH + timedelta(days=int(days)), uuid.UUID(hex=case_id)


@dataclass(frozen=True, slots=True)
class CasePage:
    items: list[dict[str, Any]]  # each as the API's CaseListItem, JSON-ready
    next_cursor: str | None


async def list_cases(
    work: UnitOfWork,
    *,
    state: str,
    limit: int,
    cursor: str | None,
    site_id: uuid.UUID | None,
    legal_basis: str | None,
    received_from: date | None,
    received_to: date | None,
) -> CasePage:
    """The cases within the caller's reach by day of receipt, `state` open, closed or all;
    the citizens on the page are logged as an export, with the filters as its criterion."""
    if received_from and received_to and received_from > received_to:
        raise RuleViolation(
            "Slutdatoen for modtagelse må ikke ligge før startdatoen.", field="received_to"
        )
    caller = work.caller
    criterion = " ".join(
        f"{name}={value}"
        for name, value in (
            ("status", state), ("site_id", site_id), ("legal_basis", legal_basis),
            ("received_from", received_from), ("received_to", received_to),
        )
        if value is not None
    )  # fmt: skip
    rows = await read_cases(
        work.session,
        caller.centre_id,
        reach=caller.principal.case_reach(),
        entry=caller.entry(use="export", criterion=f"cases {criterion}"[:200]),
        state=state,
        limit=limit,
        after=decode_cursor(cursor) if cursor else None,
        site_id=site_id,
        legal_basis=legal_basis,
        received_from=received_from,
        received_to=received_to,
    )
    page, more = rows[:limit], len(rows) > limit
    items = [
        {
            "case_id": row["case_id"],
            "citizen_id": row["citizen_id"],
            "citizen_name": row["citizen_name"],
            "legal_basis": row["legal_basis"],
            "legal_basis_short_name": row["legal_basis_short_name"],
            "referral_kind": row["referral_kind"],
            "site": {"id": row["site_id"], "code": row["site_code"], "name": row["site_name"]},
            "status": row["status"],
            "received_at": row["received_at"],
            "received_date": row["received_date"],
            "closed_at": row["closed_at"],
            "assignee": (
                {"id": row["assignee_id"], "display_name": row["assignee_name"]}
                if row["assignee_id"] is not None
                else None
            ),
            "flags": list(row["flags"]),
            "possible_duplicate_of": row["possible_duplicate_of"],
            "sender_system": row["sender_system"],
            "sender_reference": row["sender_reference"],
        }
        for row in page
    ]
    last = page[-1] if more else None
    return CasePage(items, encode_cursor(last["received_date"], last["case_id"]) if last else None)
