"""Export of cases to CSV over the API: the worklist's open cases, page by page."""

from __future__ import annotations

import csv
from collections.abc import Callable
from typing import Any, TextIO

import httpx

API = "/api/v1"
PAGE = 200
EXPORTED = (
    "case_id", "citizen_name", "legal_basis", "site", "received_at", "deadline_kind",
    "due_date", "working_days_left", "status", "assignee", "possible_duplicate_of",
)  # fmt: skip


async def export_cases(
    client: httpx.AsyncClient,
    out: TextIO,
    *,
    filters: dict[str, str],
    progress: Callable[[int], None] = lambda _: None,
) -> int:
    """Write every open case the caller may see, by nearest deadline; the number written."""
    writer = csv.writer(out, delimiter=";")
    writer.writerow(EXPORTED)
    written = 0
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {**filters, "limit": PAGE}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(f"{API}/worklist", params=params)
        response.raise_for_status()
        page = response.json()
        for item in page["items"]:
            writer.writerow(_cells(item))
        written += len(page["items"])
        progress(len(page["items"]))
        cursor = page["next_cursor"]
        if not cursor:
            return written


def _text(value: str) -> str:
    """A name as text: a spreadsheet takes a cell that starts with = + - @ as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _cells(item: dict[str, Any]) -> list[Any]:
    assignee = item.get("assignee") or {}
    return [
        item["case_id"], _text(item["citizen_name"]), item["legal_basis"], item["site"]["code"],
        item["received_at"], item["deadline_kind"], item["due_date"],
        item["working_days_left"], item["status"], _text(assignee.get("display_name", "")),
        item.get("possible_duplicate_of") or "",
    ]  # fmt: skip
