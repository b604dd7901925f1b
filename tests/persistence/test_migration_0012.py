"""Migration 0012 moves the invitations made before bookings into the therapists' calendars:
one appointment each, the earliest sent first; an invitation whose time meets one already
placed (the same therapist, or the same citizen) stays as it was, without an appointment,
its clash listed; one undone by a correction is not booked. Nothing is lost going down and
up again.

Thursday 26 November 2026 is in winter time: 10:00 in Copenhagen is 09:00 UTC.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    create_async_engine,
)
from sqlalchemy.pool import NullPool

from api.__main__ import alembic_config
from domain.citizens.cpr import Cpr
from persistence.centre import centres
from persistence.centre.centres import list_sites, provision_centre
from persistence.citizens.repository import add_citizen
from persistence.database import sqlalchemy_url
from tests.conftest import create_test_database, drop_test_database


@pytest.fixture
async def database() -> AsyncIterator[str]:
    url = await create_test_database("traening_migration_0012")
    yield url
    await drop_test_database(url)


async def _invite(
    connection: AsyncConnection, centre: uuid.UUID, site: uuid.UUID, citizen: uuid.UUID,
    therapist: uuid.UUID, *, at: datetime, sent_on: date, home: bool = False,
    undone: bool = False,
) -> uuid.UUID:  # fmt: skip
    """A case of the citizen, its invite event (and its correction), and the invitation."""
    case = await connection.scalar(
        text(
            "INSERT INTO cases (centre_id, citizen_id, site_id, legal_basis, referral_kind,"
            " received_at, received_date, condition, status) VALUES (:centre, :citizen,"
            " :site, 'SEL_86_1', 'application', '2026-11-16T09:00Z', '2026-11-16',"
            " 'Knæ', 'invited') RETURNING id"
        ),
        {"centre": centre, "citizen": citizen, "site": site},
    )
    event = await connection.scalar(
        text(
            "INSERT INTO case_events (centre_id, case_id, position, event, occurred_on, actor)"
            " VALUES (:centre, :case, 1, 'invite', :sent, 'Anna') RETURNING id"
        ),
        {"centre": centre, "case": case, "sent": sent_on},
    )
    if undone:
        await connection.execute(
            text(
                "INSERT INTO case_events (centre_id, case_id, position, corrects, occurred_on,"
                " actor) VALUES (:centre, :case, 2, :event, :sent, 'Anna')"
            ),
            {"centre": centre, "case": case, "event": event, "sent": sent_on},
        )
    invitation: uuid.UUID = await connection.scalar(
        text(
            "INSERT INTO invitations (centre_id, case_id, event_id, meeting_at, place, site_id,"
            " therapist_id, sent_on, channel) VALUES (:centre, :case, :event, :at, :place,"
            " :site, :therapist, :sent, 'letter') RETURNING id"
        ),
        {
            "centre": centre, "case": case, "event": event, "at": at,
            "place": "home" if home else "site", "site": None if home else site,
            "therapist": therapist, "sent": sent_on,
        },
    )  # fmt: skip
    return invitation


def _at(hour: int, minute: int = 0, day: int = 26) -> datetime:
    """Copenhagen wall time in late November 2026, as UTC."""
    return datetime(2026, 11, day, hour - 1, minute, tzinfo=UTC)


_SEED = centres._seed


def _seed_of_0011(name: str) -> dict[str, object]:
    """The seed as the schema of 0011 takes it: the attendance limits (unit "count") came
    with migration 0020."""
    data = _SEED(name)
    if name == "service_standard.json":
        limits = data["limits"]
        assert isinstance(limits, dict)
        data["limits"] = {
            basis: [row for row in rows if row[2] != "count"] for basis, rows in limits.items()
        }
    return data


async def test_invitations_become_appointments_and_clashes_are_kept_and_listed(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(centres, "_seed", _seed_of_0011)
    config = alembic_config(database)
    await asyncio.to_thread(command.upgrade, config, "0011")
    engine = create_async_engine(sqlalchemy_url(database), poolclass=NullPool)
    async with engine.begin() as connection:
        session = AsyncSession(bind=connection)
        centre = await provision_centre(session, "migration")
        site = (await list_sites(session, centre))[0].id
        users = []
        for name in ("anna", "bodil"):
            # Written as the schema of 0011 has the table (the model has columns added since).
            user = await connection.scalar(
                text(
                    "INSERT INTO staff_users (centre_id, username, display_name, password_hash,"
                    " roles, site_ids) VALUES (:centre, :name, :name, 'x', ARRAY['therapist'],"
                    " ARRAY[CAST(:site AS uuid)]) RETURNING id"
                ),
                {"centre": centre, "name": name, "site": site},
            )
            users.append(user)
        anna, bo = users
        people = []
        for cpr, name in (("010170-1234", "En"), ("030380-3333", "To"), ("040490-4444", "Tre")):
            citizen = await add_citizen(session, centre, name=name, address="Vej 1",
                                        cpr=Cpr.parse(cpr, today=date(2026, 11, 23)),
                                        municipality_code="183")  # fmt: skip
            people.append(citizen.id)
        one, two, three = people
        await session.flush()
        kept = await _invite(
            connection, centre, site, one, anna, at=_at(10), sent_on=date(2026, 11, 18)
        )
        # Anna again, 10:30-11:30 meets 10:00-11:00: the therapist's clash.
        staff_clash = await _invite(connection, centre, site, two, anna, at=_at(10, 30),
                                    sent_on=date(2026, 11, 19), home=True)  # fmt: skip
        # Citizen one again, with Bo, 10:45: the citizen's clash.
        citizen_clash = await _invite(connection, centre, site, one, bo, at=_at(10, 45),
                                      sent_on=date(2026, 11, 20))  # fmt: skip
        # Undone by a correction: not booked, and no clash, though it meets Anna's 10:00.
        await _invite(connection, centre, site, three, anna, at=_at(10), sent_on=date(2026, 11, 17),
                      undone=True)  # fmt: skip
        at_home = await _invite(connection, centre, site, three, bo, at=_at(9, day=27),
                                sent_on=date(2026, 11, 20), home=True)  # fmt: skip

    async def state() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], int]:
        async with engine.connect() as connection:
            booked = (
                await connection.execute(
                    text(
                        "SELECT i.id, a.staff_id, a.citizen_id, a.place, a.site_id, a.starts_at,"
                        " a.ends_at, a.purpose, a.status FROM invitations i"
                        " JOIN appointments a ON a.id = i.appointment_id ORDER BY a.starts_at"
                    )
                )
            ).all()
            clashes = (
                await connection.execute(
                    text(
                        "SELECT invitation_id, resource, clashing_appointment_id"
                        " FROM invitation_booking_clashes ORDER BY resource"
                    )
                )
            ).all()
            invitations = await connection.scalar(text("SELECT count(*) FROM invitations"))
        return booked, clashes, int(invitations or 0)

    await asyncio.to_thread(command.upgrade, config, "0012")
    booked, clashes, invitations = await state()
    assert booked == [
        (kept, anna, one, "site", site, _at(10), _at(11), "initial_assessment", "booked"),
        (at_home, bo, three, "home", None, _at(9, day=27), _at(10, day=27),
         "initial_assessment", "booked"),
    ]  # fmt: skip
    kept_appointment = await _appointment_of(engine, kept)
    assert [(c[0], c[1], c[2]) for c in clashes] == [
        (citizen_clash, "citizen", kept_appointment),
        (staff_clash, "staff", kept_appointment),
    ]
    assert invitations == 5  # every invitation is still there, the clashing ones untouched

    await asyncio.to_thread(command.downgrade, config, "0011")
    async with engine.connect() as connection:
        assert await connection.scalar(text("SELECT count(*) FROM appointments")) == 0
        assert await connection.scalar(text("SELECT count(*) FROM invitations")) == 5
    await asyncio.to_thread(command.upgrade, config, "0012")
    again, clashes_again, _ = await state()
    assert [row[0] for row in again] == [kept, at_home]
    assert [(c[0], c[1]) for c in clashes_again] == [
        (citizen_clash, "citizen"),
        (staff_clash, "staff"),
    ]
    await engine.dispose()


async def _appointment_of(engine: AsyncEngine, invitation: uuid.UUID) -> uuid.UUID:
    async with engine.connect() as connection:
        found: uuid.UUID = await connection.scalar(
            text("SELECT appointment_id FROM invitations WHERE id = :id"), {"id": invitation}
        )
    return found
