"""The pages the HTTP bench measures: each is its URLs and its statements.

A page gives the bench (bench/run.py):

- `paths`: the request mix, the same fixed list for every variant;
- `data`: for a path, the page's own data queries alone (no authentication, no access log);
- `full`: for a path, every statement the API sends for it, in order, as raw asyncpg runs
  them (bench/raw_server.py).

The statements are the very texts the endpoint sends (built by its persistence functions,
compiled by `persistence.access.reads.compiled`), so the raw variants cannot drift from it.
To bench the case page or citizen search, add a class like `Worklist` and name it in `PAGES`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol
from urllib.parse import urlencode

from api.casework.routes.worklist import decode_cursor
from api.clock import Clock
from domain.calendar import WorkingDayCalendar
from domain.casework import LEGAL_BASES
from domain.casework.deadlines import DeadlineStatus, due_date_bounds
from persistence.access import entry
from persistence.access.reads import Compiled, compiled
from persistence.casework import cases


@dataclass(frozen=True, slots=True)
class Context:
    """What every request of a page shares: read once when a raw server starts."""

    centre_id: uuid.UUID
    site_ids: tuple[uuid.UUID, ...]
    calendar: WorkingDayCalendar
    today: date
    key_id: uuid.UUID


Planned = tuple[Compiled, list[Any]]


class Page(Protocol):
    name: str
    walk: int  # paths that follow a cursor, plus one

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]: ...

    def data(self, query: Mapping[str, str], context: Context) -> list[Planned]: ...

    def full(self, query: Mapping[str, str], context: Context) -> list[Planned]: ...


class Worklist:
    """`GET /api/v1/worklist`: first page, three filters, status, and a walk by cursor."""

    name = "worklist"
    path = "/api/v1/worklist"
    page_size = 50
    walk = 4  # pages of the walk: the first and three by next_cursor

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]:
        mix: list[dict[str, str]] = [{}, {"status": "overdue"}, {"status": "due_soon"}]
        mix += [{"site_id": str(site)} for site in context.site_ids[:1]]
        mix += [{"legal_basis": LEGAL_BASES[0]}, {}]
        mix += [{"cursor": cursor} for cursor in cursors[: self.walk - 1]]
        return [f"{self.path}?{urlencode({'limit': self.page_size, **query})}" for query in mix]

    def _values(self, query: Mapping[str, str], context: Context) -> dict[str, Any]:
        limit = int(query.get("limit", self.page_size))
        status = query.get("status")
        due_from, due_until = (
            due_date_bounds(DeadlineStatus(status), context.today, context.calendar)
            if status
            else (None, None)
        )
        after = decode_cursor(query["cursor"]) if "cursor" in query else None
        site = query.get("site_id")
        return cases.worklist_params(
            context.centre_id,
            limit=limit + 1,
            after=after,
            legal_basis=query.get("legal_basis"),
            site_id=uuid.UUID(site) if site else None,
            due_from=due_from,
            due_until=due_until,
        )

    def data(self, query: Mapping[str, str], context: Context) -> list[Planned]:
        values = self._values(query, context)
        statement = _worklist(False, values)
        return [(statement, statement.args(values))]

    def full(self, query: Mapping[str, str], context: Context) -> list[Planned]:
        """With the key verified from the cache (no statement) and the calendar cached, the
        endpoint sends one statement: the page and its access-log entry."""
        values = self._values(query, context)
        values.update(
            entry(
                centre_id=context.centre_id,
                actor="bench",
                request_id=uuid.uuid4().hex,
                operation="worklist-list",
                use="read",
                api_key_id=context.key_id,
                client="api-key:bench",
            ),
            entry_rows=int(query.get("limit", self.page_size)),
        )
        statement = _worklist(True, values)
        return [(statement, statement.args(values))]


def _worklist(logged: bool, values: Mapping[str, Any]) -> Compiled:
    """The text the endpoint sends (persistence.access's `compiled`, the same cache)."""
    shape = cases.worklist_shape(dict(values))
    query = cases.logged_worklist_query(*shape) if logged else cases.worklist_query(*shape)
    return compiled(query, values)


PAGES: dict[str, Page] = {"worklist": Worklist()}


def today() -> date:
    return Clock().today()
