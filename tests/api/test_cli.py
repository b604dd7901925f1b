"""The command-line tool `traening` against the running app: a bulk import of 1,000
referrals with 5 bad rows reports exactly those, and a second run creates nothing new."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine
from typer.testing import CliRunner

from api.cli import app as cli
from api.cli import commands, exporter
from api.cli.importer import Outcome, import_referrals
from tests.api.helpers import application, create_citizen, new_api_key, register, site_ids
from tests.conftest import add_staff, count_rows, log_in, make_client

TODAY = date(2026, 11, 23)  # the test clock's day
HEADER = (
    "cpr;name;address;municipality_code;legal_basis;site;received_at;condition;hospital;"
    "department;plan_type;discharge_date;channel;submitter;phone;sender_reference"
)


def _cpr(n: int) -> str:
    """A distinct, well-formed CPR number of a fictitious person born in 1940-1949."""
    day, month, year = 1 + n % 28, 1 + (n // 28) % 12, 40 + (n // 336) % 10
    return f"{day:02d}{month:02d}{year:02d}-{1000 + n:04d}"


def _row(n: int) -> str:
    if n % 2:
        kind = "SUL_140;nord;2026-11-16T10:00:00+01:00;Hoftealloplastik;Hvidovre Hospital;"
        kind += "Ortopædkirurgisk afdeling;almen_basal;2026-11-13;;"
    else:
        kind = "SEL_86_1;syd;2026-11-16;Faldtendens;;;;;web_form;citizen"
    return f"{_cpr(n)};Borger {n};Vejen {n}, 2635 Ishøj;183;{kind};;"


# Five bad rows, by their line in the file (the header is line 1, row n is line n + 2).
BAD = {
    17: lambda row: row.replace("2026-11-16", "2026-13-16"),  # a bad date
    250: lambda row: row + ";ekstra",  # a cell with no column
    500: lambda row: "320140-1234" + row[11:],  # a CPR number whose day does not exist
    732: lambda row: row.replace("Faldtendens", ""),  # no condition (an application)
    998: lambda row: row.replace("web_form", "brevdue"),  # an unknown channel
}


def _file() -> str:
    rows = []
    for n in range(1000):
        row = _row(n)
        rows.append(BAD[n + 2](row) if n + 2 in BAD else row)
    return "\n".join([HEADER, *rows]) + "\n"


@pytest.fixture
async def integration(
    app: FastAPI, engine: AsyncEngine, centre_id: uuid.UUID, password_hash: str
) -> AsyncIterator[httpx.AsyncClient]:
    await add_staff(engine, centre_id, password_hash, username="admin", roles=["administrator"])
    async with make_client(app) as admin:
        await log_in(admin, "admin")
        secret = await new_api_key(admin, "Import")
    async with make_client(app) as client:
        client.headers["Authorization"] = f"Bearer {secret}"
        yield client


async def test_a_thousand_rows_with_five_bad_ones_import_once(
    integration: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    text = _file()
    dry = await import_referrals(integration, text, today=TODAY, dry_run=True)
    assert {r.line for r in dry if r.outcome is Outcome.REFUSED} == set(BAD)
    assert await count_rows(engine, "cases") == 0  # a dry run sends nothing

    done: list[int] = []
    first = await import_referrals(integration, text, today=TODAY, progress=done.append)
    assert len(first) == 1000
    assert sum(done) == 1000
    refused = {r.line: r.detail for r in first if r.outcome is Outcome.REFUSED}
    assert set(refused) == set(BAD)
    assert "received_at" in refused[17]
    assert "ukendt kolonne" in refused[250]
    assert "cpr" in refused[500]
    assert "320140" not in refused[500]  # the number is never repeated
    assert "condition" in refused[732]
    assert "channel" in refused[998]
    assert sum(r.outcome is Outcome.CREATED for r in first) == 995
    assert await count_rows(engine, "cases") == 995
    assert await count_rows(engine, "citizens") == 995  # the bad rows left nothing behind

    again = await import_referrals(integration, text, today=TODAY)
    assert {r.line for r in again if r.outcome is Outcome.REFUSED} == set(BAD)
    assert sum(r.outcome is Outcome.SKIPPED for r in again) == 995
    assert {r.case_id for r in again if r.case_id} == {r.case_id for r in first if r.case_id}
    assert await count_rows(engine, "cases") == 995
    assert await count_rows(engine, "citizens") == 995


def test_a_file_with_an_unknown_column_is_refused_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[httpx.Request] = []
    _answer_with(monkeypatch, sent, lambda _: httpx.Response(500))
    path = tmp_path / "henvendelser.csv"
    path.write_text(HEADER + ";journalnummer\n" + _row(1) + ";J-1\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import-referrals", str(path)])
    assert result.exit_code == 2
    assert "Ukendte kolonner: journalnummer" in result.output
    assert sent == [] or all(r.url.path == "/api/v1/sites" for r in sent)


def test_working_days_asks_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[httpx.Request] = []
    answer = {"start": "2026-12-22", "days": 3, "date": "2026-12-29"}
    _answer_with(monkeypatch, sent, lambda _: httpx.Response(200, json=answer))
    result = CliRunner().invoke(cli, ["working-days", "2026-12-22", "3"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "2026-12-29"
    assert sent[0].url.path == "/api/v1/working-days/add"
    assert dict(sent[0].url.params) == {"start": "2026-12-22", "days": "3"}
    assert CliRunner().invoke(cli, ["working-days", "22-12-2026", "3"]).exit_code == 2


def test_upload_ggop_posts_the_file_as_xml_and_prints_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[httpx.Request] = []
    _answer_with(monkeypatch, sent, lambda _: httpx.Response(201, json={"receipt": "positive"}))
    path = tmp_path / "plan.xml"
    path.write_bytes(b"<?xml version='1.0'?><Emessage/>")
    result = CliRunner().invoke(cli, ["upload-ggop", str(path)])
    assert result.exit_code == 0, result.output
    assert "HTTP 201" in result.output
    assert "positive" in result.output
    assert sent[0].method == "POST"
    assert sent[0].url.path == "/api/v1/intake/ggop"
    assert sent[0].headers["content-type"] == "application/xml"
    assert sent[0].headers["idempotency-key"].startswith("ggop-")
    assert sent[0].content == path.read_bytes()


def _answer_with(monkeypatch: pytest.MonkeyPatch, sent: list[httpx.Request], answer: Any) -> None:
    """The CLI's client, answered by `answer` instead of a server."""

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        response: httpx.Response = answer(request)
        return response

    def client(**_: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url="http://traening.test", transport=httpx.MockTransport(handler)
        )

    monkeypatch.setattr(commands, "_client", client)


