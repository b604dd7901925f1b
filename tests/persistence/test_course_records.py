"""A course's goals, journal, content and exceptions on real PostgreSQL, as the service role;
and retention, which counts them as the case's entries and deletes them with it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, ProgrammingError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from domain.errors import RuleViolation
from domain.training import (
    CorrectionOfAnotherCourse,
    CourseForm,
    Discipline,
    ExceptionReason,
    GoalStatus,
    agree_goal,
    current_notes,
    plan_course,
    record_exception,
    training_services,
)
from persistence.retention import purge_case_records
from persistence.training import (
    add_frequency_exception,
    add_goal,
    add_note,
    change_goal_of,
    exceptions_in_force_at,
    get_course,
    goal_history,
    notes_of_course,
    services_of_course,
    set_plan,
    set_services,
)
from tests.conftest import count_rows
from tests.persistence.conftest import World

NOW = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
ADL = "7f825e3e-1a5c-4249-bf41-9f7171fb6b8a"
PHYSICAL = "2abe20c7-c0b4-41c1-b397-52acf36499ef"


async def test_a_goal_keeps_every_version(world: World, service_engine: AsyncEngine) -> None:
    async with service_engine.begin() as connection:
        session = AsyncSession(bind=connection)
        course = await get_course(session, world.centre_id, world.rehab_course)
        goal = await add_goal(
            session, course, agree_goal("Gå til bussen", measure="6MWT"), by="terapeut1", now=NOW
        )
        await change_goal_of(
            session,
            world.centre_id,
            goal.id,
            by="terapeut2",
            now=NOW,
            status=GoalStatus.IN_PROGRESS,
        )
        await change_goal_of(
            session, world.centre_id, goal.id, by="terapeut1", now=NOW, status=GoalStatus.ACHIEVED
        )
        with pytest.raises(RuleViolation):
            await change_goal_of(
                session, world.centre_id, goal.id, by="x", now=NOW, status=GoalStatus.ACHIEVED
            )
        history = await goal_history(session, goal.id)
    assert [(v.version, v.status, v.changed_by) for v in history] == [
        (1, "not_started", "terapeut1"),
        (2, "in_progress", "terapeut2"),
        (3, "achieved", "terapeut1"),
    ]
    assert history[0].measure == "6MWT"


async def test_a_note_is_corrected_by_a_new_note_of_its_own_course_only(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    async with service_engine.begin() as connection:
        session = AsyncSession(bind=connection)
        course = await get_course(session, world.centre_id, world.rehab_course)
        other = await get_course(session, world.centre_id, world.maintenance_course)
        first = await add_note(
            session, course, "10 rejsninger", author_id=None, author_name="Terapeut1", now=NOW
        )
        foreign = await add_note(
            session, other, "Gangtræning", author_id=None, author_name="Terapeut1", now=NOW
        )
        fix = await add_note(
            session,
            course,
            "Rettelse: 12 rejsninger",
            author_id=None,
            author_name="Terapeut1",
            now=NOW,
            corrects_id=first.id,
        )
        with pytest.raises(CorrectionOfAnotherCourse) as refused:
            await add_note(
                session,
                course,
                "Rettelse",
                author_id=None,
                author_name="T",
                now=NOW,
                corrects_id=foreign.id,
            )
        assert refused.value.corrected_note_id == foreign.id
        notes = await notes_of_course(session, course.id)
    assert current_notes(notes) == [fix]
    assert await count_rows(engine, "journal_notes") == 3
    # The database refuses a cross-course correction too, whatever the code does.
    async with engine.connect() as connection:
        with pytest.raises(IntegrityError):
            await connection.execute(
                text(
                    "INSERT INTO journal_notes (centre_id, course_id, author_name, text, "
                    "corrects_id) VALUES (:centre, :course, 'x', 'x', :foreign)"
                ),
                {"centre": world.centre_id, "course": world.rehab_course, "foreign": foreign.id},
            )


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE journal_notes SET text = 'ændret'",
        "DELETE FROM journal_notes",
        "UPDATE goal_changes SET status = 'achieved'",
    ],
)
async def test_the_service_may_not_rewrite_the_journal_or_the_goals_history(
    world: World, service_engine: AsyncEngine, statement: str
) -> None:
    async with service_engine.begin() as connection:
        session = AsyncSession(bind=connection)
        course = await get_course(session, world.centre_id, world.rehab_course)
        await add_note(session, course, "Notat", author_id=None, author_name="T", now=NOW)
        await add_goal(session, course, agree_goal("Mål"), by="T", now=NOW)
    async with service_engine.connect() as connection:
        with pytest.raises(ProgrammingError, match="permission denied"):
            await connection.execute(text(statement))


async def test_plan_content_and_exceptions(world: World, service_engine: AsyncEngine) -> None:
    async with service_engine.begin() as connection:
        session = AsyncSession(bind=connection)
        course = await get_course(session, world.centre_id, world.rehab_course)
        plan = plan_course(
            disciplines=[Discipline.PHYSIOTHERAPY, Discipline.OCCUPATIONAL_THERAPY],
            form=CourseForm.INDIVIDUAL_AT_CENTRE,
            site_id=world.syd,
            therapist_ids=[world.therapists[0], world.therapists[1]],
            started_on=date(2026, 12, 1),
            planned_end_on=date(2027, 2, 26),
        )
        await set_plan(session, course, plan, now=NOW)
        await set_services(session, course, training_services([ADL, PHYSICAL]), by="T")
        await set_services(session, course, training_services([PHYSICAL]), by="T")
        content = await services_of_course(session, course.id)
        await add_frequency_exception(
            session,
            course,
            record_exception(
                ExceptionReason.OTHER,
                note="Intensivt efter fald",
                starts_on=date(2026, 12, 28),
                ends_on=date(2027, 1, 10),
            ),
            by="terapeut1",
        )
        last_day = await exceptions_in_force_at(session, world.centre_id, date(2027, 1, 10))
        after = await exceptions_in_force_at(session, world.centre_id, date(2027, 1, 11))
    assert course.therapist_ids == [world.therapists[0], world.therapists[1]]
    assert course.planned_end_on == date(2027, 2, 26)
    assert course.plan_changed_at == NOW
    assert [(s.code, s.display, s.system) for s in content] == [
        (PHYSICAL, "Fysisk træning", "urn:oid:1.2.208.176.2.21")
    ]
    assert [row.note for row in last_day] == ["Intensivt efter fald"]
    assert after == []


async def _age(engine: AsyncEngine, at: datetime) -> None:
    async with engine.begin() as connection:
        await connection.execute(text("UPDATE cases SET last_entry_at = :at"), {"at": at})
        for table, column in (
            ("journal_notes", "written_at"),
            ("goal_changes", "changed_at"),
            ("appointments", "created_at"),
        ):
            await connection.execute(text(f"UPDATE {table} SET {column} = :at"), {"at": at})


async def test_retention_counts_course_records_and_deletes_them_with_the_case(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    async with service_engine.begin() as connection:
        session = AsyncSession(bind=connection)
        course = await get_course(session, world.centre_id, world.rehab_course)
        await add_goal(session, course, agree_goal("Mål"), by="T", now=NOW)
        note = await add_note(session, course, "Notat", author_id=None, author_name="T", now=NOW)
        await add_note(
            session,
            course,
            "Rettelse",
            author_id=None,
            author_name="T",
            now=NOW,
            corrects_id=note.id,
        )
    # The cases untouched for six years, but the course's note written a year ago: kept.
    now = datetime(2033, 1, 4, tzinfo=UTC)
    await _age(engine, datetime(2027, 1, 3, tzinfo=UTC))
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE journal_notes SET written_at = :at WHERE id = :id"),
            {"at": datetime(2032, 1, 4, tzinfo=UTC), "id": note.id},
        )
        cases, _ = await purge_case_records(AsyncSession(bind=connection), world.centre_id, now=now)
    assert cases == 2  # the two cases without recent course records went
    assert await count_rows(engine, "journal_notes") == 2
    # Once the note is old too, the case goes, and its course's records with it.
    await _age(engine, datetime(2027, 1, 3, tzinfo=UTC))
    async with engine.begin() as connection:
        cases, citizens = await purge_case_records(
            AsyncSession(bind=connection), world.centre_id, now=now
        )
    assert (cases, citizens) == (1, 1)
    for table in ("courses", "course_goals", "goal_changes", "journal_notes"):
        assert await count_rows(engine, table) == 0, table
