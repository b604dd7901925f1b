"""Centres, their sites, closure days and service standard: provisioning and look-ups."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar import WorkingDayCalendar
from domain.centre.service_standard import Limit, LimitKind, LimitUnit, ServiceStandard
from domain.errors import Conflict, NotFound
from persistence.centre.models import Centre, ClosureDay, ServiceStandardLimit, Site

SEED = Path(__file__).resolve().parents[1] / "seed"


def _seed(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((SEED / name).read_text(encoding="utf-8"))
    return data


async def provision_centre(session: AsyncSession, code: str | None = None) -> uuid.UUID:
    """Create the centre of the seed data, with its sites and service standard, if missing."""
    centre_seed = _seed("centre.json")
    code = code or str(centre_seed["code"])
    existing = await session.scalar(select(Centre.id).where(Centre.code == code))
    if existing is not None:
        return existing
    centre = Centre(code=code, name=str(centre_seed["name"]))
    session.add(centre)
    await session.flush()
    sites = centre_seed["sites"]
    assert isinstance(sites, list)
    for site in sites:
        session.add(Site(centre_id=centre.id, **site))
    standard = _seed("service_standard.json")
    effective_from = date.fromisoformat(str(standard["effective_from"]))
    limits = standard["limits"]
    assert isinstance(limits, dict)
    for legal_basis, rows in limits.items():
        for kind, value, unit in rows:
            session.add(
                ServiceStandardLimit(
                    centre_id=centre.id,
                    legal_basis=legal_basis,
                    kind=LimitKind(kind).value,
                    value=value,
                    unit=LimitUnit(unit).value,
                    effective_from=effective_from,
                )
            )
    await session.flush()
    return centre.id


async def centre_id_by_code(session: AsyncSession, code: str) -> uuid.UUID | None:
    return await session.scalar(select(Centre.id).where(Centre.code == code))


async def list_sites(session: AsyncSession, centre_id: uuid.UUID) -> list[Site]:
    rows = await session.scalars(
        select(Site).where(Site.centre_id == centre_id).order_by(Site.name)
    )
    return list(rows)


async def get_site(session: AsyncSession, centre_id: uuid.UUID, site_id: uuid.UUID) -> Site:
    site = await session.scalar(select(Site).where(Site.centre_id == centre_id, Site.id == site_id))
    if site is None:
        raise NotFound("Matriklen findes ikke.", field="site_id")
    return site


async def list_closure_days(session: AsyncSession, centre_id: uuid.UUID) -> list[ClosureDay]:
    rows = await session.scalars(
        select(ClosureDay).where(ClosureDay.centre_id == centre_id).order_by(ClosureDay.day)
    )
    return list(rows)


async def add_closure_day(
    session: AsyncSession, centre_id: uuid.UUID, day: date, reason: str
) -> ClosureDay:
    inserted: ClosureDay | None = await session.scalar(
        insert(ClosureDay)
        .values(centre_id=centre_id, day=day, reason=reason)
        .on_conflict_do_nothing(constraint="uq_closure_days_centre_day")
        .returning(ClosureDay)
    )
    if inserted is None:
        raise Conflict("Dagen er allerede registreret som lukkedag.", field="day")
    return inserted


async def remove_closure_day(
    session: AsyncSession, centre_id: uuid.UUID, closure_day_id: uuid.UUID
) -> None:
    removed = await session.scalar(
        delete(ClosureDay)
        .where(ClosureDay.centre_id == centre_id, ClosureDay.id == closure_day_id)
        .returning(ClosureDay.id)
    )
    if removed is None:
        raise NotFound("Lukkedagen findes ikke.")


async def working_day_calendar(session: AsyncSession, centre_id: uuid.UUID) -> WorkingDayCalendar:
    days = await session.scalars(select(ClosureDay.day).where(ClosureDay.centre_id == centre_id))
    return WorkingDayCalendar(days)


async def service_standard(session: AsyncSession, centre_id: uuid.UUID) -> ServiceStandard:
    rows = await session.scalars(
        select(ServiceStandardLimit).where(ServiceStandardLimit.centre_id == centre_id)
    )
    return ServiceStandard(
        Limit(
            legal_basis=row.legal_basis,
            kind=LimitKind(row.kind),
            value=row.value,
            unit=LimitUnit(row.unit),
            effective_from=row.effective_from,
        )
        for row in rows
    )


async def service_standard_rows(
    session: AsyncSession, centre_id: uuid.UUID
) -> list[ServiceStandardLimit]:
    rows = await session.scalars(
        select(ServiceStandardLimit)
        .where(ServiceStandardLimit.centre_id == centre_id)
        .order_by(
            ServiceStandardLimit.legal_basis,
            ServiceStandardLimit.kind,
            ServiceStandardLimit.effective_from,
        )
    )
    return list(rows)


async def add_service_standard_version(
    session: AsyncSession, centre_id: uuid.UUID, limits: list[Limit]
) -> list[ServiceStandardLimit]:
    """Insert a version; one already there for a limit on that date is a Conflict."""
    rows = [
        ServiceStandardLimit(
            centre_id=centre_id,
            legal_basis=limit.legal_basis,
            kind=limit.kind.value,
            value=limit.value,
            unit=limit.unit.value,
            effective_from=limit.effective_from,
        )
        for limit in limits
    ]
    try:
        async with session.begin_nested():
            session.add_all(rows)
            await session.flush()
    except IntegrityError:
        raise Conflict(
            "Der findes allerede en version af fristen med den ikrafttrædelsesdato.",
            field="effective_from",
            rule="service_standard_version",
        ) from None
    return rows
