"""What the API refuses at its edge, in Danish and by field: characters that have no place in
a text, digits of other scripts, dates outside the calendar, wrong JSON types, wrong
methods; and that the OpenAPI document declares the same rules."""

import re
import uuid

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from api.app import create_app
from api.fields import CALENDAR_DATE_PATTERN, CPR_PATTERN, FILLED_TEXT_PATTERN
from tests.api.helpers import CITIZEN, create_citizen, problem_fields
from tests.conftest import count_rows

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
OTHER_DIGITS = {
    "full-width": "０１０１７０-１２３４",
    "Arabic-Indic": "٠١٠١٧٠-١٢٣٤",
    "Arabic-Indic, no hyphen": "٠١٠١٧٠١٢٣٤",
}
# Words of pydantic's and FastAPI's English messages.
ENGLISH = re.compile(
    r"\b(input|should|valid|greater|less|than|equal|error|required|least|most|items?|"
    r"characters?|string|integer|boolean|extra|permitted|match|pattern|value|there|parsing)\b",
    re.IGNORECASE,
)


def _messages(response: httpx.Response) -> list[str]:
    body = response.json()
    return [body["detail"], *(error["message"] for error in body.get("errors", []))]


@pytest.mark.parametrize("mark", BIDI, ids=[f"U+{ord(c):04X}" for c in BIDI])
async def test_a_name_with_a_bidirectional_formatting_character_is_refused(
    client: httpx.AsyncClient, engine: AsyncEngine, mark: str
) -> None:
    response = await client.post("/api/v1/citizens", json={**CITIZEN, "name": f"Anna {mark}nesreP"})
    assert response.status_code == 422
    assert problem_fields(response) == ["name"]
    assert "skriftretningen" in response.json()["errors"][0]["message"]
    assert await count_rows(engine, "citizens") == 0


@pytest.mark.parametrize("text", ["\x0bAnna", "Anna\x85", "\u202eAnna", "Anna\u2069 "])
async def test_a_refused_character_at_either_end_is_refused_not_stripped(
    client: httpx.AsyncClient, engine: AsyncEngine, text: str
) -> None:
    response = await client.post("/api/v1/citizens", json={**CITIZEN, "address": text})
    assert response.status_code == 422
    assert problem_fields(response) == ["address"]
    assert await count_rows(engine, "citizens") == 0


async def test_bidirectional_characters_are_refused_in_notes_too(
    client: httpx.AsyncClient,
) -> None:
    body = {"event": "withdraw", "note": "Ring til \u2067borgeren\u2069"}
    response = await client.post(f"/api/v1/cases/{uuid.uuid4()}/events", json=body)
    assert response.status_code == 422
    assert problem_fields(response) == ["note"]


@pytest.mark.parametrize("cpr", OTHER_DIGITS.values(), ids=OTHER_DIGITS.keys())
async def test_a_cpr_number_in_other_digits_is_refused_on_create_and_on_search(
    client: httpx.AsyncClient, engine: AsyncEngine, cpr: str
) -> None:
    created = await client.post("/api/v1/citizens", json={**CITIZEN, "cpr": cpr})
    assert created.status_code == 422
    assert problem_fields(created) == ["cpr"]
    assert "DDMMÅÅ-SSSS" in created.json()["errors"][0]["message"]
    assert await count_rows(engine, "citizens") == 0
    found = await client.post("/api/v1/citizens/search", json={"cpr": cpr})
    assert found.status_code == 422
    assert problem_fields(found) == ["cpr"]


