"""The case repository: a case with its referral (plan or application) and its deadlines."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.casework.deadlines import Deadline
from domain.casework.worklist import WorklistSort
from persistence.access import StaffUser, fetch, logged_read
from persistence.casework.models import Case, CaseDeadline
from persistence.centre import LegalBasisRow, Site
from persistence.citizens import Citizen
from persistence.database import driver
from persistence.json_text import nullable_object, object_text, utc, value


async def case_by_sender_reference(
    session: AsyncSession, centre_id: uuid.UUID, sender_system: str, sender_reference: str
) -> Case | None:
    """The case a sender's referral opened, by the sender's own reference."""
    found: Case | None = await session.scalar(
        select(Case).where(
            Case.centre_id == centre_id,
            Case.sender_system == sender_system,
            Case.sender_reference == sender_reference,
        )
    )
    return found


@dataclass(frozen=True, slots=True)
class EarlierCases:
    """What a new referral must know of the cases before it, read in one statement."""

    # The case the sender's reference opened: its id, site and assignee.
    registered: tuple[uuid.UUID, uuid.UUID, uuid.UUID | None] | None
    # The earliest case of the same citizen, legal basis and day of receipt: the new referral
    # is likely the same one sent again, so staff are shown both.
    duplicate_of: uuid.UUID | None


# The hot statements of a referral are sent the driver's way (persistence.database.driver).
_EARLIER_CASES = """
SELECT (SELECT same.id FROM cases AS same
        WHERE same.centre_id = $1 AND same.citizen_id = $2
          AND same.legal_basis = $3 AND same.received_date = $4
        ORDER BY same.created_at, same.id LIMIT 1) AS duplicate_of,
       sent.id, sent.site_id, sent.assigned_to
FROM (VALUES (1)) AS one (x)
LEFT JOIN cases AS sent
  ON sent.centre_id = $1 AND sent.sender_system = $5 AND sent.sender_reference = $6
"""


async def earlier_cases(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    sender: tuple[str, str] | None,
    citizen_id: uuid.UUID,
    legal_basis: str,
    received_date: date,
) -> EarlierCases:
    """The case the sender's reference (system, reference) opened, if any, and the likely
    duplicate of the new referral, if any."""
    system, reference = sender or (None, None)
    row = await (await driver(session)).fetchrow(
        _EARLIER_CASES, centre_id, citizen_id, legal_basis, received_date, system, reference
    )
    registered = None if row["id"] is None else (row["id"], row["site_id"], row["assigned_to"])
    return EarlierCases(registered, row["duplicate_of"])


# One statement for the case, its plan or application, its deadlines and the access-log
# entry of its creation (only when the case is added). A case whose
# sender's reference another request registered first meets the unique index, and nothing
# is added (no savepoint needed: ON CONFLICT names the index by its columns and predicate).
_ADD_REFERRED_CASE = """
WITH new_case AS (
    INSERT INTO cases (centre_id, citizen_id, site_id, legal_basis, referral_kind, received_at,
                       received_date, condition, flags, sender_system, sender_reference,
                       possible_duplicate_of)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11, $12)
    ON CONFLICT (centre_id, sender_system, sender_reference)
        WHERE sender_reference IS NOT NULL DO NOTHING
    RETURNING id, centre_id, citizen_id
), plan AS (
    INSERT INTO rehab_plans (case_id, hospital, department, plan_type, kl_codes,
                             discharge_date, health_start_date, free_choice_date)
    SELECT id, $13, $14, $15, $16::text[], $17, $18, $19 FROM new_case WHERE $20::boolean
), application AS (
    INSERT INTO applications (case_id, channel, submitter)
    SELECT id, $21, $22 FROM new_case WHERE $23::boolean
), deadlines AS (
    INSERT INTO case_deadlines (centre_id, case_id, kind, due_date)
    SELECT new_case.centre_id, new_case.id, due.kind, due.due_date
    FROM new_case, unnest($24::text[], $25::date[]) AS due (kind, due_date)
), logged AS (
    INSERT INTO access_log (centre_id, actor, request_id, operation, use, criterion, user_id,
                            api_key_id, client, outcome, citizen_ids)
    SELECT $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, ARRAY[new_case.citizen_id]
    FROM new_case
)
SELECT id FROM new_case
"""
# The access-log entry's values, in the statement's order (persistence.access.entry's keys).
_ENTRY_KEYS = ("entry_centre_id", "entry_actor", "entry_request_id", "entry_operation",
               "entry_use", "entry_criterion", "entry_user_id", "entry_api_key_id",
               "entry_client", "entry_outcome")  # fmt: skip
_CASE_COLUMNS = ("centre_id", "citizen_id", "site_id", "legal_basis", "referral_kind",
                 "received_at", "received_date", "condition", "flags", "sender_system",
                 "sender_reference", "possible_duplicate_of")  # fmt: skip
_PLAN_COLUMNS = ("hospital", "department", "plan_type", "kl_codes", "discharge_date",
                 "health_start_date", "free_choice_date")  # fmt: skip
_APPLICATION_COLUMNS = ("channel", "submitter")
_CASE_DEFAULTS: dict[str, Any] = {"flags": [], "sender_system": None, "sender_reference": None,
                  "possible_duplicate_of": None}  # fmt: skip


async def add_referred_case(
    session: AsyncSession,
    *,
    case: dict[str, Any],
    rehab_plan: dict[str, Any] | None,
    application: dict[str, Any] | None,
    deadlines: Sequence[Deadline],
    entry: Mapping[str, Any],
) -> uuid.UUID | None:
    """Add a case (the `cases` columns a referral gives) with its plan or application (their
    columns but the case's id), its deadlines and the access-log `entry` (persistence.access
    .entry) naming its citizen, in one round trip: its id, or None, and nothing added, when
    another request added a case with its sender's reference first."""
    case = {**_CASE_DEFAULTS, **case}
    plan = rehab_plan or {}
    given = application or {}
    added: uuid.UUID | None = await (await driver(session)).fetchval(
        _ADD_REFERRED_CASE,
        *(case[name] for name in _CASE_COLUMNS),
        *(plan.get(name) for name in _PLAN_COLUMNS),
        rehab_plan is not None,
        *(given.get(name) for name in _APPLICATION_COLUMNS),
        application is not None,
        [deadline.kind.value for deadline in deadlines],
        [deadline.due_date for deadline in deadlines],
        *(entry[key] for key in _ENTRY_KEYS),
    )
    return added


