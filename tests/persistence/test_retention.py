"""Retention: old access-log entries and case records go; the job logs its own run."""

import uuid
from datetime import UTC, datetime

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from persistence.retention import purge_access_log, purge_case_records, purge_ggop_messages
from tests.api.helpers import (
    application,
    create_citizen,
    invited_and_assessed,
    new_case,
    refusal,
    register,
    site_ids,
    step,
)
from tests.api.test_attendance import cancelled, mark, sessions
from tests.conftest import count_rows
from tests.fixtures.ggop_messages import ggop

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def _backdate(engine: AsyncEngine, statement: str, **values: object) -> None:
    """Age rows by hand: the log refuses updates, so its own trigger is paused here only."""
    async with engine.begin() as connection:
        await connection.execute(
            text("ALTER TABLE access_log DISABLE TRIGGER access_log_append_only")
        )
        await connection.execute(text(statement), values)
        await connection.execute(
            text("ALTER TABLE access_log ENABLE TRIGGER access_log_append_only")
        )


async def test_access_log_entries_older_than_the_period_are_deleted_by_the_job(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID
) -> None:
    await create_citizen(client)
    await create_citizen(client, cpr="020280-2222")
    # 23 Nov 2021 09:00 is exactly 5 years back: the older entry goes, the other stays.
    set_at = "UPDATE access_log SET at = :at WHERE id = (SELECT {}(id) FROM access_log)"
    await _backdate(engine, set_at.format("min"), at=datetime(2021, 11, 23, 8, 59, tzinfo=UTC))
    await _backdate(engine, set_at.format("max"), at=datetime(2021, 11, 23, 9, 1, tzinfo=UTC))
    async with engine.begin() as connection:
        deleted = await purge_access_log(AsyncSession(bind=connection), centre_id, now=NOW, years=5)
    assert deleted == 1
    async with engine.connect() as connection:
        rows = (
            await connection.execute(text("SELECT operation, actor FROM access_log ORDER BY id"))
        ).all()
    assert rows == [
        ("citizens-create", "leder"),
        ("retention-access_log", "retention-job"),
    ]


async def test_case_records_go_five_years_after_their_last_entry(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID
) -> None:
    sites = await site_ids(client)
    old = await create_citizen(client)
    recent = await create_citizen(client, cpr="020280-2222")
    old_case = (await register(client, **application(old["id"], sites["syd"]))).json()
    await register(client, **application(recent["id"], sites["syd"]))
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE cases SET last_entry_at = :at WHERE id = :id"),
            {"at": datetime(2021, 11, 22, tzinfo=UTC), "id": old_case["id"]},
        )
        cases, citizens = await purge_case_records(
            AsyncSession(bind=connection), centre_id, now=NOW
        )
    assert (cases, citizens) == (1, 1)
    assert await count_rows(engine, "cases") == 1
    assert await count_rows(engine, "case_deadlines") == 2  # the recent case's two
    assert (await client.get(f"/api/v1/citizens/{old['id']}")).status_code == 404
    assert (await client.get(f"/api/v1/citizens/{recent['id']}")).status_code == 200


async def _age_and_purge(engine: AsyncEngine, centre_id: uuid.UUID) -> tuple[int, int]:
    """Make every case's last entry six years old, its bookings (the invitation's
    conversation) as old, then run the job."""
    async with engine.begin() as connection:
        old = {"at": datetime(2020, 11, 1, tzinfo=UTC)}
        await connection.execute(text("UPDATE cases SET last_entry_at = :at"), old)
        await connection.execute(
            text("UPDATE appointments SET created_at = :at, changed_at = NULL"), old
        )
        return await purge_case_records(AsyncSession(bind=connection), centre_id, now=NOW)


async def test_a_case_with_a_pending_complaint_is_kept_whatever_its_age(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID
) -> None:
    case = await new_case(client)
    await invited_and_assessed(client, case)
    await step(client, case["id"], "decision", refusal())
    complained = await step(
        client, case["id"], "complaints", {"received_on": "2026-11-23", "summary": "Uenig"}
    )
    assert complained.json()["status"] == "complained"
    assert await _age_and_purge(engine, centre_id) == (0, 0)
    await step(
        client, case["id"], "reassessment", {"reassessed_on": "2026-11-23", "note": "Fastholdt"}
    )
    assert await _age_and_purge(engine, centre_id) == (0, 0)  # upheld, not yet forwarded
    await step(client, case["id"], "appeals-board", {"forwarded_on": "2026-11-23"})
    gone = await _age_and_purge(engine, centre_id)
    assert gone == (1, 1)  # letters, decisions and the complaint went with it
    for table in ("letters", "decisions", "complaints", "case_events", "citizens"):
        assert await count_rows(engine, table) == 0, table


