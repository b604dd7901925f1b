"""Lean reads of citizens' data: one statement, one round trip, the access log included.

The one way a hot read is written (the worklist shows it; copy it for the next one):

1. A Core `select` of exactly the columns the answer needs, each with a label, built once per
   shape of the request (`functools.lru_cache` over the filters that change its text), with
   `bindparam`s for the values.
2. `logged_read(select, ...)` wraps it with the access-log entry of the citizens it returns:
   a data-modifying CTE, so the read and its entry are one statement. The statement is
   atomic, so the entry commits with the read and only with it; nothing is deferred.
3. `fetch(session, statement, params)` runs it in one round trip: inside the request's
   transaction if one is open (a write before it, or a caller read from the database),
   else on a connection of its own without BEGIN and COMMIT.
   The statement is compiled for asyncpg once (`compiled`) and its text sent as is, so a
   request pays neither SQLAlchemy's keying nor its per-row type processing; the rows are
   asyncpg's records, read by column label.
4. The rows go straight into the answer's JSON (plain dicts and `pydantic_core.to_json`,
   the same encoder FastAPI's models use), without a model object per row. Ids go in as
   text (`text_id`): asyncpg's own UUID class is a subclass that `to_json` encodes on its
   slow path, about 1 µs an id against 0.1 µs for the same id as `str` (the same JSON).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    BindParameter,
    Integer,
    Select,
    String,
    bindparam,
    distinct,
    func,
    insert,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from persistence.access.models import AccessLogEntry
from persistence.database import LEAN_POOL, driver, lean_connection

_DIALECT = asyncpg_dialect()  # type: ignore[no-untyped-call]

# The entry's values, as bind parameters of the logged statement (named apart from the read's).
_ENTRY: dict[str, BindParameter[Any]] = {
    "centre_id": bindparam("entry_centre_id", type_=UUID(as_uuid=True)),
    "actor": bindparam("entry_actor", type_=String),
    "request_id": bindparam("entry_request_id", type_=String),
    "operation": bindparam("entry_operation", type_=String),
    "use": bindparam("entry_use", type_=String),
    "criterion": bindparam("entry_criterion", type_=String),
    "user_id": bindparam("entry_user_id", type_=UUID(as_uuid=True)),
    "api_key_id": bindparam("entry_api_key_id", type_=UUID(as_uuid=True)),
    "client": bindparam("entry_client", type_=String),
    "outcome": bindparam("entry_outcome", type_=String),
}


def entry(
    *,
    centre_id: uuid.UUID,
    actor: str,
    request_id: str,
    operation: str,
    use: str,
    criterion: str | None = None,
    user_id: uuid.UUID | None = None,
    api_key_id: uuid.UUID | None = None,
    client: str = "",
) -> dict[str, Any]:
    """The bind values of a logged read's access-log entry (its citizens come from the rows)."""
    return {
        "entry_centre_id": centre_id,
        "entry_actor": actor,
        "entry_request_id": request_id,
        "entry_operation": operation,
        "entry_use": use,
        "entry_criterion": criterion,
        "entry_user_id": user_id,
        "entry_api_key_id": api_key_id,
        "entry_client": client,
        "entry_outcome": "allowed",
    }


def logged_read(
    read: Select[Any],
    *,
    citizen: str,
    order_by: Sequence[str],
    shown: bool = False,
    always: bool = False,
    only_if: str | None = None,
) -> Select[Any]:
    """`read`, returning the same rows in `order_by` order, that also logs their citizens.

    `citizen` names the column with the citizen's id; `order_by` the columns the rows are
    ordered by, a name with a leading "-" in descending order. No rows, no entry, unless `always`
    (a search is a use of the register whatever it finds: its entry names no citizen).
    `shown`: only the first `entry_rows` rows (a bind value) are the answer, as when a page
    is fetched with one row more to see whether another follows; only their citizens are
    logged. `only_if` names a boolean column: only rows where it holds are logged (the rows
    the caller may see, when the answer also tells a refused caller's attempt apart).
    """
    rows = read.cte("page")
    keys = [rows.c[name[1:]].desc() if name.startswith("-") else rows.c[name] for name in order_by]
    answered = select(rows.c[citizen].label("citizen_id")).order_by(*keys)
    if only_if is not None:
        answered = answered.where(rows.c[only_if])
    if shown:
        answered = answered.limit(bindparam("entry_rows", type_=Integer, literal_execute=True))
    answer = answered.subquery("answered")
    # A row may show no citizen (a booking whose citizen the caller may not know): not logged.
    citizens = func.array_agg(
        distinct(answer.c.citizen_id), type_=ARRAY(UUID(as_uuid=True))
    ).filter(answer.c.citizen_id.is_not(None))
    values = select(*_ENTRY.values(), func.coalesce(citizens, literal_column("'{}'::uuid[]")))
    if not always:
        values = values.having(func.count() > literal_column("0"))
    columns = [*_ENTRY, "citizen_ids"]
    log = insert(AccessLogEntry).from_select(columns, values).cte("logged")
    return select(*rows.c).order_by(*keys).add_cte(log)


