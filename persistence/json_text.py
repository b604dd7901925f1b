"""JSON text written by PostgreSQL, byte for byte as the API's models write it.

A hot read whose rows go out as JSON lets the database write each row's text: the driver
then decodes one text column instead of a dozen typed ones, and Python neither builds a dict
per row nor encodes it again. The text must be what `pydantic_core.to_json` writes for the
same values, so an answer is the same whichever way it was made:

- compact: no blank after `:` or `,` (`json_build_object` writes `"a" : 1, "b" : 2`);
- strings, ids and days through `to_json`, which escapes as pydantic does (`\\"`, `\\\\`, `\\n`,
  other control characters as `\\u00XX`, everything else as is) and writes days as ISO 8601
  whatever the server's `DateStyle`;
- moments in UTC with a `Z`, with microseconds only when there are any (`utc`).

`object_text` takes the fields in the order the model declares them; `head=False` leaves the
opening brace off and `tail=False` the closing one, for a field that Python splices in
between (the worklist's working days, reckoned by the domain's calendar).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Text, case, cast, func, literal_column


def _literal(text: str) -> ColumnElement[str]:
    return literal_column("'" + text.replace("'", "''") + "'", Text)


def value(expression: Any) -> ColumnElement[str]:
    """A string, id, day, number or boolean as JSON text; `null` for NULL."""
    return func.coalesce(cast(func.to_json(expression), Text), _literal("null"))


def utc(moment: Any) -> ColumnElement[str]:
    """A moment as pydantic writes an aware datetime: ISO 8601 in UTC with `Z`, microseconds
    only when not zero (`2026-11-30T10:00:00Z`, `2026-11-30T10:00:00.123000Z`); `null` for
    NULL."""
    in_utc = func.timezone("UTC", moment)
    text = func.concat(
        _literal('"'),
        func.to_char(in_utc, _literal('YYYY-MM-DD"T"HH24:MI:SS')),
        func.nullif(func.to_char(in_utc, _literal(".US")), _literal(".000000")),
        _literal('Z"'),
    )
    return case((moment.is_(None), _literal("null")), else_=text)


def object_text(
    fields: Sequence[tuple[str, ColumnElement[str]]], *, head: bool = True, tail: bool = True
) -> ColumnElement[str]:
    """A JSON object of `fields` (name, JSON text as `value`, `utc` or `object_text` give).

    Without `head` the text starts after the opening brace; without `tail` it ends with a
    comma where the closing brace would be, so the caller can add fields after it."""
    parts: list[ColumnElement[str]] = []
    for index, (name, text) in enumerate(fields):
        before = ("{" if head and index == 0 else "," if index else "") + f'"{name}":'
        parts += [_literal(before), text]
    parts.append(_literal("}" if tail else ","))
    return func.concat(*parts)


def nullable_object(
    present: ColumnElement[bool], fields: Sequence[tuple[str, ColumnElement[str]]]
) -> ColumnElement[str]:
    """`object_text(fields)` where `present` holds, else `null` (an optional nested model)."""
    return case((present, object_text(fields)), else_=_literal("null"))
