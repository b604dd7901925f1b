"""Retention: the access log is kept for a set period; case records at least 5 years.

Both jobs report what they did and log their own run in the access log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from domain.casework import CASE_RECORDS_MIN_YEARS, COMPLAINT_PENDING, retention_cutoff
from persistence.access import AccessLogEntry, record_access
from persistence.casework import Case
from persistence.citizens import Citizen

RETENTION_ROLE = "traening_retention"


@dataclass(frozen=True, slots=True)
class RetentionReport:
    access_log_entries_deleted: int
    cases_deleted: int
    citizens_deleted: int


async def purge_access_log(
    session: AsyncSession, centre_id: uuid.UUID, *, now: datetime, years: int
) -> int:
    """Delete entries older than `years`, as the retention role (the log refuses others)."""
    cutoff = retention_cutoff(now, years)
    await session.execute(text(f"SET LOCAL ROLE {RETENTION_ROLE}"))
    deleted = await session.execute(
        delete(AccessLogEntry)
        .where(AccessLogEntry.centre_id == centre_id, AccessLogEntry.at < cutoff)
        .returning(AccessLogEntry.id)
    )
    count = len(deleted.all())
    await record_access(
        session,
        centre_id=centre_id,
        actor="retention-job",
        request_id="retention",
        operation="retention-access_log",
        use="delete",
        citizen_ids=[],
        criterion=f"before {cutoff.date().isoformat()}: {count} entries",
        client="job",
    )
    await session.execute(text("RESET ROLE"))
    return count


async def purge_case_records(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    now: datetime,
    years: int = CASE_RECORDS_MIN_YEARS,
) -> tuple[int, int]:
    """Delete cases whose last entry is over `years` old, then citizens left with no case.

    The query is `domain.casework.case_may_be_deleted` in SQL: a case with a complaint still
    pending is kept whatever its age.
    """
    cutoff = retention_cutoff(now, years)
    removed = await session.execute(
        delete(Case)
        .where(
            Case.centre_id == centre_id,
            Case.last_entry_at < cutoff,
            Case.status.not_in([state.value for state in COMPLAINT_PENDING]),
        )
        .returning(Case.citizen_id)
    )
    removed_rows = removed.all()
    citizen_ids = {row[0] for row in removed_rows}
    orphans = await session.execute(
        delete(Citizen)
        .where(
            Citizen.centre_id == centre_id,
            Citizen.id.in_(citizen_ids),
            ~exists(select(Case.id).where(Case.citizen_id == Citizen.id)),
        )
        .returning(Citizen.id)
    )
    gone = [row[0] for row in orphans.all()]
    await record_access(
        session,
        centre_id=centre_id,
        actor="retention-job",
        request_id="retention",
        operation="retention-case_records",
        use="delete",
        citizen_ids=sorted(citizen_ids),
        criterion=f"last entry before {cutoff.date().isoformat()}",
        client="job",
    )
    return len(removed_rows), len(gone)
