"""First start: the centre from the seed data, and fictitious demo citizens and referrals.

Demo data goes in through the API itself, so it meets every rule real input meets.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.security.authentication import api_key_text, new_prefix
from api.security.secrets import digest, hash_password, new_token
from api.settings import Settings
from domain.access import API_KEY_SCOPES, Role, check_discipline, check_password
from domain.casework import APPLICATION_BASES, REHAB_PLAN_BASES
from persistence.access import ApiKey, add_api_key, add_user, revoke_api_key
from persistence.centre import centre_id_by_code, list_sites, provision_centre
from persistence.citizens import Citizen
from persistence.database import create_engine
from persistence.retention import (
    RetentionReport,
    purge_access_log,
    purge_case_records,
    purge_ggop_messages,
    purge_idempotency_keys,
)

# Fictitious people; the CPR numbers have valid form and past birth dates, nothing more.
DEMO_CITIZENS = [
    ("120344-1118", "Inger Marie Holm", "Ishøj Strandvej 12, 2635 Ishøj", "183"),
    ("030551-2046", "Poul Erik Vestergaard", "Vejleåparken 4, 2635 Ishøj", "183"),
    ("281139-1562", "Ruth Jensen", "Pilemøllevej 21, 2625 Vallensbæk", "187"),
    ("170962-3311", "Karsten Lund", "Bækkeskovvej 8, 2625 Vallensbæk", "187"),
    ("090748-1900", "Birthe Kjær", "Strandgårdsvej 30, 2635 Ishøj", "183"),
    ("221257-2415", "Hassan Ali", "Gildbrohøj 2, 2635 Ishøj", "183"),
    ("010436-0812", "Else Margrethe Dahl", "Vallensbæk Torvevej 5, 2625 Vallensbæk", "187"),
    ("150870-3007", "Jannie Sørensen", "Ishøj Bygade 40, 2635 Ishøj", "183"),
    ("300145-1234", "Aage Nielsen", "Brøndbyvestervej 90, 2605 Brøndby", "153"),
    ("061166-2288", "Mette Frederiksen Bang", "Horstedvang 7, 2625 Vallensbæk", "187"),
    ("241233-0444", "Knud Erik Bach", "Tranegilde Strandvej 3, 2635 Ishøj", "183"),
    ("110554-1672", "Lone Mikkelsen", "Nordmarksvej 16, 2625 Vallensbæk", "187"),
]

CONDITIONS = [
    "Hoftealloplastik højre side",
    "Apopleksi med venstresidig parese",
    "Knæalloplastik venstre side",
    "Faldtendens og nedsat gangfunktion",
    "Skulderfraktur, konservativt behandlet",
    "KOL med nedsat udholdenhed",
    "Parkinsons sygdom, nedsat balance",
    "Lændesmerter og nedsat funktionsevne",
]


async def provision(url: str, settings: Settings) -> None:
    engine = create_engine(url, pool_size=1)
    try:
        async with engine.begin() as connection:
            session = AsyncSession(bind=connection)
            await provision_centre(session, settings.centre_code)
            await session.flush()
    finally:
        await engine.dispose()


async def create_user(url: str, settings: Settings, args: Any, password: str) -> None:
    """A staff account from the command line: the first administrator, or the test users."""
    check_password(password)
    check_discipline(args.roles, args.discipline is not None)
    engine = create_engine(url, pool_size=1)
    try:
        async with engine.begin() as connection:
            session = AsyncSession(bind=connection)
            centre_id = await centre_id_by_code(session, settings.centre_code)
            assert centre_id is not None
            sites = {site.code: site.id for site in await list_sites(session, centre_id)}
            unknown = set(args.sites) - set(sites)
            if unknown:
                raise SystemExit(f"Unknown site(s): {', '.join(sorted(unknown))}")
            await add_user(
                session,
                centre_id,
                username=args.username.lower(),
                display_name=args.name,
                password_hash=await hash_password(password),
                roles=[Role(role).value for role in args.roles],
                site_ids=[sites[code] for code in args.sites],
                discipline=args.discipline,
            )
    finally:
        await engine.dispose()


async def retention(url: str, settings: Settings, args: Any) -> RetentionReport:
    engine = create_engine(url, pool_size=1)
    try:
        async with engine.begin() as connection:
            session = AsyncSession(bind=connection)
            centre_id = await centre_id_by_code(session, settings.centre_code)
            assert centre_id is not None
            now = datetime.now(UTC)
            cases, citizens = await purge_case_records(
                session, centre_id, now=now, years=args.record_years
            )
            entries = await purge_access_log(
                session, centre_id, now=now, years=args.access_log_years
            )
            keys = await purge_idempotency_keys(session, now=now)
            plans = await purge_ggop_messages(
                session, centre_id, now=now, years=args.ggop_without_case_years
            )
        return RetentionReport(entries, cases, citizens, keys, plans)
    finally:
        await engine.dispose()


async def load_demo(url: str, settings: Settings, *, seed: int = 183) -> None:
    """Load the demo once: skipped when the centre already has citizens."""
    await provision(url, settings)
    engine = create_engine(url, pool_size=2)
    from api.app import create_app

    app = create_app(settings, engine=engine)
    try:
        async with app.router.lifespan_context(app):
            async with app.state.session_factory() as session, session.begin():
                if await session.scalar(select(func.count()).select_from(Citizen)):
                    return
                # A short-lived key of its own, so the demo's writes are logged like any other.
                centre_id = await centre_id_by_code(session, settings.centre_code)
                assert centre_id is not None
                prefix, secret = new_prefix(), new_token()
                key = await add_api_key(
                    session,
                    ApiKey(centre_id=centre_id, name="demo-data", prefix=prefix,
                           secret_hash=digest(secret), scopes=sorted(API_KEY_SCOPES)),
                )  # fmt: skip
            transport = httpx.ASGITransport(app=app)
            headers = {"Authorization": f"Bearer {api_key_text(prefix, secret)}"}
            async with httpx.AsyncClient(
                transport=transport, base_url="http://demo", headers=headers
            ) as client:
                await _fill(client, random.Random(seed))  # noqa: S311 - demo data, not secrets
            async with app.state.session_factory() as session, session.begin():
                await revoke_api_key(session, centre_id, key.id, datetime.now(UTC))
    finally:
        await engine.dispose()
    print("Demo data loaded.", flush=True)


async def _fill(client: httpx.AsyncClient, rng: random.Random) -> None:
    sites = (await client.get("/api/v1/sites")).raise_for_status().json()
    now = datetime.now(UTC)
    for index, (cpr, name, address, municipality) in enumerate(DEMO_CITIZENS):
        citizen = (
            (
                await client.post(
                    "/api/v1/citizens",
                    json={
                        "cpr": cpr,
                        "name": name,
                        "address": address,
                        "municipality_code": municipality,
                        "phone": f"4{rng.randint(1000000, 9999999)}",
                        "general_practitioner": "Lægehuset Ishøj Centeret",
                    },
                )
            )
            .raise_for_status()
            .json()
        )
        # A spread around today: some fresh, some close to their limit, some overdue.
        received = now - timedelta(days=rng.randint(0, 16), hours=rng.randint(0, 8))
        common = {
            "citizen_id": citizen["id"],
            "site_id": sites[index % len(sites)]["id"],
            "received_at": received.isoformat(),
            "condition": CONDITIONS[index % len(CONDITIONS)],
        }
        if index % 3 == 0:
            body = {**common, "legal_basis": APPLICATION_BASES[index % 2],
                    "channel": rng.choice(["web_form", "post", "email", "borgerservice_ishoj"]),
                    "submitter": rng.choice(["citizen", "relative", "borgerservice"])}  # fmt: skip
        else:
            discharge = received.date() - timedelta(days=rng.randint(0, 2))
            body = {**common, "legal_basis": REHAB_PLAN_BASES[0], "hospital": "Hvidovre Hospital",
                    "department": "Ortopædkirurgisk afdeling",
                    "plan_type": rng.choice(["almen_basal", "almen_avanceret",
                                             "rehabilitering_specialiseret"]),
                    "discharge_date": discharge.isoformat()}  # fmt: skip
        (await client.post("/api/v1/referrals", json=body)).raise_for_status()