# No earlier open deadline on the same case: built once, it is the same for every query.
_EARLIER = aliased(CaseDeadline)
_NEAREST = ~exists().where(
    _EARLIER.case_id == CaseDeadline.case_id,
    _EARLIER.met_on.is_(None),
    tuple_(_EARLIER.due_date, _EARLIER.id) < tuple_(CaseDeadline.due_date, CaseDeadline.id),
)


# The columns of a worklist row, by name: what the page needs besides the item's text.
WORKLIST_COLUMNS = ("deadline_id", "due_date", "citizen_id", "item_head", "item_tail")


def _worklist_item() -> tuple[ColumnElement[str], ColumnElement[str]]:
    """The API's `WorklistItem` as JSON text (persistence.json_text), in two parts: the
    fields before `working_days_left` and `status`, and those after, which the use case
    joins around the two it reckons with the calendar."""
    head = object_text(
        [
            ("case_id", value(CaseDeadline.case_id)),
            ("citizen_name", value(Citizen.name)),
            ("legal_basis", value(Case.legal_basis)),
            (
                "legal_basis_names",
                object_text(
                    [
                        ("name", value(LegalBasisRow.name)),
                        ("short_name", value(LegalBasisRow.short_name)),
                        ("service", value(LegalBasisRow.service)),
                    ]
                ),
            ),
            (
                "site",
                object_text(
                    [("id", value(Site.id)), ("code", value(Site.code)), ("name", value(Site.name))]
                ),
            ),
            ("received_at", utc(Case.received_at)),
            ("deadline_kind", value(CaseDeadline.kind)),
            ("due_date", value(CaseDeadline.due_date)),
        ],
        tail=False,
    )
    tail = object_text(
        [
            (
                "assignee",
                nullable_object(
                    Case.assigned_to.is_not(None),
                    [
                        ("id", value(Case.assigned_to)),
                        ("display_name", value(StaffUser.display_name)),
                    ],
                ),
            ),
            ("possible_duplicate_of", value(Case.possible_duplicate_of)),
        ],
        head=False,
    )
    return head, tail


# Each order's column, as named among WORKLIST_COLUMNS.
_SORT_LABELS = {"due": "due_date", "name": "citizen_name", "received": "received_at"}


