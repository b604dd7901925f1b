"""A case's events: the history the state is replayed from, and what each step changes."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import Permission, Principal
from domain.casework.case_lifecycle import CaseEvent, RecordedEvent
from persistence.casework.models import Case, CaseDeadline, CaseEventRow


async def lock_case(
    session: AsyncSession, centre_id: uuid.UUID, case_id: uuid.UUID, *, seen_by: Principal
) -> Case | None:
    """The case, locked until the transaction ends: two staff acting at once take turns,
    and the second sees the state the first left. None when it does not exist or `seen_by`
    may not see it (`Principal.may_see_case`, asked in SQL): a case the caller may not see
    is never waited for, so writes aimed at other sites' cases cannot queue on its lock
    while holding connections of the pool."""
    query = select(Case).where(Case.centre_id == centre_id, Case.id == case_id)
    if not seen_by.may(Permission.CASES_READ):
        return None
    if not seen_by.may(Permission.CASES_ALL_SITES):
        query = query.where(or_(Case.site_id.in_(seen_by.site_ids), Case.assigned_to == seen_by.id))
    case: Case | None = await session.scalar(query.with_for_update())
    return case


async def history(session: AsyncSession, case_id: uuid.UUID) -> list[CaseEventRow]:
    rows = await session.scalars(
        select(CaseEventRow).where(CaseEventRow.case_id == case_id).order_by(CaseEventRow.position)
    )
    return list(rows)


def as_recorded(rows: list[CaseEventRow]) -> list[RecordedEvent]:
    return [
        RecordedEvent(
            row.id,
            CaseEvent(row.event) if row.event else None,
            row.recorded_at,
            row.actor,
            row.corrects,
        )
        for row in rows
    ]


async def add_event(
    session: AsyncSession, row: CaseEventRow, history: list[CaseEventRow]
) -> CaseEventRow:
    """Append to the history (read under the case's lock, so positions never clash)."""
    row.position = len(history) + 1
    session.add(row)
    await session.flush()
    return row


async def set_deadline_met(
    session: AsyncSession, case_id: uuid.UUID, kind: str, met_on: date | None
) -> None:
    await session.execute(
        update(CaseDeadline)
        .where(CaseDeadline.case_id == case_id, CaseDeadline.kind == kind)
        .values(met_on=met_on)
    )


async def set_state(
    session: AsyncSession, case: Case, state: str, *, closed: bool, now: datetime
) -> None:
    case.status = state
    case.closed_at = now if closed else None
    case.last_entry_at = now
    await session.flush()


async def set_deadline(session: AsyncSession, case: Case, kind: str, due_date: date) -> None:
    """Add a deadline to the case, or set it anew (a second complaint's reassessment)."""
    await session.execute(
        insert(CaseDeadline)
        .values(centre_id=case.centre_id, case_id=case.id, kind=kind, due_date=due_date)
        .on_conflict_do_update(
            constraint="uq_case_deadlines_case_kind",
            set_={"due_date": due_date, "met_on": None},
        )
    )


async def remove_deadline(session: AsyncSession, case_id: uuid.UUID, kind: str) -> None:
    await session.execute(
        delete(CaseDeadline).where(CaseDeadline.case_id == case_id, CaseDeadline.kind == kind)
    )


async def meet_open_deadline(
    session: AsyncSession, case_id: uuid.UUID, kind: str, met_on: date
) -> None:
    """Meet the case's deadline of `kind` on `met_on`, unless it is met already."""
    await session.execute(
        update(CaseDeadline)
        .where(
            CaseDeadline.case_id == case_id,
            CaseDeadline.kind == kind,
            CaseDeadline.met_on.is_(None),
        )
        .values(met_on=met_on)
    )
