"""Failures nobody planned for: one log line without personal data or statement parameters,
and a problem document; an oversized body is a 413 however it is sent."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from persistence.centre import centres

CPR = "0101704321"
TOKEN_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


async def test_an_unhandled_database_error_logs_one_line_without_parameters(
    client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    raised: list[str] = []

    async def broken(session: AsyncSession, *_: Any) -> list[Any]:
        try:
            await session.execute(
                text("SELECT * FROM no_such_table WHERE cpr = :cpr AND token = :token"),
                {"cpr": CPR, "token": TOKEN_HASH},
            )
        except Exception as error:
            raised.append(str(error))
            raise
        return []

    monkeypatch.setattr(centres, "list_sites", broken)
    caplog.set_level(logging.DEBUG)
    capsys.readouterr()

    response = await client.get("/api/v1/sites")

    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "Der opstod en uventet fejl."
    # The error's own text keeps the statement but never its parameters.
    assert raised
    assert CPR not in raised[0]
    assert TOKEN_HASH not in raised[0]
    printed = capsys.readouterr()
    output = printed.out + printed.err + "\n".join(r.getMessage() for r in caplog.records)
    for secret in (CPR, "010170-4321", TOKEN_HASH, "parameters", "Traceback", "no_such_table"):
        assert secret not in output, secret
    lines = [record.getMessage() for record in caplog.records]
    errors = [json.loads(line) for line in lines if '"event": "error"' in line]
    assert errors == [
        {
            "event": "error",
            "request_id": response.headers["x-request-id"],
            "operation": "centre-list_sites",
            "error": "ProgrammingError",
            "database_unreachable": False,
        }
    ]
    assert all(record.exc_info is None for record in caplog.records)


async def test_a_chunked_body_over_the_limit_is_refused_with_413(
    client: httpx.AsyncClient,
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"name": "'
        for _ in range(18):
            yield b"a" * 65_536  # 1.1 MiB in all, without a Content-Length
        yield b'"}'

    response = await client.post(
        "/api/v1/citizens/search",
        content=chunks(),
        headers={"content-type": "application/json"},
    )
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "Forespørgslens krop er for stor."


async def test_a_chunked_body_within_the_limit_is_read_whole(
    client: httpx.AsyncClient,
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"day": "2026-12-28", '
        yield b'"reason": "Lukket mellem jul og nyt\xc3\xa5r"}'

    response = await client.post(
        "/api/v1/closure-days", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 201, response.text
    assert response.json()["reason"] == "Lukket mellem jul og nytår"