async def worklist(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    limit: int,
    shown: int,
    entry: dict[str, object],
    after: tuple[date, uuid.UUID] | None = None,
    legal_basis: str | None = None,
    site_id: uuid.UUID | None = None,
    due_from: date | None = None,
    due_until: date | None = None,
    visible_to: tuple[frozenset[uuid.UUID], uuid.UUID] | None = None,
    assigned_to: uuid.UUID | None = None,
    sort: WorklistSort = WorklistSort.DUE,
    after_deadline: uuid.UUID | None = None,
    name: str | None = None,
) -> Sequence[Any]:
    """Open cases by their nearest open deadline, read with the access-log entry of the first
    `shown` rows' citizens (persistence.access's `logged_read`), in one round trip. The rows
    are asyncpg records: `row["due_date"]`.

    In due order (the default) it is keyset-paginated on (due date, deadline id) and walks the
    partial index of open deadlines, keeping a deadline only when no earlier open one exists
    for its case, so the cost follows the page, not the case count. In another order the page
    after `after_deadline` starts past that row's own key (looked up by its id, so no name
    travels in a cursor). `name` keeps the citizens whose name holds it.
    """
    params = worklist_params(
        centre_id, limit=limit, after=after, legal_basis=legal_basis, site_id=site_id,
        due_from=due_from, due_until=due_until, visible_to=visible_to, assigned_to=assigned_to,
    )  # fmt: skip
    if after_deadline is not None:
        params["after_deadline"] = after_deadline
    if name is not None:
        escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["name_pattern"] = f"%{escaped}%"
    params.update(entry, entry_rows=shown)
    query = logged_worklist_query(
        *worklist_shape(params), sort=sort.value, after_key="after_deadline" in params,
        by_name=name is not None,
    )  # fmt: skip
    return await fetch(session, query, params)


def worklist_params(
    centre_id: uuid.UUID,
    *,
    limit: int,
    after: tuple[date, uuid.UUID] | None = None,
    legal_basis: str | None = None,
    site_id: uuid.UUID | None = None,
    due_from: date | None = None,
    due_until: date | None = None,
    visible_to: tuple[frozenset[uuid.UUID], uuid.UUID] | None = None,
    assigned_to: uuid.UUID | None = None,
) -> dict[str, object]:
    """The bind values of the worklist statement (those given: they also choose its shape)."""
    params: dict[str, object] = {"centre_id": centre_id, "page_size": limit}
    if after is not None:
        params["after_due"], params["after_id"] = after
    if visible_to is not None:
        params["sites"], params["user_id"] = sorted(visible_to[0]), visible_to[1]
    params.update(legal_basis=legal_basis, site_id=site_id, due_from=due_from,
                  due_until=due_until, assignee=assigned_to)  # fmt: skip
    return {name: value for name, value in params.items() if value is not None}


def worklist_shape(params: dict[str, object]) -> tuple[bool, ...]:
    return tuple(
        name in params
        for name in (
            "after_due", "legal_basis", "site_id", "due_from", "due_until", "sites", "assignee"
        )
    )  # fmt: skip


@lru_cache(maxsize=64)
def logged_worklist_query(
    *shape: bool, sort: str = "due", after_key: bool = False, by_name: bool = False
) -> Select[Any]:
    order = WorklistSort(sort)
    sign = "-" if order.descending else ""
    return logged_read(
        worklist_query(*shape, sort=sort, after_key=after_key, by_name=by_name),
        citizen="citizen_id",
        order_by=(sign + _SORT_LABELS[order.key], sign + "deadline_id"),
        shown=True,
        # A search by name is a use of the register whatever it finds, as citizen search is.
        always=by_name,
    )


# The row a page in name or received order follows: its key, found by its deadline's id.
_AFTER_DEADLINE = aliased(CaseDeadline)
_AFTER_CASE = aliased(Case)
_AFTER_CITIZEN = aliased(Citizen)


def _after_row(order: WorklistSort) -> Any:
    column = {"name": _AFTER_CITIZEN.name, "received": _AFTER_CASE.received_at}[order.key]
    return (
        select(column)
        .select_from(_AFTER_DEADLINE)
        .join(_AFTER_CASE, _AFTER_CASE.id == _AFTER_DEADLINE.case_id)
        .join(_AFTER_CITIZEN, _AFTER_CITIZEN.id == _AFTER_CASE.citizen_id)
        .where(_AFTER_DEADLINE.id == bindparam("after_deadline", type_=UUID))
        .scalar_subquery()
    )


def _open_case_conditions(
    paged: bool,
    by_basis: bool,
    by_site: bool,
    due_from: bool,
    due_until: bool,
    restricted: bool,
    mine: bool,
) -> list[Any]:
    """The worklist's rows: each open case by its nearest open deadline, filtered."""
    conditions = [
        CaseDeadline.centre_id == bindparam("centre_id"),
        CaseDeadline.met_on.is_(None),
        Case.closed_at.is_(None),
        _NEAREST,
    ]
    if paged:
        conditions.append(
            tuple_(CaseDeadline.due_date, CaseDeadline.id)
            > tuple_(bindparam("after_due", type_=Date), bindparam("after_id", type_=UUID))
        )
    if by_basis:
        conditions.append(Case.legal_basis == bindparam("legal_basis"))
    if by_site:
        conditions.append(Case.site_id == bindparam("site_id"))
    if due_from:
        conditions.append(CaseDeadline.due_date >= bindparam("due_from"))
    if due_until:
        conditions.append(CaseDeadline.due_date <= bindparam("due_until"))
    if restricted:
        conditions.append(
            or_(
                Case.site_id.in_(bindparam("sites", expanding=True)),
                Case.assigned_to == bindparam("user_id"),
            )
        )
    if mine:
        conditions.append(Case.assigned_to == bindparam("assignee", type_=UUID))
    return conditions