async def test_plans_kept_without_a_case_go_a_year_after_they_came(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID
) -> None:
    xml = {"Content-Type": "application/xml"}
    sent = {
        "failed": ggop("GGOP-RET-FAILED", End=None),
        "elsewhere": ggop("GGOP-RET-ELSEWHERE", Receiver_Identifier="0167"),
        "mapped": ggop("GGOP-RET-MAPPED"),
        "recent": ggop("GGOP-RET-RECENT", End=None),
    }
    for name, message in sent.items():
        response = await client.post("/api/v1/intake/ggop", content=message, headers=xml)
        assert response.status_code in (201, 202), (name, response.text)
    # 23 Nov 2025 09:00 is exactly a year back: the three older plans came before it.
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "UPDATE ggop_messages SET received_at = :at WHERE message_id <> 'GGOP-RET-RECENT'"
            ),
            {"at": datetime(2025, 11, 23, 8, 59, tzinfo=UTC)},
        )
        await connection.execute(
            text("UPDATE ggop_messages SET received_at = :at WHERE message_id = 'GGOP-RET-RECENT'"),
            {"at": datetime(2025, 11, 23, 9, 1, tzinfo=UTC)},
        )
    async with engine.begin() as connection:
        deleted = await purge_ggop_messages(AsyncSession(bind=connection), centre_id, now=NOW)
    assert deleted == 2
    async with engine.connect() as connection:
        left = set(await connection.scalars(text("SELECT message_id FROM ggop_messages")))
        entry = (
            await connection.execute(text("SELECT * FROM access_log ORDER BY id DESC LIMIT 1"))
        ).one()
    # The plan with a case stays with its case; the recent failed one is kept for staff.
    assert left == {"GGOP-RET-MAPPED", "GGOP-RET-RECENT"}
    assert await count_rows(engine, "cases") == 1
    assert (entry.operation, entry.use, entry.actor) == (
        "retention-ggop_messages", "delete", "retention-job"
    )  # fmt: skip
    assert entry.criterion == "ggop without case before 2025-11-23: 2"


async def test_attendance_pauses_endings_and_trips_count_as_entries_and_go_with_the_case(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID
) -> None:
    course, (session,) = await sessions(client, ("2026-11-24",))
    pause = {
        "reason": "Ingen energi",
        "starts_on": "2026-11-28",
        "expected_resume_on": "2026-12-07",
    }
    assert (await client.post(f"/api/v1/courses/{course}/postponement", json=pause)).is_success
    assert (await client.post(f"/api/v1/courses/{course}/resumption")).is_success
    grant = {"reason": "Kørestol", "from_address": "Vej 1, 2635 Ishøj", "to_address": "Centret"}
    assert (await client.put(f"/api/v1/courses/{course}/transport", json=grant)).is_success
    trip = {
        "agreed_pickup": "2026-11-24T16:55:00+01:00", "actual_pickup": "2026-11-24T17:05:00+01:00",
        "arrival": "2026-11-24T17:55:00+01:00", "session_end": "2026-11-24T18:45:00+01:00",
        "departure": "2026-11-24T18:50:00+01:00", "drop_off": "2026-11-24T19:45:00+01:00",
    }  # fmt: skip
    assert (await client.post(f"/api/v1/appointments/{session}/trip", json=trip)).is_success
    assert (await mark(client, session, "cancelled", **cancelled(reason="illness"))).is_success
    ending = {"ended_on": "2026-11-23", "reason": "citizen_wish"}
    assert (await client.post(f"/api/v1/courses/{course}/ending", json=ending)).is_success
    tables = ("attendance_events", "course_postponements", "course_endings", "transport_grants",
              "trips")  # fmt: skip
    # The case and its bookings are old, but its attendance and transport were recorded today.
    assert await _age_and_purge(engine, centre_id) == (0, 0)
    for table in tables:
        assert await count_rows(engine, table) >= 1, table
    old = {"at": datetime(2020, 11, 1, tzinfo=UTC)}
    async with engine.begin() as connection:
        for table, column in (
            ("attendance_events", "recorded_at"), ("course_postponements", "recorded_at"),
            ("course_endings", "recorded_at"), ("transport_grants", "granted_at"),
            ("trips", "recorded_at"),
        ):  # fmt: skip
            await connection.execute(text(f"UPDATE {table} SET {column} = :at"), old)
    assert await _age_and_purge(engine, centre_id) == (1, 1)
    for table in (*tables, "attendance_flags", "courses", "appointments"):
        assert await count_rows(engine, table) == 0, table
