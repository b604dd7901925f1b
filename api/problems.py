"""RFC 9457 problem documents for every error the API answers.

Bodies name the offending field and never echo the input: a rejected value may be a CPR
number or health text.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.context import log_failed_attempt
from api.security.errors import Forbidden, TooManyAttempts, Unauthenticated
from domain.errors import Conflict, DomainError, NotFound, RuleViolation

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("api.problems")

TITLES = {
    400: "Ugyldig forespørgsel",
    401: "Ikke logget ind",
    403: "Ingen adgang",
    404: "Findes ikke",
    405: "Metoden er ikke tilladt",
    409: "Konflikt",
    413: "Forespørgslen er for stor",
    415: "Ukendt indholdstype",
    422: "Ugyldige oplysninger",
    429: "For mange forespørgsler",
    500: "Intern fejl",
    503: "Tjenesten er ikke klar",
}

# Danish texts for the validation errors a form can meet; others keep pydantic's own text.
_MESSAGES = {
    "missing": "Feltet skal udfyldes.",
    "json_invalid": "Forespørgslen er ikke gyldig JSON.",
    "model_attributes_type": "Forespørgslen skal være et JSON-objekt.",
    "dict_type": "Forespørgslen skal være et JSON-objekt.",
    "date_parsing": "Ugyldig dato (brug ÅÅÅÅ-MM-DD).",
    "date_from_datetime_parsing": "Ugyldig dato (brug ÅÅÅÅ-MM-DD).",
    "date_from_datetime_inexact": "Ugyldig dato (brug ÅÅÅÅ-MM-DD).",
    "date_type": "Ugyldig dato (brug ÅÅÅÅ-MM-DD).",
    "datetime_parsing": "Ugyldigt tidspunkt.",
    "datetime_from_date_parsing": "Ugyldigt tidspunkt.",
    "datetime_type": "Ugyldigt tidspunkt.",
    "timezone_aware": "Tidspunktet skal angives med tidszone.",
    "uuid_parsing": "Ugyldigt id.",
    "uuid_type": "Ugyldigt id.",
    "int_parsing": "Skal være et heltal.",
    "int_type": "Skal være et heltal.",
    "enum": "Ugyldig værdi.",
    "literal_error": "Ugyldig værdi.",
    "union_tag_invalid": "Ugyldigt lovgrundlag.",
    "union_tag_not_found": "Lovgrundlag skal angives.",
    "string_type": "Skal være tekst.",
}


def problem(
    status: int,
    detail: str,
    *,
    slug: str,
    errors: list[dict[str, str]] | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"urn:traening:problem:{slug}",
        "title": TITLES.get(status, "Fejl"),
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _field(loc: tuple[Any, ...], tags: frozenset[str]) -> str:
    parts = [str(part) for part in loc[1:] if str(part) not in tags]
    return ".".join(parts) if parts else str(loc[0])


def _error_field(error: Any, tags: frozenset[str]) -> str:
    if error["type"] == "json_invalid":
        return "body"  # not JSON: its loc holds a character position, not a field
    if error["type"].startswith("union_tag"):
        # The discriminator itself was wrong or missing: name it, not the body.
        return str((error.get("ctx") or {}).get("discriminator", "body")).strip("'")
    return _field(tuple(error["loc"]), tags)


def _message(error: dict[str, Any]) -> str:
    kind = str(error.get("type", ""))
    context = error.get("ctx") or {}
    if kind == "string_too_long":
        return f"Teksten er for lang (højst {context.get('max_length')} tegn)."
    if kind == "string_too_short":
        return "Feltet skal udfyldes." if context.get("min_length") == 1 else "For kort."
    if kind == "string_pattern_mismatch":
        return "Har ikke den rette form."
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return str(error.get("msg", "Ugyldig værdi.")).replace("Input should be", "Skal være")
    return _MESSAGES.get(kind, str(error.get("msg", "Ugyldig værdi.")))


def install(app: FastAPI, *, discriminator_tags: frozenset[str]) -> None:
    """Register the handlers that turn every failure into a problem document."""

    @app.exception_handler(RequestValidationError)
    async def validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                # A body that is not JSON has no field; its loc holds a character position.
                "field": _error_field(error, discriminator_tags),
                "message": _message(error),
            }
            for error in exc.errors()
        ]
        return problem(422, "Et eller flere felter er ugyldige.", slug="validation", errors=errors)

    @app.exception_handler(DomainError)
    async def domain_error(request: Request, exc: DomainError) -> JSONResponse:
        await log_failed_attempt(request)
        errors = [{"field": exc.field, "message": exc.message}] if exc.field else None
        # The rule the request broke, so a client can tell one refusal from another.
        named: dict[str, Any] = {"rule": exc.rule} if exc.rule else {}
        if isinstance(exc, Conflict):
            if exc.existing_id:
                named["existing_citizen_id"] = exc.existing_id
            return problem(409, exc.message, slug="conflict", errors=errors, **named)
        if isinstance(exc, NotFound) and exc.field is None:
            return problem(404, exc.message, slug="not-found")
        # A body that names a missing record, or breaks a rule: the input is at fault.
        slug = exc.rule or ("unknown-reference" if isinstance(exc, NotFound) else "rule")
        assert isinstance(exc, RuleViolation | NotFound)
        return problem(422, exc.message, slug=slug, errors=errors, **named)

    @app.exception_handler(Unauthenticated)
    async def unauthenticated(_: Request, exc: Unauthenticated) -> JSONResponse:
        return problem(
            401, exc.detail, slug="unauthenticated",
            headers={"WWW-Authenticate": 'Bearer realm="traening"'},
        )  # fmt: skip

    @app.exception_handler(Forbidden)
    async def forbidden(_: Request, exc: Forbidden) -> JSONResponse:
        return problem(403, exc.detail, slug=exc.slug)

    @app.exception_handler(TooManyAttempts)
    async def too_many(_: Request, exc: TooManyAttempts) -> JSONResponse:
        return problem(
            429,
            "For mange mislykkede forsøg. Prøv igen senere.",
            slug="too-many-attempts",
            headers={"Retry-After": str(exc.retry_after_seconds)},
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "")
        if exc.status_code == 404:
            detail = "Adressen findes ikke."
        elif exc.status_code == 405:
            detail = "Metoden er ikke tilladt på denne adresse."
        return problem(exc.status_code, detail, slug=f"http-{exc.status_code}", headers=exc.headers)

    @app.exception_handler(DataError)
    async def bad_data(_: Request, exc: DataError) -> JSONResponse:
        # A value the database cannot hold that validation let through; the input's fault.
        log.warning("data error", extra={"sqlstate": _sqlstate(exc)})
        return problem(422, "En værdi kan ikke gemmes (ugyldige tegn eller tal).", slug="data")

    @app.exception_handler(IntegrityError)
    async def integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        await log_failed_attempt(request)
        # The database's own message may quote the conflicting values: keep it out.
        log.warning("integrity error", extra={"constraint": _constraint(exc)})
        return problem(409, "Ændringen strider mod eksisterende data.", slug="conflict")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        frames = traceback.extract_tb(exc.__traceback__)
        where = [f"{frame.filename}:{frame.lineno}" for frame in frames[-5:]]
        log.error(
            "unhandled error",
            extra={"error_type": type(exc).__name__, "frames": where},
        )
        return problem(500, "Der opstod en uventet fejl.", slug="internal")


def _sqlstate(exc: DataError) -> str | None:
    original = getattr(exc, "orig", None)
    code = getattr(original, "sqlstate", None) or getattr(
        getattr(original, "__cause__", None), "sqlstate", None
    )
    return str(code) if code else None


def _constraint(exc: IntegrityError) -> str | None:
    original = getattr(exc, "orig", None)
    cause = getattr(original, "__cause__", None)
    name = getattr(cause, "constraint_name", None)
    return str(name) if name else None


PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "An RFC 9457 problem document.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "description": "The fields that were wrong, by their JSON name.",
            "items": {
                "type": "object",
                "required": ["field", "message"],
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
            },
        },
        "existing_citizen_id": {"type": "string", "format": "uuid"},
        "rule": {"type": "string", "description": "The rule of the case the request broke."},
    },
}


def document(app: FastAPI) -> None:
    """Describe every error answer as a problem document in the OpenAPI schema."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Problem"] = PROBLEM_SCHEMA
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        content = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                responses = operation.setdefault("responses", {})
                for code, response in list(responses.items()):
                    if code.startswith(("4", "5")):
                        responses[code] = {
                            "description": response.get("description")
                            or TITLES.get(int(code), "Fejl"),
                            "content": content,
                        }
                responses["default"] = {"description": "Problem document", "content": content}
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
