"""The working-day calculator over HTTP."""

import httpx
import pytest


async def test_add_counts_over_easter(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/api/v1/working-days/add", params={"start": "2025-04-16", "days": 5}
    )
    assert response.status_code == 200
    assert response.json() == {"start": "2025-04-16", "days": 5, "date": "2025-04-28"}


async def test_count_over_christmas(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/api/v1/working-days/count", params={"from": "2026-12-21", "to": "2027-01-08"}
    )
    assert response.status_code == 200
    assert response.json() == {"from": "2026-12-21", "to": "2027-01-08", "working_days": 10}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"start": "2026-02-30", "days": 1}, "start"),
        ({"start": "2026-03-02", "days": -1}, "days"),
        ({"start": "2026-03-02", "days": "five"}, "days"),
        ({"start": "1999-12-31", "days": 1}, "start"),
        ({"days": 1}, "start"),
    ],
)
async def test_bad_input_is_a_problem_naming_the_field(
    client: httpx.AsyncClient, params: dict[str, object], field: str
) -> None:
    response = await client.get("/api/v1/working-days/add", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert field in [error["field"] for error in response.json()["errors"]]


async def test_a_closure_day_of_the_centre_counts(client: httpx.AsyncClient) -> None:
    # Five working days from Saturday 6 March 2027: Monday 8 to Friday 12 (Easter comes
    # later, on 28 March); with Friday 12 closed, Monday 15.
    created = await client.post(
        "/api/v1/closure-days", json={"day": "2027-03-12", "reason": "Personaledag"}
    )
    assert created.status_code == 201
    response = await client.get(
        "/api/v1/working-days/add", params={"start": "2027-03-06", "days": 5}
    )
    assert response.json()["date"] == "2027-03-15"
    again = await client.post("/api/v1/closure-days", json={"day": "2027-03-12", "reason": "x"})
    assert again.status_code == 409
    listed = await client.get("/api/v1/closure-days")
    assert [row["day"] for row in listed.json()] == ["2027-03-12"]
    removed = await client.delete(f"/api/v1/closure-days/{created.json()['id']}")
    assert removed.status_code == 204
    response = await client.get(
        "/api/v1/working-days/add", params={"start": "2027-03-06", "days": 5}
    )
    assert response.json()["date"] == "2027-03-12"
