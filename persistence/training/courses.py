"""The course repository: granted courses, and earlier ones staff record for the rules."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.casework import LegalBasis, ReferralKind, Training
from domain.casework import rehabilitation_bases as domain_rehabilitation_bases
from domain.errors import Conflict
from persistence.centre import LegalBasisRow
from persistence.training.models import Course

ONE_ACTIVE = "uq_courses_one_active_per_citizen"


async def active_course(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID
) -> Course | None:
    found: Course | None = await session.scalar(
        select(Course).where(
            Course.centre_id == centre_id,
            Course.citizen_id == citizen_id,
            Course.status == "active",
        )
    )
    return found


async def last_rehabilitation_end(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID, rehabilitation: set[str]
) -> date | None:
    """The end of the citizen's last municipal genoptræning course, earlier ones included."""
    ended: date | None = await session.scalar(
        select(func.max(Course.ended_on)).where(
            Course.centre_id == centre_id,
            Course.citizen_id == citizen_id,
            Course.status == "ended",
            Course.legal_basis.in_(rehabilitation),
        )
    )
    return ended


async def rehabilitation_bases(session: AsyncSession) -> set[str]:
    """Legal bases of genoptræning (not maintenance), as the domain reads their data."""
    rows = await session.execute(
        select(LegalBasisRow.code, LegalBasisRow.referral_kind, LegalBasisRow.name,
               LegalBasisRow.training)
    )  # fmt: skip
    return domain_rehabilitation_bases(
        LegalBasis(code, ReferralKind(kind), name, Training(training))
        for code, kind, name, training in rows.all()
    )


async def add_course(session: AsyncSession, course: Course) -> Course:
    """Insert; a second active course for the citizen is refused by the database itself."""
    try:
        async with session.begin_nested():
            session.add(course)
            await session.flush()
    except IntegrityError as error:
        if ONE_ACTIVE not in str(error.orig):
            raise
        raise Conflict(
            "Borgeren har allerede et aktivt forløb; der kan kun være ét tilbud ad gangen.",
            rule="one_offer_at_a_time",
        ) from None
    return course


async def end_course(session: AsyncSession, course: Course, ended_on: date) -> None:
    course.status = "ended"
    course.ended_on = max(ended_on, course.started_on or ended_on)
    await session.flush()


async def cancel_courses_of_event(session: AsyncSession, event_id: uuid.UUID) -> None:
    """A corrected grant or start: the course it created never was."""
    await session.execute(
        update(Course).where(Course.event_id == event_id).values(status="cancelled")
    )


async def courses_of_citizen(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID
) -> list[Course]:
    rows = await session.scalars(
        select(Course)
        .where(Course.centre_id == centre_id, Course.citizen_id == citizen_id)
        .order_by(Course.ended_on.desc().nulls_first(), Course.created_at.desc())
    )
    return list(rows)
