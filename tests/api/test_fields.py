"""The rules a field declares in the OpenAPI document are the rules the server checks."""

import re
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from api.fields import (
    CALENDAR_DATE_PATTERN,
    CalendarDate,
    Cpr,
    Name,
    Password,
    Phone,
    SearchName,
)
from domain.calendar.working_days import FIRST_YEAR, LAST_YEAR

# Letters, the white space the server strips, and the characters it refuses.
CHARACTERS = st.sampled_from(
    ["a", "Ø", "0", "-", " ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\u202f",
     "\x00", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\x9f", "\u200e",
     "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff"]
)  # fmt: skip
TEXTS = [Name, SearchName, Phone, Password]


def _accepted(kind: Any, value: object) -> bool:
    try:
        TypeAdapter(kind).validate_python(value)
    except ValidationError:
        return False
    return True


def _declared(kind: Any, value: str) -> bool:
    schema = TypeAdapter(kind).json_schema()
    pattern = schema["pattern"]
    assert pattern.endswith("$")
    # As JSON Schema reads it: `$` is the end of the text, not also before a final line feed.
    ecma = pattern[:-1] + r"\Z"
    return (
        schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value))
        and re.search(ecma, value) is not None
    )


@given(st.text(CHARACTERS, max_size=6))
def test_a_text_is_taken_exactly_when_its_pattern_allows_it(text: str) -> None:
    for kind in TEXTS:
        assert _accepted(kind, text) == _declared(kind, text), (kind, text)


@given(st.text(st.sampled_from("0123456789-٠١٢٣٤٥٦٧٨٩０１２３ \n5"), min_size=9, max_size=12))
def test_a_cpr_number_is_taken_exactly_when_its_pattern_allows_it(text: str) -> None:
    assert _accepted(Cpr, text) == _declared(Cpr, text), text


@given(st.dates())
def test_a_calendar_date_is_taken_exactly_when_its_pattern_allows_it(day: date) -> None:
    text = day.isoformat()
    declared = re.fullmatch(CALENDAR_DATE_PATTERN, text) is not None
    assert declared == (FIRST_YEAR <= day.year <= LAST_YEAR)
    assert _accepted(CalendarDate, text) == declared
