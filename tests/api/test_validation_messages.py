"""Every validation error type pydantic can raise is answered in Danish, its bound filled in."""

import typing

import pytest
from pydantic_core.core_schema import ErrorType

from api.problems import _MESSAGES, _message
from tests.api.test_input_rules import ENGLISH

ERROR_TYPES = typing.get_args(ErrorType)
# The context pydantic gives the types whose text names a bound.
CONTEXT = {
    "min_length": 2, "max_length": 200, "gt": 0, "ge": 0, "lt": 10, "le": 366,
    "multiple_of": 5, "max_digits": 4, "decimal_places": 2, "whole_digits": 2,
}  # fmt: skip


def test_the_walk_sees_pydantics_error_types() -> None:
    assert len(ERROR_TYPES) > 100
    assert {"missing", "greater_than_equal", "string_too_long", "date_parsing"} <= set(ERROR_TYPES)


@pytest.mark.parametrize("kind", ERROR_TYPES)
def test_every_error_type_has_a_danish_text(kind: str) -> None:
    assert kind in _MESSAGES, f"{kind}: add a Danish text to api.problems._MESSAGES"
    text = _message({"type": kind, "ctx": CONTEXT, "loc": ("body", "x"), "msg": "English"})
    assert not ENGLISH.search(text), (kind, text)
    assert "{" not in text, (kind, text)
    assert text.endswith("."), (kind, text)


def test_a_bound_is_named_in_the_text() -> None:
    assert _message({"type": "greater_than_equal", "ctx": {"ge": 0}}) == "Skal være mindst 0."
    assert _message({"type": "less_than", "ctx": {"lt": 10}}) == "Skal være mindre end 10."
    assert _message({"type": "too_long", "ctx": {"max_length": 2}}) == "Må højst indeholde 2."
    assert _message({"type": "string_too_short", "ctx": {"min_length": 1}}) == (
        "Feltet skal udfyldes."
    )
    # A bound missing from the context: a plain Danish text, never a half-filled one.
    assert _message({"type": "greater_than", "ctx": {}}) == "Ugyldig værdi."
    # Our own validators' Danish reasons pass through.
    assert _message({"type": "value_error", "ctx": {"error": "Datoen findes ikke."}}) == (
        "Datoen findes ikke."
    )
