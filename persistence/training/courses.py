"""The course repository: granted courses, and earlier ones staff record for the rules."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.casework import rehabilitation_bases as domain_rehabilitation_bases
from domain.errors import Conflict
from domain.training import (
    OPEN_STATUSES,
    CourseEnding,
    CourseOpening,
    CourseStatus,
    undone_by_correction,
)
from persistence.centre import list_legal_bases
from persistence.training.models import Course

# The one-offer rule, held by the database: at most one planned, active or postponed course.
ONE_OFFER_INDEX = "uq_courses_one_offer_per_citizen"
ONE_OFFER_MESSAGE = "Borgeren har allerede et aktivt forløb; der kan kun være ét tilbud ad gangen."


def one_offer_conflict() -> Conflict:
    """The one-offer rule broken: the answer whether a read or the database found it."""
    return Conflict(ONE_OFFER_MESSAGE, rule="one_offer_at_a_time")


async def active_course(
    session: AsyncSession, centre_id: uuid.UUID, citizen_id: uuid.UUID
) -> Course | None:
    found: Course | None = await session.scalar(
        select(Course).where(
            Course.centre_id == centre_id,
            Course.citizen_id == citizen_id,
            Course.status.in_(OPEN_STATUSES),
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
            Course.status == CourseStatus.ENDED,
            Course.legal_basis.in_(rehabilitation),
        )
    )
    return ended


async def rehabilitation_bases(session: AsyncSession) -> set[str]:
    """Legal bases of genoptræning (not maintenance), as the domain reads their data."""
    return domain_rehabilitation_bases(await list_legal_bases(session))


async def open_course(
    session: AsyncSession,
    opening: CourseOpening,
    *,
    centre_id: uuid.UUID,
    citizen_id: uuid.UUID,
    case_id: uuid.UUID | None = None,
    event_id: uuid.UUID | None = None,
    site_id: uuid.UUID | None = None,
    therapist_ids: list[uuid.UUID] | None = None,
) -> Course:
    """The one way a course comes to be: what the domain opened, for the citizen (and the
    case and event that opened it). A second open course is refused by the database itself."""
    course = Course(
        centre_id=centre_id,
        citizen_id=citizen_id,
        case_id=case_id,
        event_id=event_id,
        legal_basis=opening.legal_basis,
        site_id=site_id,
        status=opening.status.value,
        started_on=opening.started_on,
        ended_on=opening.ended_on,
        earlier=opening.earlier,
        note=opening.note,
        disciplines=[d.value for d in opening.disciplines],
        form=None if opening.form is None else opening.form.value,
        transport_needed=opening.transport_needed,
        therapist_ids=list(therapist_ids or []),
    )
    try:
        async with session.begin_nested():
            session.add(course)
            await session.flush()
    except IntegrityError as error:
        if ONE_OFFER_INDEX not in str(error.orig):
            raise
        raise one_offer_conflict() from None
    return course


async def end_course(session: AsyncSession, course: Course, ending: CourseEnding) -> None:
    course.status = ending.status.value
    course.ended_on = ending.ended_on
    await session.flush()


async def cancel_courses_of_event(session: AsyncSession, event_id: uuid.UUID) -> None:
    """A corrected grant or start: the course it created never was."""
    await session.execute(
        update(Course)
        .where(Course.event_id == event_id)
        .values(status=undone_by_correction().value)
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