async def test_export_writes_every_case_open_and_closed_through_the_pages(
    integration: httpx.AsyncClient, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    sites = await site_ids(client)
    made = []
    for n in range(3):
        citizen = await create_citizen(client, cpr=f"0{n + 1}0390-4321", name=f"=Borger {n}")
        body = application(citizen["id"], sites["syd" if n else "nord"],
                           received_at=f"2026-11-1{n}T10:00:00+01:00")  # fmt: skip
        response = await register(client, **body)
        assert response.status_code == 201, response.text
        made.append(response.json()["id"])
    closed = await client.post(f"/api/v1/cases/{made[1]}/events", json={"event": "withdraw"})
    assert closed.status_code == 201, closed.text
    monkeypatch.setattr(exporter, "PAGE", 2)  # three cases: two pages

    out = io.StringIO()
    pages: list[int] = []
    written = await exporter.export_cases(integration, out, filters={}, progress=pages.append)
    assert written == 3
    assert pages == [2, 1]
    lines = list(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))
    assert lines[0] == list(exporter.EXPORTED)
    assert [line[0] for line in lines[1:]] == made
    assert [line[4] for line in lines[1:]] == ["received", "withdrawn", "received"]
    assert lines[1][1] == "'=Borger 0"  # never a formula in a spreadsheet
    assert lines[2][6] != ""  # closed_at

    only_closed = io.StringIO()
    filters = {"status": "closed", "site_id": sites["syd"]}
    assert await exporter.export_cases(integration, only_closed, filters=filters) == 1


def test_export_cases_sends_the_options_as_filters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[httpx.Request] = []
    item = {
        "case_id": "c1", "citizen_name": "Karen Jensen", "legal_basis": "SEL_86_1",
        "site": {"code": "syd"}, "status": "refused", "received_at": "2026-11-02T10:00:00+01:00",
        "closed_at": "2026-11-20T10:00:00+01:00", "assignee": None, "flags": [],
        "possible_duplicate_of": None, "sender_system": "ESDH", "sender_reference": "J-1",
    }  # fmt: skip

    def answer(request: httpx.Request) -> httpx.Response:
        last = "cursor" in request.url.params
        return httpx.Response(
            200, json={"items": [item], "next_cursor": None if last else "9823.ab" + "0" * 30}
        )

    _answer_with(monkeypatch, sent, answer)
    path = tmp_path / "sager.csv"
    result = CliRunner().invoke(
        cli,
        ["export-cases", str(path), "--status", "closed", "--received-from", "2026-11-01",
         "--received-to", "2026-11-30"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "2 sager skrevet" in result.output
    assert [r.url.path for r in sent] == ["/api/v1/cases", "/api/v1/cases"]
    assert dict(sent[0].url.params) == {
        "status": "closed", "received_from": "2026-11-01", "received_to": "2026-11-30",
        "limit": "500",
    }  # fmt: skip
    assert sent[1].url.params["cursor"] == "9823.ab" + "0" * 30
    assert path.read_text(encoding="utf-8").count("\n") == 3
    bad = CliRunner().invoke(cli, ["export-cases", str(path), "--received-from", "1/11/2026"])
    assert bad.exit_code == 2
    assert "ÅÅÅÅ-MM-DD" in bad.output
    assert CliRunner().invoke(cli, ["export-cases", str(path), "--status", "x"]).exit_code == 2
