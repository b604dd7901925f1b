"""A course's own records: its plan, goals (every version kept), journal notes, content
(FSIII training services) and frequency exceptions."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.errors import NotFound
from domain.training import (
    CoursePlan,
    ExceptionReason,
    FrequencyException,
    Goal,
    GoalStatus,
    JournalEntry,
    TrainingService,
    change_goal,
    write_note,
)
from persistence.training.models import (
    Course,
    CourseGoal,
    CourseService,
    FrequencyExceptionRow,
    GoalChange,
    JournalNote,
)


async def get_course(session: AsyncSession, centre_id: uuid.UUID, course_id: uuid.UUID) -> Course:
    course = await session.scalar(
        select(Course).where(Course.centre_id == centre_id, Course.id == course_id)
    )
    if course is None:
        raise NotFound("Forløbet findes ikke.")
    return course


async def set_plan(
    session: AsyncSession, course: Course, plan: CoursePlan, *, now: datetime
) -> None:
    """The course's disciplines, form, site, responsible therapists, start and planned end,
    dated."""
    course.disciplines = [discipline.value for discipline in plan.disciplines]
    course.form = plan.form.value
    course.site_id = plan.site_id
    course.therapist_ids = list(plan.therapist_ids)
    course.started_on = plan.started_on
    course.planned_end_on = plan.planned_end_on
    course.plan_changed_at = now
    await session.flush()


def _goal(row: CourseGoal) -> Goal:
    return Goal(row.text, row.measure, row.target_date, GoalStatus(row.status))


def _version(row: CourseGoal, by: str, at: datetime) -> GoalChange:
    return GoalChange(
        centre_id=row.centre_id, goal_id=row.id, version=row.version, text=row.text,
        measure=row.measure, target_date=row.target_date, status=row.status,
        changed_by=by, changed_at=at,
    )  # fmt: skip


async def add_goal(
    session: AsyncSession, course: Course, goal: Goal, *, by: str, now: datetime
) -> CourseGoal:
    """A goal the domain agreed, with its first version kept."""
    row = CourseGoal(
        centre_id=course.centre_id, course_id=course.id, text=goal.text, measure=goal.measure,
        target_date=goal.target_date, status=goal.status.value, version=1,
        created_at=now, changed_at=now,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    session.add(_version(row, by, now))
    await session.flush()
    return row


async def change_goal_of(
    session: AsyncSession,
    centre_id: uuid.UUID,
    goal_id: uuid.UUID,
    *,
    by: str,
    now: datetime,
    text: str | None = None,
    measure: str | None = None,
    target_date: date | None = None,
    status: GoalStatus | None = None,
) -> CourseGoal:
    """The goal's next version, checked by the domain and kept beside the earlier ones. The
    row is locked so two changes at once make two versions, one after the other."""
    row = await session.scalar(
        select(CourseGoal)
        .where(CourseGoal.centre_id == centre_id, CourseGoal.id == goal_id)
        .with_for_update()
    )
    if row is None:
        raise NotFound("Målet findes ikke.")
    course = await get_course(session, centre_id, row.course_id)
    changed = change_goal(
        _goal(row), text=text, measure=measure, target_date=target_date, status=status,
        course_started_on=course.started_on,
    )  # fmt: skip
    row.text, row.measure, row.target_date = changed.text, changed.measure, changed.target_date
    row.status = changed.status.value
    row.version += 1
    row.changed_at = now
    session.add(_version(row, by, now))
    await session.flush()
    return row


async def goals_of_course(session: AsyncSession, course_id: uuid.UUID) -> list[CourseGoal]:
    rows = await session.scalars(
        select(CourseGoal).where(CourseGoal.course_id == course_id).order_by(CourseGoal.created_at)
    )
    return list(rows)


async def goal_history(session: AsyncSession, goal_id: uuid.UUID) -> list[GoalChange]:
    rows = await session.scalars(
        select(GoalChange).where(GoalChange.goal_id == goal_id).order_by(GoalChange.version)
    )
    return list(rows)


async def add_note(
    session: AsyncSession,
    course: Course,
    text: str | None,
    *,
    author_id: uuid.UUID | None,
    author_name: str,
    now: datetime,
    corrects_id: uuid.UUID | None = None,
    appointment_id: uuid.UUID | None = None,
) -> JournalNote:
    """A new journal note; a correction names the note it corrects, of the same course."""
    corrected = None
    if corrects_id is not None:
        corrected = await session.scalar(
            select(JournalNote).where(
                JournalNote.centre_id == course.centre_id, JournalNote.id == corrects_id
            )
        )
        if corrected is None:
            raise NotFound("Notatet, der rettes, findes ikke.", field="corrects_id")
    entry: JournalEntry = write_note(text, course_id=course.id, corrects=corrected)
    note = JournalNote(
        centre_id=course.centre_id, course_id=course.id, appointment_id=appointment_id,
        author_id=author_id, author_name=author_name, written_at=now, text=entry.text,
        corrects_id=entry.corrects_id,
    )  # fmt: skip
    session.add(note)
    await session.flush()
    return note


async def notes_of_course(session: AsyncSession, course_id: uuid.UUID) -> list[JournalNote]:
    """Every note, corrected ones included, oldest first (domain.training.current_notes
    picks the current ones)."""
    rows = list(
        await session.scalars(
            select(JournalNote)
            .where(JournalNote.course_id == course_id)
            .order_by(JournalNote.written_at, JournalNote.id)
        )
    )
    # Notes written at the same instant (one clock tick, a fixed clock in tests) are ordered
    # so that a correction follows the note it corrects: by how long its chain is.
    by_id = {note.id: note for note in rows}

    def depth(note: JournalNote) -> int:
        steps = 0
        while note.corrects_id is not None and note.corrects_id in by_id and steps < len(rows):
            note, steps = by_id[note.corrects_id], steps + 1
        return steps

    return sorted(rows, key=lambda note: (note.written_at, depth(note)))


async def set_services(
    session: AsyncSession, course: Course, services: Iterable[TrainingService], *, by: str
) -> None:
    """The course's content is these FSIII services: the others go, the kept ones stay as
    they were added."""
    wanted = {service.code: service for service in services}
    await session.execute(
        delete(CourseService).where(
            CourseService.course_id == course.id, CourseService.code.not_in(list(wanted))
        )
    )
    present = set(
        await session.scalars(
            select(CourseService.code).where(CourseService.course_id == course.id)
        )
    )
    session.add_all(
        CourseService(course_id=course.id, code=code, centre_id=course.centre_id,
                      system=service.system, display=service.display, added_by=by)
        for code, service in wanted.items()
        if code not in present
    )  # fmt: skip
    await session.flush()


async def services_of_course(session: AsyncSession, course_id: uuid.UUID) -> list[CourseService]:
    rows = await session.scalars(
        select(CourseService)
        .where(CourseService.course_id == course_id)
        .order_by(CourseService.added_at, CourseService.code)
    )
    return list(rows)


async def add_frequency_exception(
    session: AsyncSession, course: Course, exception: FrequencyException, *, by: str
) -> FrequencyExceptionRow:
    row = FrequencyExceptionRow(
        centre_id=course.centre_id, course_id=course.id, reason=exception.reason.value,
        note=exception.note, starts_on=exception.starts_on, ends_on=exception.ends_on,
        recorded_by=by,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    return row


def _exception(row: FrequencyExceptionRow) -> FrequencyException:
    return FrequencyException(ExceptionReason(row.reason), row.note, row.starts_on, row.ends_on)


async def frequency_exceptions_of(
    session: AsyncSession, course_id: uuid.UUID
) -> list[FrequencyException]:
    rows = await session.scalars(
        select(FrequencyExceptionRow)
        .where(FrequencyExceptionRow.course_id == course_id)
        .order_by(FrequencyExceptionRow.starts_on)
    )
    return [_exception(row) for row in rows]


async def exceptions_in_force_at(
    session: AsyncSession, centre_id: uuid.UUID, on: date
) -> list[FrequencyExceptionRow]:
    """What the team leader sees: every course's exception covering `on`."""
    rows = await session.scalars(
        select(FrequencyExceptionRow)
        .where(
            FrequencyExceptionRow.centre_id == centre_id,
            FrequencyExceptionRow.starts_on <= on,
            FrequencyExceptionRow.ends_on >= on,
        )
        .order_by(FrequencyExceptionRow.ends_on)
    )
    return list(rows)


async def exception_rows_of(
    session: AsyncSession, course_id: uuid.UUID
) -> list[FrequencyExceptionRow]:
    """The course's exceptions as recorded, who and when included."""
    rows = await session.scalars(
        select(FrequencyExceptionRow)
        .where(FrequencyExceptionRow.course_id == course_id)
        .order_by(FrequencyExceptionRow.starts_on, FrequencyExceptionRow.recorded_at)
    )
    return list(rows)
