"""Bulk import of referrals over the API: each checked row registers its citizen (or finds
them) and its referral, a few rows at a time, and is reported as created, skipped as a
duplicate, or refused with the reason."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import httpx

from api.cli.referral_rows import Row, read_rows, referral_body

API = "/api/v1"


class Outcome(StrEnum):
    CREATED = "oprettet"
    SKIPPED = "sprunget over (dublet)"
    REFUSED = "afvist"
    VALID = "gyldig (prøvekørsel)"


@dataclass(frozen=True, slots=True)
class RowReport:
    line: int
    outcome: Outcome
    detail: str = ""
    case_id: str | None = None


def problem_text(response: httpx.Response) -> str:
    """A problem document in one line: its detail and the fields it names."""
    try:
        body: dict[str, Any] = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    fields = "; ".join(f"{e.get('field')}: {e.get('message')}" for e in body.get("errors", []))
    detail = str(body.get("detail", f"HTTP {response.status_code}"))
    return f"{detail} ({fields})" if fields else detail


async def site_ids(client: httpx.AsyncClient) -> dict[str, str]:
    response = await client.get(f"{API}/sites")
    response.raise_for_status()
    return {site["code"]: site["id"] for site in response.json()}


async def import_referrals(
    client: httpx.AsyncClient,
    text: str,
    *,
    today: date,
    dry_run: bool = False,
    concurrency: int = 4,
    progress: Callable[[int], None] = lambda _: None,
) -> list[RowReport]:
    """Every row's report, in the file's order. A row refused by the checks is not sent."""
    rows = read_rows(text, today=today)
    sites = await site_ids(client)
    slots = asyncio.Semaphore(max(1, concurrency))

    async def one(row: Row) -> RowReport:
        async with slots:
            try:
                return await _import_row(client, row, sites, dry_run=dry_run)
            finally:
                progress(1)

    return list(await asyncio.gather(*(one(row) for row in rows)))


async def _import_row(
    client: httpx.AsyncClient, row: Row, sites: dict[str, str], *, dry_run: bool
) -> RowReport:
    problems = list(row.problems)
    site_id = sites.get(row.site)
    if row.site and site_id is None:
        problems.append(f"site: ukendt matrikel (kendte: {', '.join(sorted(sites))})")
    if problems:
        return RowReport(row.line, Outcome.REFUSED, "; ".join(problems))
    assert site_id is not None
    if dry_run:
        return RowReport(row.line, Outcome.VALID)
    citizen = await client.post(
        f"{API}/citizens", json=row.citizen, headers={"Idempotency-Key": row.citizen_key}
    )
    if citizen.status_code == 201:
        citizen_id = str(citizen.json()["id"])
    elif citizen.status_code == 409 and citizen.json().get("existing_citizen_id"):
        citizen_id = str(citizen.json()["existing_citizen_id"])  # known already
    else:
        return RowReport(row.line, Outcome.REFUSED, "borger: " + problem_text(citizen))
    referral = await client.post(
        f"{API}/referrals",
        json=referral_body(row, citizen_id=citizen_id, site_id=site_id),
        headers={"Idempotency-Key": row.referral_key},
    )
    if referral.status_code not in (200, 201):
        return RowReport(row.line, Outcome.REFUSED, "henvendelse: " + problem_text(referral))
    case = referral.json()
    replayed = referral.headers.get("idempotent-replayed") == "true"
    if referral.status_code == 200 or replayed:
        return RowReport(row.line, Outcome.SKIPPED, "sagen findes allerede", case["id"])
    note = (
        "mulig dublet af " + case["possible_duplicate_of"] if case["possible_duplicate_of"] else ""
    )
    return RowReport(row.line, Outcome.CREATED, note, case["id"])
