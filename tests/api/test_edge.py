"""The edge: health, readiness, problem documents, request ids, size limits, logs, the schema."""

import logging
import re
from pathlib import Path

import httpx
import pytest
import yaml

from api.__main__ import openapi_yaml
from api.app import create_app
from api.clock import FixedClock
from api.settings import Settings
from tests.api.helpers import CITIZEN, application, create_citizen, register, site_ids
from tests.conftest import CENTRE, PASSWORD, make_client

ROOT = Path(__file__).resolve().parents[2]
CPR_SHAPED = re.compile(r"(?<![0-9A-Za-z])\d{6}-?\d{4}(?![0-9A-Za-z])")


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
    await client.post("/api/v1/citizens", json={**CITIZEN, "cpr": "310270-1234"})  # refused
    # The service's own records; the test client's logger (httpx) is not the service.
    text = "\n".join(
        record.getMessage() for record in caplog.records if not record.name.startswith("httpx")
    )
    assert "trace-me-123" in text  # the capture is real
    assert not CPR_SHAPED.search(text)
    assert "Faldtendens" not in text  # health text stays out too
    assert PASSWORD not in text


def test_openapi_yaml_is_current() -> None:
    committed = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert committed == openapi_yaml(), "run `make openapi` and commit openapi.yaml"
    spec = yaml.safe_load(committed)
    for path in spec["paths"]:
        assert "cpr" not in path.lower()  # CPR numbers never travel in URLs


async def test_every_response_carries_the_security_headers(
    client: httpx.AsyncClient, anonymous: httpx.AsyncClient
) -> None:
    for response in (
        await client.get("/api/v1/worklist"),
        await anonymous.get("/api/v1/worklist"),
        await anonymous.get("/"),
        await anonymous.get("/api/docs"),
    ):
        csp = response.headers["content-security-policy"]
        assert "script-src 'self';" in csp
        assert "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert (await client.get("/api/v1/worklist")).headers["cache-control"] == "no-store"


async def test_the_docs_page_runs_no_inline_script(anonymous: httpx.AsyncClient) -> None:
    page = await anonymous.get("/api/docs")
    assert page.status_code == 200
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page.text, re.S)
    assert scripts
    assert all('src="' in attributes and not body.strip() for attributes, body in scripts)
    assert "cdn" not in page.text.lower()
    assert (await anonymous.get("/api/openapi.json")).status_code == 200


async def test_in_production_the_docs_need_a_login(
    engine: object, centre_id: object, clock: FixedClock, client: httpx.AsyncClient
) -> None:
    settings = Settings(centre_code=CENTRE, production=True)
    app = create_app(settings, engine=engine, clock=clock)  # type: ignore[arg-type]
    async with app.router.lifespan_context(app), make_client(app) as visitor:
        assert (await visitor.get("/api/docs")).status_code == 401
        assert (await visitor.get("/api/openapi.json")).status_code == 401
        visitor.cookies.update(client.cookies)
        assert (await visitor.get("/api/openapi.json")).status_code == 200
