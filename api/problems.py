"""RFC 9457 problem documents for every error the API answers.

Bodies name the offending field and never echo the input: a rejected value may be a CPR
number or health text.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.context import log_failed_attempt
from api.security.errors import Forbidden, TooManyAttempts, Unauthenticated
from domain.attendance import (
    AlreadyRegistered,
    FlagNotOpen,
    OccurrenceCancelled,
    RegistrationIncomplete,
    SeatNotOnOccurrence,
    SessionNotBegun,
    TripTimesOutOfOrder,
)
from domain.calendar import DateOutOfRange
from domain.errors import Conflict, DomainError, NotFound, RuleViolation
from domain.intake import (
    IdempotencyKeyMissing,
    IdempotencyKeyReused,
    MessageUnreadable,
    NotARehabPlan,
    RequestInProgress,
)
from domain.scheduling import (
    BookingClash,
    NoOffer,
    OccurrenceClash,
    RoomHeldByTeam,
    SeatRefused,
    StaffUnavailable,
    TeamFull,
    TeamLargerThanRoom,
)
from domain.training import (
    CorrectionOfAnotherCourse,
    EndingRefused,
    ExceptionIncomplete,
    FinalStatusNotPossible,
    FrequencyLimitExceeded,
    GoalWithoutText,
    NoEndingDecision,
    OutsideCourse,
    PostponementRefused,
    UnknownTrainingService,
)

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

# Danish texts for every validation error type of pydantic (pydantic_core's ErrorType), so no
# English text of pydantic's reaches a client; tests/api/test_input_rules.py walks the list.
# `{name}` takes the error's context (the bound, the length).
_DATE = "Ugyldig dato (brug ÅÅÅÅ-MM-DD)."
_MOMENT = "Ugyldigt tidspunkt."
_OBJECT = "Skal være et JSON-objekt."
_INTEGER = "Skal være et heltal."
_NUMBER = "Skal være et tal."
_TEXT = "Skal være tekst."
_LIST = "Skal være en liste."
_INVALID = "Ugyldig værdi."
_MESSAGES = {
    "missing": "Feltet skal udfyldes.",
    "json_invalid": "Forespørgslen er ikke gyldig JSON.",
    "json_type": "Skal være JSON.",
    "model_attributes_type": "Forespørgslen skal være et JSON-objekt.",
    "dict_type": "Forespørgslen skal være et JSON-objekt.",
    "model_type": _OBJECT,
    "dataclass_type": _OBJECT,
    "dataclass_exact_type": _OBJECT,
    "mapping_type": _OBJECT,
    "frozen_dict_type": _OBJECT,
    "ordered_dict_type": _OBJECT,
    "counter_type": _OBJECT,
    "typed_dict_type": _OBJECT,
    "named_tuple_type": _LIST,
    "invalid_key": "Ugyldigt feltnavn.",
    "extra_forbidden": "Feltet findes ikke.",
    "no_such_attribute": "Feltet findes ikke.",
    "unexpected_keyword_argument": "Feltet findes ikke.",
    "unexpected_positional_argument": "Feltet findes ikke.",
    "missing_argument": "Feltet skal udfyldes.",
    "missing_keyword_only_argument": "Feltet skal udfyldes.",
    "missing_positional_only_argument": "Feltet skal udfyldes.",
    "missing_sentinel_error": "Feltet skal udfyldes.",
    "multiple_argument_values": "Feltet er angivet mere end én gang.",
    "arguments_type": _OBJECT,
    "frozen_field": "Feltet kan ikke ændres.",
    "frozen_instance": "Værdien kan ikke ændres.",
    "get_attribute_error": _INVALID,
    "default_factory_not_called": _INVALID,
    "needs_python_object": _INVALID,
    "is_instance_of": _INVALID,
    "is_subclass_of": _INVALID,
    "callable_type": _INVALID,
    "recursion_loop": "Forespørgslen er for dybt indlejret.",
    "recursion_depth_exceeded": "Forespørgslen er for dybt indlejret.",
    "none_required": "Feltet skal være tomt (null).",
    "ellipsis_error": _INVALID,
    "enum": _INVALID,
    "literal_error": _INVALID,
    "union_tag_invalid": "Ugyldigt lovgrundlag.",
    "union_tag_not_found": "Lovgrundlag skal angives.",
    "string_type": _TEXT,
    "string_sub_type": _TEXT,
    "string_unicode": "Teksten er ikke gyldig Unicode.",
    "string_not_ascii": "Teksten må kun indeholde ASCII-tegn.",
    "string_too_short": "Skal have mindst {min_length} tegn.",
    "string_too_long": "Teksten er for lang (højst {max_length} tegn).",
    "string_pattern_mismatch": "Har ikke den rette form.",
    "bytes_type": _TEXT,
    "bytes_too_short": "Skal have mindst {min_length} byte.",
    "bytes_too_long": "Må højst have {max_length} byte.",
    "bytes_invalid_encoding": "Ugyldig kodning.",
    "int_type": _INTEGER,
    "int_parsing": _INTEGER,
    "int_from_float": _INTEGER,
    "int_parsing_size": "Tallet er for stort.",
    "float_type": _NUMBER,
    "float_parsing": _NUMBER,
    "finite_number": "Skal være et endeligt tal.",
    "decimal_type": _NUMBER,
    "decimal_parsing": _NUMBER,
    "decimal_max_digits": "Må højst have {max_digits} cifre.",
    "decimal_max_places": "Må højst have {decimal_places} decimaler.",
    "decimal_whole_digits": "Må højst have {whole_digits} cifre før kommaet.",
    "fraction_type": _NUMBER,
    "fraction_parsing": _NUMBER,
    "complex_type": _NUMBER,
    "complex_str_parsing": _NUMBER,
    "bool_type": "Skal være sand eller falsk (true eller false).",
    "bool_parsing": "Skal være sand eller falsk (true eller false).",
    "greater_than": "Skal være større end {gt}.",
    "greater_than_equal": "Skal være mindst {ge}.",
    "less_than": "Skal være mindre end {lt}.",
    "less_than_equal": "Skal være højst {le}.",
    "multiple_of": "Skal være et multiplum af {multiple_of}.",
    "list_type": _LIST,
    "tuple_type": _LIST,
    "set_type": _LIST,
    "frozen_set_type": _LIST,
    "deque_type": _LIST,
    "iterable_type": _LIST,
    "iteration_error": _LIST,
    "set_item_not_hashable": "Listen indeholder en ugyldig værdi.",
    "too_short": "Skal indeholde mindst {min_length}.",
    "too_long": "Må højst indeholde {max_length}.",
    "date_type": _DATE,
    "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE,
    "date_from_datetime_inexact": _DATE,
    "date_future": "Datoen skal ligge i fremtiden.",
    "date_past": "Datoen skal ligge i fortiden.",
    "datetime_type": _MOMENT,
    "datetime_parsing": _MOMENT,
    "datetime_from_date_parsing": _MOMENT,
    "datetime_object_invalid": _MOMENT,
    "datetime_future": "Tidspunktet skal ligge i fremtiden.",
    "datetime_past": "Tidspunktet skal ligge i fortiden.",
    "timezone_aware": "Tidspunktet skal angives med tidszone.",
    "timezone_naive": "Tidspunktet skal angives uden tidszone.",
    "timezone_offset": "Tidszonen er ugyldig.",
    "time_type": "Ugyldigt klokkeslæt.",
    "time_parsing": "Ugyldigt klokkeslæt.",
    "time_delta_type": "Ugyldig varighed.",
    "time_delta_parsing": "Ugyldig varighed.",
    "uuid_type": "Ugyldigt id.",
    "uuid_parsing": "Ugyldigt id.",
    "uuid_version": "Ugyldigt id.",
    "url_type": "Ugyldig adresse.",
    "url_parsing": "Ugyldig adresse.",
    "url_syntax_violation": "Ugyldig adresse.",
    "url_too_long": "Adressen er for lang.",
    "url_scheme": "Ugyldig adresse.",
    # Raised by our own validators with a Danish text (below); this is the fallback.
    "value_error": _INVALID,
    "assertion_error": _INVALID,
}


# A database that cannot be reached (api.middleware, /ready) is a 503 with this Retry-After:
# it is restarted or failed over within seconds.
RETRY_AFTER_SECONDS = 5


@dataclass(frozen=True, slots=True)
class ProblemKind:
    """How one kind of failure is answered: its status, and its type
    `urn:traening:problem:<name>`. The rule a request broke goes in the `rule` member, never
    in the type, so a client reads one short list of types."""

    status: int
    name: str


# Every domain error class and the problem it is answered as. tests/api/test_problem_table.py
# fails when a subclass of DomainError has no entry; at run time an unlisted one is answered
# as its nearest listed base, never as a 500.
DOMAIN_PROBLEMS: dict[type[DomainError], ProblemKind] = {
    DomainError: ProblemKind(422, "rule"),
    RuleViolation: ProblemKind(422, "rule"),
    DateOutOfRange: ProblemKind(422, "rule"),
    Conflict: ProblemKind(409, "conflict"),
    NotFound: ProblemKind(404, "not-found"),
    # Courses and appointments: the rule is in `rule`, the clashing record named beside it.
    BookingClash: ProblemKind(409, "conflict"),
    StaffUnavailable: ProblemKind(422, "rule"),
    OutsideCourse: ProblemKind(422, "rule"),
    FrequencyLimitExceeded: ProblemKind(422, "rule"),
    ExceptionIncomplete: ProblemKind(422, "rule"),
    GoalWithoutText: ProblemKind(422, "rule"),
    CorrectionOfAnotherCourse: ProblemKind(422, "rule"),
    UnknownTrainingService: ProblemKind(422, "rule"),
    # Teams, seats and waiting lists: a full team answers with the waiting list offered.
    TeamLargerThanRoom: ProblemKind(422, "rule"),
    OccurrenceClash: ProblemKind(409, "conflict"),
    RoomHeldByTeam: ProblemKind(409, "conflict"),
    TeamFull: ProblemKind(409, "conflict"),
    SeatRefused: ProblemKind(422, "rule"),
    NoOffer: ProblemKind(422, "rule"),
    # Attendance, flags, postponement, ending and transport.
    AlreadyRegistered: ProblemKind(409, "conflict"),
    RegistrationIncomplete: ProblemKind(422, "rule"),
    SessionNotBegun: ProblemKind(422, "rule"),
    FlagNotOpen: ProblemKind(422, "rule"),
    OccurrenceCancelled: ProblemKind(422, "rule"),
    SeatNotOnOccurrence: ProblemKind(422, "rule"),
    PostponementRefused: ProblemKind(422, "rule"),
    EndingRefused: ProblemKind(422, "rule"),
    FinalStatusNotPossible: ProblemKind(422, "rule"),
    NoEndingDecision: ProblemKind(422, "rule"),
    TripTimesOutOfOrder: ProblemKind(422, "rule"),
    # Idempotent writes (the IETF draft's answers): a missing key, a key used for another
    # request, a repeat while the first request runs (with Retry-After).
    IdempotencyKeyMissing: ProblemKind(400, "idempotency"),
    IdempotencyKeyReused: ProblemKind(422, "idempotency"),
    RequestInProgress: ProblemKind(409, "idempotency"),
    # Intake: a body that is no harmless XML, or XML that is no hospital plan (GGOP).
    MessageUnreadable: ProblemKind(422, "unreadable-message"),
    NotARehabPlan: ProblemKind(422, "not-a-rehab-plan"),
}
# A record named by a field of the body that does not exist: the input is at fault.
UNKNOWN_REFERENCE = ProblemKind(422, "unknown-reference")


def problem_kind(error: DomainError) -> ProblemKind:
    kind = next(DOMAIN_PROBLEMS[cls] for cls in type(error).__mro__ if cls in DOMAIN_PROBLEMS)
    if kind.status == 404 and error.field is not None:
        return UNKNOWN_REFERENCE
    return kind


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
    if kind == "string_too_short" and context.get("min_length") == 1:
        return "Feltet skal udfyldes."
    if kind in ("value_error", "assertion_error") and context.get("error"):
        return str(context["error"])  # raised by our own validators, in Danish
    text = _MESSAGES.get(kind, _INVALID)
    try:
        return text.format(**context)
    except (KeyError, IndexError, ValueError):
        return _INVALID  # a bound missing from the context: never a half-filled text


def _clashing_record(error: DomainError) -> dict[str, Any]:
    """The record a refused booking, limit or correction clashes with, by id and week."""
    if isinstance(error, BookingClash) and error.clashing_appointment_id is not None:
        return {"clashing_appointment_id": str(error.clashing_appointment_id)}
    if isinstance(error, RoomHeldByTeam):
        return {"clashing_occurrence_id": str(error.occurrence_id)}
    if isinstance(error, FrequencyLimitExceeded):
        return {"limit": error.limit, "iso_week": str(error.week)}
    if isinstance(error, TeamFull):
        return {"waiting_list_offered": True}
    if isinstance(error, CorrectionOfAnotherCourse):
        return {"corrected_note_id": str(error.corrected_note_id)}
    return {}


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
        kind = problem_kind(exc)
        errors = [{"field": exc.field, "message": exc.message}] if exc.field else None
        # The rule the request broke, so a client can tell one refusal from another.
        named: dict[str, Any] = {"rule": exc.rule} if exc.rule else {}
        if isinstance(exc, OccurrenceClash) and exc.existing_id:
            named["clashing_booking_id"] = exc.existing_id  # the room's appointment or team
        elif isinstance(exc, Conflict) and exc.existing_id:
            named["existing_citizen_id"] = exc.existing_id
        named.update(_clashing_record(exc))
        if kind.status == 404:
            errors = None  # the path named it: no field of the body to point at
        headers = None
        if isinstance(exc, RequestInProgress):
            headers = {"Retry-After": str(exc.retry_after_seconds)}
        return problem(
            kind.status, exc.message, slug=kind.name, errors=errors, headers=headers, **named
        )

    @app.exception_handler(Unauthenticated)
    async def unauthenticated(request: Request, exc: Unauthenticated) -> JSONResponse:
        await log_failed_attempt(request)
        return problem(
            401, exc.detail, slug="unauthenticated",
            headers={"WWW-Authenticate": 'Bearer realm="traening"'},
        )  # fmt: skip

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> JSONResponse:
        await log_failed_attempt(request)
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
        if exc.status_code == 400:
            detail = "Forespørgslens indhold kunne ikke læses."  # FastAPI's text is English
        elif exc.status_code == 404:
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

    # Any other failure, a database that cannot be reached among them, is answered by
    # api.middleware: it also catches what these handlers raise (a refused attempt that
    # cannot be logged while the database is down), and it logs one line, no traceback.


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
        "clashing_booking_id": {
            "type": "string",
            "format": "uuid",
            "description": "The appointment or team occurrence a team's time meets in its room.",
        },
        "clashing_occurrence_id": {
            "type": "string",
            "format": "uuid",
            "description": "The team occurrence using the room an appointment asks for.",
        },
        "waiting_list_offered": {
            "type": "boolean",
            "description": "A full team: the course may join its waiting list.",
        },
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
                            **({"headers": response["headers"]} if "headers" in response else {}),
                        }
                responses["default"] = {"description": "Problem document", "content": content}
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
