"""Two staff at once: the database, not luck, decides who wins."""

import asyncio

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import CITIZEN
from tests.conftest import count_rows


async def test_two_registrations_of_one_person_at_once_make_one_citizen(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    responses = await asyncio.gather(
        *(client.post("/api/v1/citizens", json=CITIZEN) for _ in range(6))
    )
    codes = sorted(response.status_code for response in responses)
    assert codes == [201, 409, 409, 409, 409, 409]
    winner = next(r for r in responses if r.status_code == 201).json()["id"]
    assert {r.json()["existing_citizen_id"] for r in responses if r.status_code == 409} == {winner}
    assert await count_rows(engine, "citizens") == 1
