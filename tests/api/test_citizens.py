"""Registering and finding citizens."""

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import CITIZEN, create_citizen, problem_fields
from tests.conftest import count_rows


async def test_a_citizen_is_registered_with_birth_date_and_municipality(
    client: httpx.AsyncClient,
) -> None:
    citizen = await create_citizen(client, cpr="0101701234")
    assert citizen["cpr"] == "010170-1234"
    assert citizen["birth_date"] == "1970-01-01"
    assert citizen["municipality_name"] == "Ishøj"
    assert citizen["other_municipality"] is False
    fetched = await client.get(f"/api/v1/citizens/{citizen['id']}")
    assert fetched.status_code == 200
    assert fetched.json() == citizen


async def test_a_citizen_of_another_municipality_is_accepted_and_marked(
    client: httpx.AsyncClient,
) -> None:
    citizen = await create_citizen(client, municipality_code="153")
    assert (citizen["municipality_name"], citizen["other_municipality"]) == ("Brøndby", True)


async def test_a_duplicate_cpr_is_a_conflict_that_names_the_existing_citizen(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    first = await create_citizen(client)
    response = await client.post("/api/v1/citizens", json={**CITIZEN, "name": "Another"})
    assert response.status_code == 409
    assert problem_fields(response) == ["cpr"]
    assert response.json()["existing_citizen_id"] == first["id"]
    assert "010170" not in response.text
    assert await count_rows(engine, "citizens") == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"cpr": "01017-01234"}, "cpr"),  # malformed
        ({"cpr": "310270-1234"}, "cpr"),  # 31 February
        ({"cpr": "010130-4000"}, "cpr"),  # born 2030
        ({"municipality_code": "999"}, "municipality_code"),  # no such municipality
        ({"municipality_code": "18"}, "municipality_code"),
        ({"name": "x" * 201}, "name"),  # too long
        ({"name": "   "}, "name"),
        ({"address": None}, "address"),
        ({"unexpected": 1}, "unexpected"),
    ],
)
async def test_bad_citizen_input_is_refused_by_field_and_nothing_is_written(
    client: httpx.AsyncClient, engine: AsyncEngine, changes: dict[str, object], field: str
) -> None:
    response = await client.post("/api/v1/citizens", json={**CITIZEN, **changes})
    assert response.status_code == 422, response.text
    assert field in problem_fields(response)
    assert "1234" not in response.text  # the rejected number is never echoed
    assert await count_rows(engine, "citizens") == 0
    assert await count_rows(engine, "access_log") == 0


async def test_a_body_that_is_not_json_is_a_problem(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/citizens", content=b"{cpr: 1", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert problem_fields(response) == ["body"]


async def test_search_by_cpr_is_a_post_and_is_logged_without_the_number(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    citizen = await create_citizen(client)
    await create_citizen(client, cpr="020280-2222", name="Anden Borger")
    found = await client.post("/api/v1/citizens/search", json={"cpr": "0101701234"})
    assert found.status_code == 200
    assert [row["id"] for row in found.json()["items"]] == [citizen["id"]]
    by_name = await client.post("/api/v1/citizens/search", json={"name": "anden"})
    assert [row["name"] for row in by_name.json()["items"]] == ["Anden Borger"]
    none = await client.post("/api/v1/citizens/search", json={})
    assert none.status_code == 422
    async with engine.connect() as connection:
        from sqlalchemy import text

        rows = (
            await connection.execute(
                text("SELECT use, criterion, citizen_ids FROM access_log ORDER BY id")
            )
        ).all()
    searches = [row for row in rows if row.use == "search"]
    assert [row.criterion for row in searches] == ["cpr", "name:anden"]
    assert [str(i) for i in searches[0].citizen_ids] == [citizen["id"]]


async def test_an_unknown_citizen_id_is_not_found(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/citizens/8b2f5f3e-0000-4000-8000-000000000000")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    malformed = await client.get("/api/v1/citizens/not-an-id")
    assert malformed.status_code == 422
    assert problem_fields(malformed) == ["citizen_id"]


@pytest.mark.parametrize("text", ["Anne\x00Hansen", "Anne\x1bHansen", "Anne\x7f"])
async def test_control_characters_are_refused_by_field(
    client: httpx.AsyncClient, engine: AsyncEngine, text: str
) -> None:
    response = await client.post("/api/v1/citizens", json={**CITIZEN, "name": text})
    assert response.status_code == 422
    assert problem_fields(response) == ["name"]
    assert await count_rows(engine, "citizens") == 0


async def test_a_nul_in_a_login_or_a_filter_is_a_problem_not_a_crash(
    client: httpx.AsyncClient,
) -> None:
    login = await client.post("/api/v1/auth/login", json={"username": "a\x00b", "password": "x"})
    assert login.status_code == 422
    listed = await client.get("/api/v1/worklist", params={"legal_basis": "SEL\x00"})
    assert listed.status_code == 422
