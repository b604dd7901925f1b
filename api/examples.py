"""Examples in the OpenAPI document, for integrators: every operation shows a request (where it
takes a JSON body) and an answer, and lists the errors it can answer.

The examples are built from the schemas themselves, with realistic values per field name (a
fictitious citizen, a Danish date, a site of the centre), so a new operation is documented the
day it is added and an example can never drift from its schema (a test validates each one).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from fastapi import FastAPI

from api.context import PERMISSION
from api.problems import PROBLEM_JSON, TITLES
from domain.casework import LEGAL_BASES

_NAMESPACE = uuid.UUID("6f1d3c52-8a0e-4f4b-9a51-2c7e1b0d9e11")

# A fictitious citizen and staff, dates around the turn of 2027 (the examples' own calendar).
_BY_NAME: dict[str, Any] = {
    "cpr": "1501874823",
    "birth_date": "1987-01-15",
    "name": "Karen Jensen",
    "citizen_name": "Karen Jensen",
    "display_name": "Mette Holm",
    "therapist_name": "Mette Holm",
    "user_name": "Mette Holm",
    "author_name": "Mette Holm",
    "username": "mette.holm",
    "password": "et-langt-hemmeligt-kodeord",
    "current_password": "et-langt-hemmeligt-kodeord",
    "new_password": "et-nyt-langt-hemmeligt-kodeord",
    "phone": "+45 43 57 70 00",
    "citizen_phone": "+45 43 57 70 00",
    "email": "karen.jensen@example.dk",
    "address": "Ishøj Strandvej 10, 2635 Ishøj",
    "hospital": "Hvidovre Hospital",
    "department": "Ortopædkirurgisk afdeling",
    "general_practitioner": "Lægerne i Ishøj Bycenter",
    "general_practitioner_clinic": "Lægerne i Ishøj Bycenter",
    "general_practitioner_provider_number": "012345",
    "relation": "Datter",
    "municipality_code": "183",
    "municipality_name": "Ishøj",
    "site_name": "Træningscenter Syd",
    "legal_basis": LEGAL_BASES[0],
    "weekday": 1,
    "title": "Genoptræning efter hofteoperation",
    "text": "Går med rollator indendørs; målet er at gå uden.",
    "note": "Aftalt med borgeren i telefonen.",
    "reason": "Borgeren bad selv om det.",
    "measure": "Gangdistance i meter",
    "summary": "Genoptræning efter total hoftealloplastik.",
    "purpose": "Gå uden rollator inden for 8 uger.",
    "unit": "Hjemmeplejen Vest",
    "home_care_unit": "Hjemmeplejen Vest",
    "criterion": "Jensen",
    "secret": "tck_abc123_et-hemmeligt-token",
    "prefix": "abc123",
    "request_id": "01HZX3T8Q6R2",
    "version": 1,
    "schema_revision": "0012",
    "working_days": 10,
    "working_days_left": 4,
    "capacity": 8,
    "content_hash": "9f2c1e" * 10 + "9f2c",
}
_BY_PATH: dict[str, Any] = {
    "relative.name": "Peter Jensen",
    "relative.phone": "+45 20 30 40 50",
    "citizen.name": "Karen Jensen",
}
# Yes-or-no fields whose usual answer is yes; the others read "no" in the examples.
_TRUE = frozenset(
    {"active", "open", "eligible", "start_within_limit", "can_record_decision_receipt"}
)
_BY_FORMAT: dict[str, Any] = {
    "date": "2027-01-11",
    "date-time": "2027-01-11T09:30:00+01:00",
    "email": "karen.jensen@example.dk",
    "uri": "https://traening.example.dk/",
}
_TIME = re.compile(r"[0-2]\[0-9\]|\(\?:\[01\]")


def example(schema: dict[str, Any], components: dict[str, Any], name: str = "") -> Any:
    """A value of `schema`, with the field's name as a hint."""
    return _Builder(components).value(schema, name, ())


class _Builder:
    def __init__(self, components: dict[str, Any]) -> None:
        self.components = components

    def value(self, schema: dict[str, Any], name: str, seen: tuple[str, ...]) -> Any:
        if "$ref" in schema:
            ref = schema["$ref"].rsplit("/", 1)[-1]
            if ref in seen:
                return None
            return self.value(self.components[ref], name, (*seen, ref))
        for key in ("examples",):
            if schema.get(key):
                return schema[key][0]
        if "example" in schema:
            return schema["example"]
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return schema["enum"][0]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [s for s in schema[key] if s.get("type") != "null"]
                if not options:
                    return None
                found = self.value(options[0], name, seen)
                if len(options) < len(schema[key]) and not _fits(options[0], found):
                    return None  # no realistic value of its own (a cursor): shown as absent
                return found
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                part_value = self.value(part, name, seen)
                if isinstance(part_value, dict):
                    merged.update(part_value)
            return merged
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "object" or "properties" in schema:
            parent = name.rsplit(".", 1)[-1]
            return {
                field: self.value(sub, f"{parent}.{field}" if parent else field, seen)
                for field, sub in schema.get("properties", {}).items()
            }
        if kind == "array":
            count = max(1, schema.get("minItems", 1))
            item_name = name[:-1] if name.endswith("s") else name
            return [self.value(schema.get("items", {}), item_name, seen) for _ in range(count)]
        if kind == "boolean":
            return _field(name) in _TRUE
        if kind in ("integer", "number"):
            return _number(schema, name, kind)
        if kind == "string":
            return _text(schema, name)
        return None


