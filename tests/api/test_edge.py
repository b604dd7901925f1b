"""The edge: health, readiness, problem documents, request ids, size limits, logs, the schema."""

import logging
from pathlib import Path

import httpx
import pytest
import yaml

from api.__main__ import openapi_yaml
from tests.api.helpers import CITIZEN, application, create_citizen, register, site_ids

ROOT = Path(__file__).resolve().parents[2]


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/v1/health")).json() == {"status": "ok"}
    ready = await client.get("/api/v1/ready")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready"
    head = sorted(p.name for p in (ROOT / "migrations" / "versions").glob("*.py"))[-1]
    assert head.startswith(ready.json()["schema_revision"])


async def test_an_unknown_api_address_is_a_problem_document(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    wrong_method = await client.put("/api/v1/worklist")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["content-type"] == "application/problem+json"


async def test_an_oversized_body_is_refused_with_413(client: httpx.AsyncClient) -> None:
    big = {**CITIZEN, "name": "x" * 2_000_000}
    response = await client.post("/api/v1/citizens", json=big)
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


async def test_a_request_id_is_kept_or_made(client: httpx.AsyncClient) -> None:
    given = await client.get("/api/v1/health", headers={"X-Request-ID": "abc12345-req"})
    assert given.headers["x-request-id"] == "abc12345-req"
    made = await client.get("/api/v1/health", headers={"X-Request-ID": "bad id!"})
    assert made.headers["x-request-id"] != "bad id!"
    assert len(made.headers["x-request-id"]) == 32


async def test_logs_carry_the_request_id_and_never_a_cpr_number(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sites = await site_ids(client)
    citizen = await create_citizen(client)
    await register(client, **application(citizen["id"], sites["syd"]))
    await client.post("/api/v1/citizens", json=CITIZEN)  # duplicate: 409
    await client.post("/api/v1/citizens/search", json={"cpr": "010170-1234"})
    await client.get("/api/v1/citizens/010170-1234")  # a CPR number typed into a URL
    marked = await client.get("/api/v1/health", headers={"X-Request-ID": "trace-me-123"})
    assert marked.status_code == 200
    # The service's own records; the test client's logger (httpx) is not the service.
    text = "\n".join(
        record.getMessage() for record in caplog.records if not record.name.startswith("httpx")
    )
    assert "trace-me-123" in text  # the capture is real
    assert "0101701234" not in text
    assert "010170-1234" not in text
    assert "Faldtendens" not in text  # health text stays out too


def test_openapi_yaml_is_current() -> None:
    committed = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert committed == openapi_yaml(), "run `make openapi` and commit openapi.yaml"
    spec = yaml.safe_load(committed)
    for path in spec["paths"]:
        assert "cpr" not in path.lower()  # CPR numbers never travel in URLs