@lru_cache(maxsize=128)
def worklist_query(
    paged: bool,
    by_basis: bool,
    by_site: bool,
    due_from: bool,
    due_until: bool,
    restricted: bool,
    mine: bool = False,
    *,
    sort: str = "due",
    after_key: bool = False,
    by_name: bool = False,
) -> Select[Any]:
    """One statement per combination of filters and order, built once: building and keying a
    statement anew on every request cost more than running it."""
    order = WorklistSort(sort)
    by_due = order.key == "due"
    conditions = _open_case_conditions(
        paged and by_due and not order.descending, by_basis, by_site, due_from, due_until,
        restricted, mine,
    )  # fmt: skip
    if paged and by_due and order.descending:
        conditions.append(
            tuple_(CaseDeadline.due_date, CaseDeadline.id)
            < tuple_(bindparam("after_due", type_=Date), bindparam("after_id", type_=UUID))
        )
    key_column = {"due": CaseDeadline.due_date, "name": Citizen.name,
                  "received": Case.received_at}[order.key]  # fmt: skip
    if by_name:
        conditions.append(Citizen.name.ilike(bindparam("name_pattern", type_=String), escape="\\"))
    if after_key and not by_due:
        row_key = tuple_(key_column, CaseDeadline.id)
        last = tuple_(_after_row(order), bindparam("after_deadline", type_=UUID))
        conditions.append(row_key < last if order.descending else row_key > last)
    head, tail = _worklist_item()
    columns: list[Any] = [
        CaseDeadline.id.label("deadline_id"),
        CaseDeadline.due_date.label("due_date"),
        Citizen.id.label("citizen_id"),
        head.label("item_head"),
        tail.label("item_tail"),
    ]
    if not by_due:  # the order's own key, for the logged read to order the page by
        columns.append(key_column.label(_SORT_LABELS[order.key]))
    query: Select[*tuple[Any, ...]] = (
        select(*columns)
        .join(Case, Case.id == CaseDeadline.case_id)
        .join(Citizen, Citizen.id == Case.citizen_id)
        .join(Site, Site.id == Case.site_id)
        .join(LegalBasisRow, LegalBasisRow.code == Case.legal_basis)
        .outerjoin(StaffUser, StaffUser.id == Case.assigned_to)
        .where(and_(*conditions))
        .order_by(
            *(
                (key_column.desc(), CaseDeadline.id.desc())
                if order.descending
                else (key_column, CaseDeadline.id)
            )
        )
        # Inline, so PostgreSQL can reuse its plan; a bound LIMIT made it plan every time.
        .limit(bindparam("page_size", type_=Integer, literal_execute=True))
    )
    return query


# The dashboard's counts over the same rows: overdue, due today, due after today within
# the due-soon window (`soon_until`, the last such day, reckoned in working days by the caller).
WORKLIST_COUNT_COLUMNS = ("overdue", "due_today", "due_soon")


async def worklist_counts(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    today: date,
    soon_until: date,
    legal_basis: str | None = None,
    site_id: uuid.UUID | None = None,
    visible_to: tuple[frozenset[uuid.UUID], uuid.UUID] | None = None,
    assigned_to: uuid.UUID | None = None,
) -> dict[str, int]:
    """How many open cases' nearest deadlines are overdue, due today and due soon: one
    aggregate statement, no citizen's data in its answer."""
    params = worklist_params(
        centre_id, limit=0, legal_basis=legal_basis, site_id=site_id, visible_to=visible_to,
        assigned_to=assigned_to,
    )  # fmt: skip
    del params["page_size"]
    params.update(today=today, soon_until=soon_until)
    shape = worklist_shape(params)
    row = (await session.execute(worklist_counts_query(*shape), params)).one()
    return dict(zip(WORKLIST_COUNT_COLUMNS, (int(value) for value in row), strict=True))


@lru_cache(maxsize=64)
def worklist_counts_query(*shape: bool) -> Select[int, int, int]:
    paged, by_basis, by_site, due_from, due_until, restricted, mine = shape
    due, today = CaseDeadline.due_date, bindparam("today", type_=Date)
    return (
        select(
            func.count().filter(due < today).label("overdue"),
            func.count().filter(due == today).label("due_today"),
            func.count()
            .filter(due > today, due <= bindparam("soon_until", type_=Date))
            .label("due_soon"),
        )
        .select_from(CaseDeadline)
        .join(Case, Case.id == CaseDeadline.case_id)
        .where(
            and_(
                *_open_case_conditions(
                    paged, by_basis, by_site, due_from, due_until, restricted, mine
                )
            )
        )
    )
