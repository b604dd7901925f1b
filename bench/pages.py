"""The pages the HTTP bench measures: each is its URLs and its statements.

A page gives the bench (bench/run.py):

- `paths`: the request mix, the same fixed list for every variant;
- `data`: for a path, the page's own data queries alone (no authentication, no access log);
- `full`: for a path, every statement the API sends for it, in order, as raw asyncpg runs
  them (bench/raw_server.py).

The statements are the very texts the endpoint sends (built by its persistence functions,
compiled by `persistence.access.reads.compiled`), so the raw variants cannot drift from it.
Every page is a lean read: one statement, its access-log entry included.

A path is a GET's path, or `POST <path> <JSON body>` (tab-separated) for a search.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol
from urllib.parse import urlencode

from api.casework.routes.worklist import decode_cursor
from api.clock import Clock
from bench.seed import seeded_cpr
from domain.calendar import WorkingDayCalendar
from domain.casework import LEGAL_BASES
from domain.casework.deadlines import DeadlineStatus, due_date_bounds
from persistence.access import entry
from persistence.access.reads import Compiled, compiled
from persistence.casework import case_page, cases, reach


@dataclass(frozen=True, slots=True)
class Context:
    """What every request of a page shares: read once when a raw server starts."""

    centre_id: uuid.UUID
    site_ids: tuple[uuid.UUID, ...]
    calendar: WorkingDayCalendar
    today: date
    key_id: uuid.UUID
    case_ids: tuple[uuid.UUID, ...] = ()  # a few open cases (bench/run.py's `sample`)


Planned = tuple[Compiled, list[Any]]

# The case page's sample: a fixed handful of cases (the same in the bench and the raw server).
SAMPLE_CASES = "SELECT id FROM cases ORDER BY id LIMIT 6"


class Page(Protocol):
    name: str
    walk: int  # paths that follow a cursor, plus one
    transaction: bool  # whether the API sends the page's statements in a transaction

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]: ...

    async def prepare(self, url: str, context: Context) -> None: ...

    def data(self, query: Mapping[str, str], context: Context) -> list[Planned]: ...

    def full(self, query: Mapping[str, str], context: Context) -> list[Planned]: ...


class Worklist:
    """`GET /api/v1/worklist`: first page, three filters, status, and a walk by cursor."""

    name = "worklist"
    path = "/api/v1/worklist"
    page_size = 50
    walk = 4  # pages of the walk: the first and three by next_cursor
    transaction = False

    async def prepare(self, url: str, context: Context) -> None:
        pass

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
        after = decode_cursor(query["cursor"]).after if "cursor" in query else None
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


def _entry(context: Context, operation: str, **more: Any) -> dict[str, Any]:
    return entry(
        centre_id=context.centre_id,
        actor="bench",
        request_id=uuid.uuid4().hex,
        operation=operation,
        api_key_id=context.key_id,
        client="api-key:bench",
        **more,
    )


class Citizens:
    """`POST /api/v1/citizens/search`: by part of the name (a scan of the register) and by
    CPR number (an index look-up), the bench key reaching every citizen."""

    name = "citizens"
    path = "/api/v1/citizens/search"
    walk = 1
    transaction = False
    names = ("Borger 7506", "Borger 1234", "Borger 99", "Borger 5")
    seeded = (1234, 56789, 99999, 31)  # citizens whose CPR numbers are looked up

    async def prepare(self, url: str, context: Context) -> None:
        pass

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]:
        bodies = [{"name": name} for name in self.names]
        bodies += [{"cpr": seeded_cpr(number)} for number in self.seeded]
        return [f"POST\t{self.path}\t{json.dumps(body)}" for body in bodies]

    def _planned(
        self, query: Mapping[str, str], values: dict[str, Any], logged: bool
    ) -> list[Planned]:
        if "cpr" in query:
            by, values["cpr"] = "cpr", query["cpr"].replace("-", "")
        else:
            by, values["pattern"] = "name", f"%{query['name']}%"  # no wildcard in these names
        built = reach.citizen_search_query if logged else reach.citizen_search_read
        statement = compiled(built(by, "all"), values)
        return [(statement, statement.args(values))]

    def data(self, query: Mapping[str, str], context: Context) -> list[Planned]:
        """The search alone: the same read without its access-log entry."""
        return self._planned(query, {"centre_id": context.centre_id}, logged=False)

    def full(self, query: Mapping[str, str], context: Context) -> list[Planned]:
        criterion = "cpr" if "cpr" in query else f"name:{query.get('name')}"
        values = {"centre_id": context.centre_id}
        values.update(_entry(context, "citizens-search", use="search", criterion=criterion))
        return self._planned(query, values, logged=True)


class CasePage:
    """`GET /api/v1/cases/{id}`: a few cases, each read as the endpoint reads it: one statement
    for the page and its access-log entry (persistence.casework.case_page)."""

    name = "case"
    walk = 1
    transaction = False

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]:
        return [f"/api/v1/cases/{case_id}" for case_id in context.case_ids]

    async def prepare(self, url: str, context: Context) -> None:
        pass

    def _planned(self, query: Mapping[str, str], values: dict[str, Any]) -> list[Planned]:
        logged = "entry_use" in values
        values.update(case_id=uuid.UUID(query["case_id"]), **case_page.reach_values(None))
        built = case_page.logged_case_page() if logged else case_page.case_page_read()
        statement = compiled(built, values)
        return [(statement, statement.args(values))]

    def data(self, query: Mapping[str, str], context: Context) -> list[Planned]:
        """The page's read alone, without its access-log entry."""
        return self._planned(query, {"centre_id": context.centre_id})

    def full(self, query: Mapping[str, str], context: Context) -> list[Planned]:
        """With the key verified from the cache and the calendar cached, as for a warm worker,
        the endpoint sends one statement: the page and its access-log entry."""
        values = {"centre_id": context.centre_id, **_entry(context, "cases-get", use="read")}
        return self._planned(query, values)


PAGES: dict[str, Page] = {"worklist": Worklist(), "citizens": Citizens(), "case": CasePage()}


def today() -> date:
    return Clock().today()