def _fits(schema: dict[str, Any], value: Any) -> bool:
    """Whether a string value matches its schema's pattern (other values: no pattern to fit)."""
    pattern = schema.get("pattern")
    return not (pattern and isinstance(value, str)) or re.search(pattern, value) is not None


def _field(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def _hint(name: str) -> Any:
    """The example value for a field: by its place first ("relative.name"), then by its name."""
    tail = ".".join(name.rsplit(".", 2)[-2:])
    return _BY_PATH.get(tail, _BY_NAME.get(_field(name)))


def _number(schema: dict[str, Any], name: str, kind: str) -> int | float:
    low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1)
    high = schema.get("maximum", schema.get("exclusiveMaximum", low + 101) - 1)
    hinted = _hint(name)
    number = hinted if isinstance(hinted, int) and low <= hinted <= high else low
    return float(number) if kind == "number" else int(number)


def _text(schema: dict[str, Any], name: str) -> str:
    fmt = schema.get("format")
    if fmt == "uuid":
        return str(uuid.uuid5(_NAMESPACE, _field(name) or "id"))
    if fmt == "binary":
        return ""
    hinted = _hint(name)
    if isinstance(hinted, str):
        return hinted
    name = _field(name)
    if fmt in _BY_FORMAT:
        return str(_BY_FORMAT[fmt])
    pattern = schema.get("pattern", "")
    if pattern.startswith("^(?:20[0-9]{2}"):
        return str(_BY_FORMAT["date"])
    if _TIME.search(pattern):
        return "09:30"
    if name.endswith(("_on", "_date")) or name in ("date", "day", "starts", "ends"):
        return str(_BY_FORMAT["date"])
    if name.endswith("_at"):
        return str(_BY_FORMAT["date-time"])
    return "Eksempel"


def _json_content(holder: dict[str, Any]) -> dict[str, Any] | None:
    content = holder.get("content", {})
    media = content.get("application/json")
    return media if isinstance(media, dict) else None


def _standard_errors(path: str, method: str, operation: dict[str, Any]) -> dict[int, str]:
    """The errors every operation of its kind can answer, beside those it declares."""
    errors: dict[int, str] = {503: "Databasen kan ikke nås lige nu (med Retry-After)"}
    if operation.get(PERMISSION) != "public":
        errors[401] = "Ikke logget ind, eller nøglen er ugyldig"
        errors[429] = "For mange mislykkede forsøg (med Retry-After)"
    if operation.get(PERMISSION) not in ("public", "logged_in"):
        errors[403] = "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
    if "{" in path:
        errors[404] = "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
    if method in ("post", "put", "patch"):
        errors[413] = "Forespørgslens krop er for stor"
    if operation.get("parameters") or operation.get("requestBody"):
        errors[422] = "Ugyldige oplysninger: `errors` navngiver felterne og reglerne"
    return errors


# The problem type each standard error answers with (api.problems, api.middleware).
_SLUGS = {
    401: "unauthenticated",
    403: "forbidden",
    404: "not-found",
    409: "conflict",
    413: "body-too-large",
    422: "validation",
    429: "too-many-attempts",
    503: "database-unavailable",
}


def _problem_example(status: int, description: str) -> dict[str, Any]:
    return {
        "type": f"urn:traening:problem:{_SLUGS.get(status, f'http-{status}')}",
        "title": TITLES.get(status, "Fejl"),
        "status": status,
        "detail": description,
    }


def document(app: FastAPI) -> None:
    """Add examples and the standard errors to every operation (call after the other
    document() steps, whose app.openapi this wraps)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        components = schema.get("components", {}).get("schemas", {})
        problem_content = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for path, operations in schema.get("paths", {}).items():
            for method, operation in operations.items():
                body = _json_content(operation.get("requestBody", {}))
                if body is not None and "schema" in body:
                    body["example"] = example(body["schema"], components)
                responses = operation.setdefault("responses", {})
                for code, response in responses.items():
                    media = _json_content(response)
                    if code.startswith("2") and media is not None and "schema" in media:
                        media["example"] = example(media["schema"], components)
                for status, description in _standard_errors(path, method, operation).items():
                    responses.setdefault(
                        str(status), {"description": description, "content": problem_content}
                    )
                for code, response in responses.items():
                    if code.isdigit() and code.startswith(("4", "5")):
                        problem = dict(response.get("content", {}).get(PROBLEM_JSON, {}))
                        problem["example"] = _problem_example(int(code), response["description"])
                        response["content"] = {PROBLEM_JSON: problem}
                operation["responses"] = dict(sorted(responses.items()))
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
