"""The citizen record: contact details, the GP, a relative; edits with their history, each
read and change in the access log; search by name, CPR number or phone."""

import asyncio
import logging
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import (
    CITIZEN,
    application,
    create_citizen,
    problem_fields,
    register,
    site_ids,
)
from tests.conftest import add_staff, count_rows, log_in, make_client

RECORD = {
    **CITIZEN,
    "phone": "+45 22 33 44 55",
    "email": "test@example.dk",
    "general_practitioner": "Læge Hansen",
    "general_practitioner_clinic": "Lægehuset Ishøj",
    "general_practitioner_provider_number": "012345",
    "relative": {"name": "Pia Testesen", "relation": "datter", "phone": "87654321"},
}


@pytest.fixture
async def citizen(client: httpx.AsyncClient) -> dict[str, Any]:
    sites = await site_ids(client)
    created = await create_citizen(client)
    assert (await register(client, **application(created["id"], sites["syd"]))).status_code == 201
    return created


async def _log(engine: AsyncEngine) -> list[Any]:
    async with engine.connect() as connection:
        result = await connection.execute(
            text("SELECT operation, use, citizen_ids, criterion FROM access_log ORDER BY id")
        )
        return list(result.all())


async def test_an_edit_keeps_its_history_and_is_logged(
    client: httpx.AsyncClient, citizen: dict[str, Any], engine: AsyncEngine,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG)
    url = f"/api/v1/citizens/{citizen['id']}"
    edited = await client.put(url, json=RECORD)
    assert edited.status_code == 200, edited.text
    body = edited.json()
    assert body["relative"] == {"name": "Pia Testesen", "relation": "datter", "phone": "87654321"}
    assert body["general_practitioner_provider_number"] == "012345"
    assert (await client.get(url)).json() == body
    changes = (await client.get(f"{url}/changes")).json()
    assert [(c["field"], c["old_value"], c["new_value"], c["actor"]) for c in changes] == [
        ("phone", "12345678", "+45 22 33 44 55", "leder"),
        ("email", None, "test@example.dk", "leder"),
        ("general_practitioner", "Lægehuset", "Læge Hansen", "leder"),
        ("general_practitioner_clinic", None, "Lægehuset Ishøj", "leder"),
        ("general_practitioner_provider_number", None, "012345", "leder"),
        ("relative.name", None, "Pia Testesen", "leder"),
        ("relative.relation", None, "datter", "leder"),
        ("relative.phone", None, "87654321", "leder"),
    ]
    # The same record again changes nothing; removing the relative is three changes.
    assert (await client.put(url, json=RECORD)).status_code == 200
    assert len((await client.get(f"{url}/changes")).json()) == 8
    cleared = await client.put(url, json={**RECORD, "relative": None})
    assert cleared.json()["relative"] is None
    newest = (await client.get(f"{url}/changes")).json()[:3]
    assert {(c["field"], c["new_value"]) for c in newest} == {
        ("relative.name", None),
        ("relative.relation", None),
        ("relative.phone", None),
    }
    log = await _log(engine)
    uses = [(e.operation, e.use) for e in log if e.operation.startswith("citizens-")]
    assert ("citizens-edit", "change") in uses
    assert ("citizens-list_changes", "read") in uses
    assert all(
        uuid.UUID(citizen["id"]) in e.citizen_ids for e in log if e.operation == "citizens-edit"
    )
    logged = "\n".join(r.getMessage() + str(r.__dict__) for r in caplog.records)
    assert "0101701234" not in logged
    assert "010170-1234" not in logged


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"cpr": "311370-1234"}, "cpr"),  # no 31 in month 13
        ({"cpr": "0101701234x"}, "cpr"),
        ({"phone": "1234"}, "phone"),
        ({"phone": "12 34 56 7a"}, "phone"),
        ({"email": "ikke en adresse"}, "email"),
        ({"email": "a@b"}, "email"),
        ({"general_practitioner_provider_number": "12345"}, "general_practitioner_provider_number"),
        (
            {"general_practitioner_provider_number": "١٢٣٤٥٦"},
            "general_practitioner_provider_number",
        ),
        ({"relative": {"relation": "søn"}}, "relative.name"),
        ({"relative": {"name": "  ", "phone": "12345678"}}, "relative.name"),
        ({"relative": {"name": "Bo", "phone": "nej"}}, "relative.phone"),
    ],
)
async def test_a_bad_edit_names_its_field_and_writes_nothing(
    client: httpx.AsyncClient, citizen: dict[str, Any], engine: AsyncEngine,
    change: dict[str, Any], field: str,
) -> None:  # fmt: skip
    url = f"/api/v1/citizens/{citizen['id']}"
    response = await client.put(url, json={**RECORD, **change})
    assert 400 <= response.status_code < 500, response.text
    assert problem_fields(response) == [field]
    assert await count_rows(engine, "citizen_changes") == 0
    assert (await client.get(url)).json() == citizen


