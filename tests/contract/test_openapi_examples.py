"""For integrators: every operation in the OpenAPI document carries an example that its own
schema accepts, and lists the errors it can answer as problem documents."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import pytest

from api.app import create_app
from api.problems import PROBLEM_JSON

DOCUMENT: dict[str, Any] = create_app().openapi()
OPERATIONS = [
    (path, method, operation)
    for path, operations in DOCUMENT["paths"].items()
    for method, operation in operations.items()
]


def _validator(schema: dict[str, Any]) -> Any:
    # The schema's $refs point into the document's components: resolve them from the document.
    root = {key: value for key, value in DOCUMENT.items() if key != "paths"} | schema
    return jsonschema_rs.validator_for(root)


def _examples(operation: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if body:
        yield "request", body
    for code, response in operation["responses"].items():
        for media in response.get("content", {}).values():
            if "schema" in media and (code.startswith("2") or code[0] in "45"):
                yield code, media


def _ids(value: Any) -> str:
    return f"{value[1].upper()} {value[0]}"


@pytest.mark.parametrize("entry", OPERATIONS, ids=_ids)
def test_every_request_and_answer_has_an_example_its_schema_accepts(entry: Any) -> None:
    _, _, operation = entry
    seen = 0
    for where, media in _examples(operation):
        assert "example" in media, f"{where}: no example"
        errors = [e.message for e in _validator(media["schema"]).iter_errors(media["example"])]
        assert errors == [], f"{where}: {errors}"
        seen += 1
    assert seen >= 1


@pytest.mark.parametrize("entry", OPERATIONS, ids=_ids)
def test_every_operation_lists_the_errors_it_can_answer(entry: Any) -> None:
    path, _, operation = entry
    responses = operation["responses"]
    expected = {"503"}
    if operation.get("x-permission") != "public":
        expected |= {"401", "429"}
    if operation.get("x-permission") not in ("public", "logged_in"):
        expected.add("403")
    if "{" in path:
        expected.add("404")
    if "requestBody" in operation:
        expected |= {"413", "422"}
    assert expected <= set(responses), f"missing {sorted(expected - set(responses))}"
    for code in responses:
        if code[0] in "45" and code.isdigit():
            example = responses[code]["content"][PROBLEM_JSON]["example"]
            assert example["status"] == int(code)
            assert example["type"].startswith("urn:traening:problem:")


def test_the_examples_read_like_the_centre() -> None:
    create = DOCUMENT["paths"]["/api/v1/citizens"]["post"]
    body = create["requestBody"]["content"]["application/json"]["example"]
    assert body["name"] == "Karen Jensen"
    assert body["relative"]["name"] == "Peter Jensen"  # the relative is not the citizen
    citizen = DOCUMENT["paths"]["/api/v1/citizens/{citizen_id}"]["get"]["responses"]["200"]
    shown = citizen["content"]["application/json"]["example"]
    assert shown["birth_date"] == "1987-01-15"  # born on the CPR number's date, 15.01.87