def text_id(value: uuid.UUID | None) -> str | None:
    """An id of a row, as the answer's JSON writes it (see step 4 above)."""
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Compiled:
    """A statement as the driver takes it: its text, and the bind parameter behind each $n."""

    sql: str
    names: tuple[str, ...]
    # The statement's own values (a LIMIT 1, a constant it compares with), by bind name.
    constants: Mapping[str, Any] = field(default_factory=dict)

    def args(self, values: Mapping[str, Any]) -> list[Any]:
        return [_value(values, name, self.constants) for name in self.names]


def _value(values: Mapping[str, Any], name: str, constants: Mapping[str, Any]) -> Any:
    if name in values:
        return values[name]
    if name in constants:
        return constants[name]
    # An expanding parameter (`IN`) is rendered as name_1, name_2, ...
    base, _, position = name.rpartition("_")
    return values[base][int(position) - 1]


_COMPILED: dict[tuple[Any, ...], Compiled] = {}


def compiled(statement: Select[Any], values: Mapping[str, Any]) -> Compiled:
    """`statement` compiled for asyncpg, once per statement and per rendered value (the
    page sizes, rendered into the text so PostgreSQL can reuse its plan; the lengths of IN
    lists). Later calls cost one dictionary look-up, where executing through SQLAlchemy
    would key, post-compile and type-process the statement again on every request."""
    rendered = tuple(
        (name, len(value) if isinstance(value, list | tuple) else value)
        for name, value in sorted(values.items())
        if name in _rendered_names(statement)
    )
    key = (id(statement), rendered)
    found = _COMPILED.get(key)
    if found is None:
        text = statement.params(**values).compile(
            dialect=_DIALECT, compile_kwargs={"render_postcompile": True}
        )
        constants = {
            name: bind.effective_value
            for name, bind in text.binds.items()
            if name not in values and bind.value is not None
        }
        found = _COMPILED[key] = Compiled(text.string, tuple(text.positiontup or ()), constants)
    return found


@cache
def _rendered_names(statement: Select[Any]) -> frozenset[str]:
    """The statement's bind parameters whose value is part of its text."""
    text = statement.compile(dialect=_DIALECT)
    return frozenset(
        name for name, bind in text.binds.items() if bind.literal_execute or bind.expanding
    )


async def fetch(
    session: AsyncSession, statement: Select[Any], values: Mapping[str, Any]
) -> Sequence[Any]:
    """Run one statement in one round trip (see the module's docstring); asyncpg's records.

    Inside the request's transaction when it has one, else outside any transaction (the
    statement is its own transaction) on a connection of the process's lean pool
    (persistence.database's `create_lean_pool`), or of the session's engine for a session
    made without one.
    """
    query = compiled(statement, values)
    bind = session.bind
    if session.in_transaction() or not isinstance(bind, AsyncEngine):
        return await run(session, query, values)
    lean = session.info.get(LEAN_POOL)
    rows: Sequence[Any]
    if lean is not None:
        connection = await lean_connection(lean)
        try:
            rows = await connection.fetch(query.sql, *query.args(values))
        finally:
            await lean.release(connection)
        return rows
    async with bind.connect() as pooled:  # a session made without the app's lean pool
        raw = await pooled.get_raw_connection()
        rows = await raw.driver_connection.fetch(  # type: ignore[union-attr]
            query.sql, *query.args(values)
        )
    return rows


async def run(session: AsyncSession, query: Compiled, values: Mapping[str, Any]) -> Sequence[Any]:
    """Run a statement the driver's way in the session's transaction (begun if none is):
    for a write's statements, which commit with the request's work."""
    rows: Sequence[Any] = await (await driver(session)).fetch(query.sql, *query.args(values))
    return rows
