"""Export of cases to CSV over the API: every case the key may see, open or closed, page by
page (`GET /cases`), filtered as the options say."""

from __future__ import annotations

import csv
from collections.abc import Callable
from typing import Any, TextIO

import httpx

API = "/api/v1"
PAGE = 500  # the list's largest page
EXPORTED = (
    "case_id", "citizen_name", "legal_basis", "site", "status", "received_at", "closed_at",
    "assignee", "flags", "possible_duplicate_of", "sender_system", "sender_reference",
)  # fmt: skip


async def export_cases(
    client: httpx.AsyncClient,
    out: TextIO,
    *,
    filters: dict[str, str],
    progress: Callable[[int], None] = lambda _: None,
) -> int:
    """Write every case the caller may see, by day of receipt; the number written."""
    writer = csv.writer(out, delimiter=";")
    writer.writerow(EXPORTED)
    written = 0
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {**filters, "limit": PAGE}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(f"{API}/cases", params=params)
        response.raise_for_status()
        page = response.json()
        for item in page["items"]:
            writer.writerow(_cells(item))
        written += len(page["items"])
        progress(len(page["items"]))
        cursor = page["next_cursor"]
        if not cursor:
            return written


def _text(value: str | None) -> str:
    """Text as text: a spreadsheet takes a cell that starts with = + - @ as a formula."""
    value = value or ""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _cells(item: dict[str, Any]) -> list[Any]:
    assignee = item.get("assignee") or {}
    return [
        item["case_id"], _text(item["citizen_name"]), item["legal_basis"], item["site"]["code"],
        item["status"], item["received_at"], item["closed_at"] or "",
        _text(assignee.get("display_name")), ",".join(item["flags"]),
        item["possible_duplicate_of"] or "", _text(item["sender_system"]),
        _text(item["sender_reference"]),
    ]  # fmt: skip
