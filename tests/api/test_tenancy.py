"""Every record belongs to a centre; a caller sees and uses only their own centre's."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from persistence.centre.centres import provision_centre
from tests.api.helpers import application, create_citizen, register, site_ids
from tests.conftest import add_staff, log_in, make_client


@pytest.fixture
async def other_client(
    app: FastAPI, engine: AsyncEngine, centre_id: object, password_hash: str
) -> AsyncIterator[httpx.AsyncClient]:
    """A team leader of another centre, on the same deployment."""
    async with engine.begin() as connection:
        other = await provision_centre(AsyncSession(bind=connection), "other-centre")
    await add_staff(engine, other, password_hash, username="anden-leder",
                    roles=["team_leader"], sites=["syd", "nord"])  # fmt: skip
    async with make_client(app) as client:
        await log_in(client, "anden-leder")
        yield client


async def test_another_centres_case_and_citizen_are_not_found(
    client: httpx.AsyncClient, other_client: httpx.AsyncClient
) -> None:
    other_sites = await site_ids(other_client)
    stranger = await create_citizen(other_client)
    case = (await register(other_client, **application(stranger["id"], other_sites["syd"]))).json()

    assert (await client.get(f"/api/v1/cases/{case['id']}")).status_code == 404
    assert (await client.get(f"/api/v1/citizens/{stranger['id']}")).status_code == 404
    assert (await client.get("/api/v1/worklist")).json()["items"] == []
    found = await client.post("/api/v1/citizens/search", json={"cpr": "010170-1234"})
    assert found.json()["items"] == []


async def test_the_same_person_may_be_known_to_two_centres(
    client: httpx.AsyncClient, other_client: httpx.AsyncClient
) -> None:
    await create_citizen(other_client)
    await create_citizen(client)  # same CPR number, no conflict across centres


async def test_a_referral_cannot_use_another_centres_site_or_citizen(
    client: httpx.AsyncClient, other_client: httpx.AsyncClient
) -> None:
    other_sites = await site_ids(other_client)
    stranger = await create_citizen(other_client)
    own_sites = await site_ids(client)
    own = await create_citizen(client, cpr="020280-2222")

    wrong_site = await register(client, **application(own["id"], other_sites["syd"]))
    assert wrong_site.status_code == 422
    assert [e["field"] for e in wrong_site.json()["errors"]] == ["site_id"]
    wrong_citizen = await register(client, **application(stranger["id"], own_sites["syd"]))
    assert wrong_citizen.status_code == 422
    assert [e["field"] for e in wrong_citizen.json()["errors"]] == ["citizen_id"]
