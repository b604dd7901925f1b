"""Letter templates over the API: a template that would keep the server busy is refused
within 2 s as a problem on its field, and the server answers other requests meanwhile."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.letters import DEFAULT_TEMPLATES, LetterKind
from persistence import letters
from tests.api.helpers import NEED_86_1, invited_and_assessed, new_case, problem_fields, refusal
from tests.conftest import add_staff, count_rows, log_in, make_client
from tests.letters import examples

PREVIEW = "/api/v1/letter-templates/preview"


async def _timed(request: Any) -> tuple[httpx.Response, float]:
    started = time.perf_counter()
    response = await request
    return response, time.perf_counter() - started


async def _health_while(work: Any, anonymous: httpx.AsyncClient) -> tuple[Any, list[float]]:
    """`work`'s result, and how long each /health took that was asked while it ran."""
    latencies: list[float] = []
    task = asyncio.ensure_future(work)
    while not task.done():
        response, took = await _timed(anonymous.get("/api/v1/health"))
        assert response.status_code == 200
        latencies.append(took)
        await asyncio.sleep(0.05)
    return await task, latencies


async def _warm(client: httpx.AsyncClient) -> None:
    """Each of the app's two letter workers starts when first needed (a killed one is replaced
    at once): started here, so the limits are timed without a start."""
    body = {"kind": "invitation", "body": DEFAULT_TEMPLATES[LetterKind.INVITATION]}
    both = await asyncio.gather(*(client.post(PREVIEW, json=body) for _ in range(2)))
    assert [response.status_code for response in both] == [200, 200]


def _assert_template_limit(response: httpx.Response, took: float) -> None:
    assert response.status_code == 422, response.text
    assert problem_fields(response) == ["body"]
    assert response.json()["rule"] == "template-limit"
    assert "Skabelonen" in response.json()["detail"]
    assert took < 2.0


async def test_the_issues_template_is_refused_within_2_s_while_health_answers(
    client: httpx.AsyncClient, anonymous: httpx.AsyncClient
) -> None:
    await _warm(client)
    body = {"kind": "invitation", "body": examples.SORTING_TEMPLATE}

    previews, latencies = await _health_while(
        asyncio.gather(*(_timed(client.post(PREVIEW, json=body)) for _ in range(3))), anonymous
    )

    for response, took in previews:
        _assert_template_limit(response, took)
    assert latencies
    assert max(latencies) < 0.5


async def test_a_template_past_the_time_limit_is_refused_within_2_s_while_health_answers(
    client: httpx.AsyncClient, anonymous: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    """Within the sandbox's counts, but tens of seconds in the HTML parser: the worker's time
    limit stops it, for two at once as for one, and for a save as for a preview."""
    await _warm(client)
    body = {"kind": "refusal", "body": examples.PARSER_TEMPLATE}

    (preview, save), latencies = await _health_while(
        asyncio.gather(
            _timed(client.post(PREVIEW, json=body)),
            _timed(client.post("/api/v1/letter-templates", json=body)),
        ),
        anonymous,
    )

    _assert_template_limit(*preview)
    _assert_template_limit(*save)
    assert "inden for 1 sekund." in preview[0].json()["detail"]
    assert max(latencies) < 0.5
    assert await count_rows(engine, "letter_templates") == 0
    # The killed workers were replaced: the next preview is made.
    assert (await client.post(PREVIEW, json={**body, "body": "<p>Kort.</p>"})).status_code == 200


async def test_a_memory_bomb_is_refused(client: httpx.AsyncClient) -> None:
    body = {"kind": "invitation", "body": examples.memory_template()}

    _assert_template_limit(*await _timed(client.post(PREVIEW, json=body)))


async def test_preview_is_for_those_who_edit_templates_or_send_letters(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> None:
    body = {"kind": "invitation", "body": "<p>Kære {{ citizen.name }}</p>"}
    for username, role, status in (
        ("revisor", "auditor", 403),
        ("admin", "administrator", 403),
        ("terapeut", "therapist", 200),
        ("visitator", "visitator", 200),
        ("leder", "team_leader", 200),
    ):
        await add_staff(engine, centre_id, password_hash, username=username, roles=[role])
        async with make_client(app) as caller:
            await log_in(caller, username)
            response = await caller.post(PREVIEW, json=body)
        assert response.status_code == status, (role, response.text)


async def test_a_letter_its_saved_template_cannot_make_in_time_is_refused_and_nothing_kept(
    client: httpx.AsyncClient, engine: AsyncEngine, centre_id: uuid.UUID
) -> None:
    """A template saved before these limits: the decision that would send its letter is
    refused as a problem naming the template, and the decision is not recorded."""
    async with engine.begin() as connection:
        await letters.add_template(
            AsyncSession(bind=connection), centre_id, "refusal", examples.PARSER_TEMPLATE, "x"
        )
    case = await new_case(client)
    await invited_and_assessed(client, case, {**NEED_86_1, "cannot_regain_by_own_effort": False})
    before = (await client.get(f"/api/v1/cases/{case['id']}")).json()
    counts = {table: await count_rows(engine, table) for table in ("letters", "decisions")}

    started = time.perf_counter()
    response = await client.post(f"/api/v1/cases/{case['id']}/decision", json=refusal())

    assert response.status_code == 422, response.text
    assert time.perf_counter() - started < 2.5
    problem = response.json()
    assert problem["rule"] == "template-limit"
    assert "skabelonen til afslag (version 1)" in problem["detail"]
    assert problem_fields(response) == []  # no field of the request is at fault
    assert (await client.get(f"/api/v1/cases/{case['id']}")).json() == before
    assert {table: await count_rows(engine, table) for table in counts} == counts
