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
4. The rows go straight into the answer's JSON (plain dicts and `pydantic_core.to_json`,
   the same encoder FastAPI's models use), without a model object per row.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    BindParameter,
    Integer,
    Row,
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
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from persistence.access.models import AccessLogEntry

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
    read: Select[Any], *, citizen: str, order_by: Sequence[str], shown: bool = False
) -> Select[Any]:
    """`read`, returning the same rows in `order_by` order, that also logs their citizens.

    `citizen` names the column with the citizen's id. No rows, no entry.
    `shown`: only the first `entry_rows` rows (a bind value) are the answer, as when a page
    is fetched with one row more to see whether another follows; only their citizens are
    logged.
    """
    rows = read.cte("page")
    keys = [rows.c[name] for name in order_by]
    answered = select(rows.c[citizen].label("citizen_id")).order_by(*keys)
    if shown:
        answered = answered.limit(bindparam("entry_rows", type_=Integer, literal_execute=True))
    answer = answered.subquery("answered")
    citizens = func.array_agg(distinct(answer.c.citizen_id), type_=ARRAY(UUID(as_uuid=True)))
    values = select(*_ENTRY.values(), citizens).having(func.count() > literal_column("0"))
    columns = [*_ENTRY, "citizen_ids"]
    log = insert(AccessLogEntry).from_select(columns, values).cte("logged")
    return select(*rows.c).order_by(*keys).add_cte(log)


@cache
def _autocommit(engine: AsyncEngine) -> AsyncEngine:
    return engine.execution_options(isolation_level="AUTOCOMMIT")


async def fetch(
    session: AsyncSession, statement: Select[Any], params: dict[str, Any]
) -> Sequence[Row[Any]]:
    """Run one statement in one round trip (see the module's docstring)."""
    bind = session.bind
    rows: Sequence[Row[Any]]
    if session.in_transaction() or not isinstance(bind, AsyncEngine):
        rows = (await session.execute(statement, params)).all()
        return rows
    connection: AsyncConnection
    async with _autocommit(bind).connect() as connection:
        rows = (await connection.execute(statement, params)).all()
    return rows
