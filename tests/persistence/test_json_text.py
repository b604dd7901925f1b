"""PostgreSQL's JSON text is the API's models' JSON, byte for byte (persistence.json_text)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from pydantic import BaseModel
from pydantic_core import to_json
from sqlalchemy import Date, DateTime, Text, bindparam, select
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.ext.asyncio import AsyncEngine

from persistence.json_text import nullable_object, object_text, utc, value


class Owner(BaseModel):
    id: uuid.UUID
    name: str


class Row(BaseModel):
    id: uuid.UUID
    name: str | None
    day: date
    at: datetime | None
    owner: Owner | None


NAMES = [
    'Ærø "Søs" Ågård',  # quotes and Danish letters
    "back\\slash/and\ttab\nnewline",
    "bell\x07 del\x7f line\u2028sep",  # control characters escaped; the rest as is
    "😀 emoji",
]
MOMENTS = [
    datetime(2026, 11, 30, 10, 0, tzinfo=UTC),  # no microseconds: none written
    datetime(2026, 11, 30, 10, 0, 0, 123000, tzinfo=UTC),
    datetime(2024, 2, 29, 23, 59, 59, 5, tzinfo=UTC),
    None,
]

_ID = bindparam("id", type_=UUID(as_uuid=True))
_NAME = bindparam("name", type_=Text)
_DAY = bindparam("day", type_=Date)
_AT = bindparam("at", type_=DateTime(timezone=True))
_OWNER = bindparam("owner", type_=UUID(as_uuid=True))
_OWNER_NAME = bindparam("owner_name", type_=Text)


def _text() -> object:
    return object_text(
        [
            ("id", value(_ID)),
            ("name", value(_NAME)),
            ("day", value(_DAY)),
            ("at", utc(_AT)),
            (
                "owner",
                nullable_object(
                    _OWNER.is_not(None), [("id", value(_OWNER)), ("name", value(_OWNER_NAME))]
                ),
            ),
        ]
    )


@pytest.mark.parametrize("name", [*NAMES, None])
@pytest.mark.parametrize("at", MOMENTS)
async def test_an_object_is_written_as_pydantic_writes_it(
    engine: AsyncEngine, name: str | None, at: datetime | None
) -> None:
    row_id, owner = uuid.uuid4(), uuid.uuid4()
    for owner_id in (owner, None):
        values = {
            "id": row_id, "name": name, "day": date(2027, 1, 1), "at": at, "owner": owner_id,
            "owner_name": NAMES[0],
        }  # fmt: skip
        async with engine.connect() as connection:
            # A server writing days its own way must not change the answer.
            await connection.exec_driver_sql("SET DateStyle = 'SQL, DMY'")
            await connection.exec_driver_sql("SET TimeZone = 'Europe/Copenhagen'")
            text = (await connection.execute(select(_text()), values)).scalar_one()
        expected = Row(
            id=row_id,
            name=name,
            day=date(2027, 1, 1),
            at=at,
            owner=Owner(id=owner_id, name=NAMES[0]) if owner_id else None,
        )
        assert text == expected.model_dump_json()


async def test_a_head_and_a_tail_join_around_spliced_fields(engine: AsyncEngine) -> None:
    head = object_text([("a", value(_NAME))], tail=False)
    tail = object_text([("c", value(_DAY))], head=False)
    async with engine.connect() as connection:
        found = (await connection.execute(select(head, tail), {"name": "x", "day": None})).one()
    assert found[0] + '"b":2,' + found[1] == to_json({"a": "x", "b": 2, "c": None}).decode()