async def test_the_arabic_indic_twin_of_a_registered_number_is_refused_not_a_conflict(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    # Read as digits, the twin would be born in 2010; its 7th digit is no ASCII 0-3.
    await create_citizen(client, cpr="010110-1234")
    twin = await client.post("/api/v1/citizens", json={**CITIZEN, "cpr": "٠١٠١١٠-١٢٣٤"})
    assert twin.status_code == 422
    assert problem_fields(twin) == ["cpr"]
    assert await count_rows(engine, "citizens") == 1


async def test_a_cpr_number_with_spaces_around_it_is_refused_as_the_document_says(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post("/api/v1/citizens", json={**CITIZEN, "cpr": " 010170-1234"})
    assert response.status_code == 422
    assert problem_fields(response) == ["cpr"]


async def test_dates_outside_the_calendar_and_values_of_the_wrong_json_type_are_refused(
    client: httpx.AsyncClient,
) -> None:
    cases = [
        ("/api/v1/closure-days", {"day": "1999-12-24", "reason": "Jul"}, "day"),
        ("/api/v1/closure-days", {"day": 0, "reason": "Jul"}, "day"),
        ("/api/v1/closure-days", {"day": "2026-12-24T00:00:00Z", "reason": "Jul"}, "day"),
        (
            f"/api/v1/cases/{uuid.uuid4()}/assessment",
            {"assessed_on": "2026-11-23", "trains_elsewhere": "false"},
            "trains_elsewhere",
        ),
    ]
    for path, body, field in cases:
        response = await client.post(path, json=body)
        assert response.status_code == 422, (body, response.text)
        assert problem_fields(response) == [field], body
    query = await client.get("/api/v1/working-days/count", params={"from": "1999-01-01",
                                                                   "to": "2026-01-01"})  # fmt: skip
    assert query.status_code == 422
    assert problem_fields(query) == ["from"]


async def test_every_validation_message_is_danish(client: httpx.AsyncClient) -> None:
    case = f"/api/v1/cases/{uuid.uuid4()}"
    bodies = [
        # numbers below and above their bounds, a number as text, too few and too many items
        ("/api/v1/service-standard", {"legal_basis": "SUL_140", "effective_from": "2027-01-01",
         "limits": [{"kind": "invitation", "value": -1, "unit": "working_days"},
                    {"kind": "decision", "value": 367, "unit": "working_days"},
                    {"kind": "complaint", "value": "5", "unit": "calendar_days"}]}),
        ("/api/v1/service-standard", {"legal_basis": "SUL_140", "effective_from": "2027-01-01",
         "limits": []}),
        (f"{case}/decision", {"outcome": "grant", "sent_on": "2026-11-23", "channel": "letter",
         "disciplines": ["physiotherapy", "occupational_therapy", "physiotherapy"],
         "form": "team_training", "transport_needed": 1, "reasons": "x" * 10001}),
        # a pattern, an unknown field, a missing one, a wrong enum value, a bad id and date
        ("/api/v1/citizens", {**CITIZEN, "municipality_code": "12", "nickname": "Bo",
                              "address": None}),
        (f"{case}/invitation", {"meeting_at": "i morgen", "place": "garden",
         "therapist_id": "x", "sent_on": "2026-02-30", "channel": "letter"}),
        (f"/api/v1/citizens/{uuid.uuid4()}/courses", {"legal_basis": "sul 140",
         "ended_on": 20261123, "note": 5}),
        ("/api/v1/citizens/search", {"name": "A"}),
        ("/api/v1/citizens", ["not", "an", "object"]),
    ]  # fmt: skip
    for path, body in bodies:
        response = await client.post(path, json=body)
        assert response.status_code == 422, (path, response.text)
        english = [m for m in _messages(response) if ENGLISH.search(m)]
        assert english == [], (path, english)
    limits = (await client.post(bodies[0][0], json=bodies[0][1])).json()["errors"]
    assert [e["message"] for e in limits] == [
        "Skal være mindst 0.",
        "Skal være højst 366.",
        "Skal være et heltal.",
    ]


async def test_a_body_that_cannot_be_read_is_answered_in_danish(
    anonymous: httpx.AsyncClient,
) -> None:
    # JSON by its type, but not UTF-8: FastAPI cannot parse it and answers 400 itself.
    response = await anonymous.post(
        "/api/v1/auth/login",
        content=b'{"username": "\xff\xfe"}',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "Forespørgslens indhold kunne ikke læses."


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/api/v1/closure-days", "GET, POST"),  # two routes on one address
        ("PUT", "/api/v1/closure-days", "GET, POST"),
        ("GET", "/api/v1/auth/login", "POST"),  # the SPA's GET must not answer this
        ("GET", "/api/v1/citizens/search", "POST"),  # not GET /citizens/{citizen_id}
        ("OPTIONS", "/api/v1/citizens/search", "POST"),
        ("PATCH", "/api/v1/citizens/0b4e8f3e-5a0c-4f7e-9a59-6f3f1c0a1b2c/courses", "GET, POST"),
    ],
)
async def test_a_wrong_method_names_every_method_of_the_address(
    client: httpx.AsyncClient, method: str, path: str, allow: str
) -> None:
    response = await client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["title"] == "Metoden er ikke tilladt"
    assert body["detail"] == "Metoden er ikke tilladt på denne adresse."


async def test_an_unknown_api_address_is_404_whatever_the_method(
    client: httpx.AsyncClient,
) -> None:
    for method in ("GET", "POST", "DELETE"):
        response = await client.request(method, "/api/v1/no-such-thing")
        assert response.status_code == 404, method
        assert response.json()["detail"] == "Adressen findes ikke."


async def test_a_worklist_cursor_of_the_declared_shape_is_a_position(
    client: httpx.AsyncClient,
) -> None:
    ok = await client.get("/api/v1/worklist", params={"cursor": f"9999.{uuid.uuid4().hex}"})
    assert ok.status_code == 200
    assert ok.json() == {"items": [], "next_cursor": None}
    for bad in ("٩٩٩٩." + "0" * 32, "1." + "0" * 31, "1.", "abc"):
        refused = await client.get("/api/v1/worklist", params={"cursor": bad})
        assert refused.status_code == 422
        assert problem_fields(refused) == ["cursor"]


def test_the_document_declares_the_rules_the_server_checks() -> None:
    document = create_app().openapi()
    schemas = document["components"]["schemas"]
    citizen = schemas["CitizenIn"]["properties"]
    assert citizen["cpr"]["pattern"] == CPR_PATTERN
    assert citizen["name"]["pattern"] == FILLED_TEXT_PATTERN
    name = re.compile(citizen["name"]["pattern"])
    assert name.fullmatch("Anna Persen")
    assert not any(name.fullmatch(f"Anna {mark}") for mark in BIDI)
    assert not name.fullmatch("   ")
    assert "183" in citizen["municipality_code"]["pattern"]
    assert schemas["ClosureDayIn"]["properties"]["day"]["pattern"] == CALENDAR_DATE_PATTERN
    limits = schemas["ServiceStandardVersionIn"]["properties"]["limits"]
    assert (limits["minItems"], limits["maxItems"]) == (1, 13)
    scopes = schemas["ApiKeyIn"]["properties"]["scopes"]["items"]["enum"]
    assert "users.manage" not in scopes
    assert schemas["UserIn"]["properties"]["password"]["minLength"] == 12
    operations = document["paths"]
    cursor = next(p for p in operations["/api/v1/worklist"]["get"]["parameters"]
                  if p["name"] == "cursor")  # fmt: skip
    assert cursor["schema"]["anyOf"][0]["pattern"]
    assert document["components"]["securitySchemes"]["session"]["name"] == "tc_session"
    assert operations["/api/v1/health"]["get"]["security"] == []
    assert operations["/api/v1/citizens"]["post"]["security"] == [
        {"session": [], "csrf": []},
        {"apiKey": []},
    ]
    assert operations["/api/v1/admin/users"]["get"]["security"] == [{"session": []}]