async def test_another_citizens_cpr_number_is_a_conflict(
    client: httpx.AsyncClient, citizen: dict[str, Any], engine: AsyncEngine
) -> None:
    await create_citizen(client, cpr="020280-2222", name="Anden")
    response = await client.put(
        f"/api/v1/citizens/{citizen['id']}", json={**RECORD, "cpr": "020280-2222"}
    )
    assert response.status_code == 409
    assert problem_fields(response) == ["cpr"]
    assert "020280" not in response.text
    assert await count_rows(engine, "citizen_changes") == 0


async def test_a_cpr_number_change_moves_the_birth_date(
    client: httpx.AsyncClient, citizen: dict[str, Any]
) -> None:
    url = f"/api/v1/citizens/{citizen['id']}"
    edited = (await client.put(url, json={**CITIZEN, "cpr": "0202802222"})).json()
    assert (edited["cpr"], edited["birth_date"]) == ("020280-2222", "1980-02-02")
    change = (await client.get(f"{url}/changes")).json()[0]
    assert (change["field"], change["old_value"], change["new_value"]) == (
        "cpr", "010170-1234", "020280-2222"
    )  # fmt: skip


async def test_two_edits_at_once_each_record_the_value_they_replaced(
    client: httpx.AsyncClient, citizen: dict[str, Any], app: FastAPI
) -> None:
    url = f"/api/v1/citizens/{citizen['id']}"
    async with make_client(app) as other:
        await log_in(other, "leder")
        results = await asyncio.gather(
            client.put(url, json={**CITIZEN, "phone": "11111111"}),
            other.put(url, json={**CITIZEN, "phone": "22222222"}),
        )
    assert [r.status_code for r in results] == [200, 200]
    changes = (await client.get(f"{url}/changes")).json()
    # Oldest first: each entry's old value is the value the other wrote before it.
    chain = [(c["old_value"], c["new_value"]) for c in reversed(changes)]
    assert chain[0][0] == "12345678"
    assert chain[1][0] == chain[0][1]
    final = (await client.get(url)).json()["phone"]
    assert final == chain[1][1]


async def test_search_by_phone_name_and_cpr(
    client: httpx.AsyncClient, citizen: dict[str, Any], engine: AsyncEngine
) -> None:
    url = f"/api/v1/citizens/{citizen['id']}"
    assert (await client.put(url, json=RECORD)).status_code == 200
    search = "/api/v1/citizens/search"
    for body in ({"phone": "22334455"}, {"phone": "+4522334455"}, {"phone": "87 65 43 21"},
                 {"name": "testes"}, {"cpr": "0101701234"}):  # fmt: skip
        found = await client.post(search, json=body)
        assert found.status_code == 200, (body, found.text)
        assert [m["id"] for m in found.json()["items"]] == [citizen["id"]], body
    criteria = [e.criterion for e in await _log(engine) if e.operation == "citizens-search"]
    assert criteria[:3] == ["phone", "phone", "phone"]  # the number stays out of the log
    assert (await client.post(search, json={"phone": "99999999"})).json()["items"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "T"}, "name"),
        ({"name": "\x01\x02"}, "name"),
        ({"name": "Te\x07"}, "name"),
        ({"phone": "12"}, "phone"),
        ({}, "cpr"),
        ({"name": "Test", "phone": "12345678"}, "phone"),
    ],
)
async def test_a_bad_search_names_its_field(
    client: httpx.AsyncClient, body: dict[str, Any], field: str
) -> None:
    response = await client.post("/api/v1/citizens/search", json=body)
    assert response.status_code == 422, response.text
    assert problem_fields(response) == [field]


async def test_the_citizens_cases_are_those_within_reach_with_their_letters(
    client: httpx.AsyncClient, citizen: dict[str, Any], app: FastAPI, engine: AsyncEngine,
    centre_id: uuid.UUID, password_hash: str,
) -> None:  # fmt: skip
    sites = await site_ids(client)
    nord = await register(
        client, **application(citizen["id"], sites["nord"], legal_basis="SEL_86_2")
    )
    assert nord.status_code == 201
    url = f"/api/v1/citizens/{citizen['id']}/cases"
    both = (await client.get(url)).json()
    assert sorted(c["site_name"] for c in both) == ["Træningscenter Nord", "Træningscenter Syd"]
    assert all(c["letters"] == [] and c["open"] for c in both)
    await add_staff(engine, centre_id, password_hash, username="syd-terapeut",
                    roles=["therapist"], sites=["syd"])  # fmt: skip
    async with make_client(app) as therapist:
        await log_in(therapist, "syd-terapeut")
        seen = (await therapist.get(url)).json()
    assert [c["site_name"] for c in seen] == ["Træningscenter Syd"]
