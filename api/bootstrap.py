"""First start: the centre from the seed data, and fictitious demo citizens and referrals.

Demo data goes in through the API itself, so it meets every rule real input meets.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import func, select

from api.settings import Settings
from persistence.centres import provision_centre
from persistence.database import create_engine
from persistence.models import Citizen

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
            from sqlalchemy.ext.asyncio import AsyncSession

            session = AsyncSession(bind=connection)
            await provision_centre(session, settings.centre_code)
            await session.flush()
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
            async with app.state.session_factory() as session:
                if await session.scalar(select(func.count()).select_from(Citizen)):
                    return
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://demo") as client:
                await _fill(client, random.Random(seed))  # noqa: S311 - demo data, not secrets
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
            body = {**common, "legal_basis": "SEL_86_1" if index % 2 else "SEL_86_2",
                    "channel": rng.choice(["web_form", "post", "email", "borgerservice_ishoj"]),
                    "submitter": rng.choice(["citizen", "relative", "borgerservice"])}  # fmt: skip
        else:
            discharge = received.date() - timedelta(days=rng.randint(0, 2))
            body = {**common, "legal_basis": "SUL_140", "hospital": "Hvidovre Hospital",
                    "department": "Ortopædkirurgisk afdeling",
                    "plan_type": rng.choice(["almen_basal", "almen_avanceret",
                                             "rehabilitering_specialiseret"]),
                    "discharge_date": discharge.isoformat()}  # fmt: skip
        (await client.post("/api/v1/referrals", json=body)).raise_for_status()
