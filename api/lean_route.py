"""Hot routes without FastAPI's per-request dependency solving.

A route is declared once, the FastAPI way (path, operation id, parameters and their rules,
response model, `guard(...)`), so the OpenAPI document and the reference behaviour come from
the declaration. A router whose `route_class` is `LeanRoute` answers the endpoints marked
`@hot` by a handler planned when the route is built, from the route's own dependant:

1. the body, read and parsed as FastAPI reads it (same 422 for a body that is not JSON);
2. the unit of work (`api.context.transaction`) and the caller (`api.context.caller_of`,
   authenticated from the per-process cache), the permission checked by the route's guard;
3. the path and query parameters validated by their own pydantic fields, in the order
   FastAPI validates them, collecting the same errors (the same Danish 422 problems);
4. the endpoint called with them; its answer returned as is when it is a `Response` (the
   lean reads' JSON bytes), else serialized by the response model as FastAPI does;
5. commit before the answer is sent, rollback on any failure.

What FastAPI spends per request on walking the dependency tree (cache keys, scopes, exit
stacks, a multidict look-up per parameter per dependency) is spent once, here, at build time.
`HotRoutes` finds these routes by one look-up, inside the app's exception handling, so a hot
request also skips the router's walk over every route and the route's two exit stacks.
An endpoint that needs anything else (another dependency, a header, a cookie, a form, a
`Request` or `Response` parameter) keeps FastAPI's own handler, as does any route while
`Settings.lean_routes` is off (the reference, for tests and the bench).
"""

from __future__ import annotations

import email.message
import json
import re
import uuid
from collections.abc import Callable, Coroutine, Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar

from fastapi import FastAPI, params
from fastapi._compat import ModelField, field_annotation_is_sequence, get_missing_field_error
from fastapi.datastructures import DefaultPlaceholder
from fastapi.dependencies.models import Dependant
from fastapi.dependencies.utils import (
    _get_param_aliases,
    _get_param_model,
    _is_json_field,
    request_body_to_args,
)
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute, iter_route_contexts, serialize_response
from fastapi.utils import is_body_allowed_for_status_code
from pydantic_core import PydanticUndefined as Undefined
from starlette.convertors import Convertor
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, compile_path
from starlette.types import ASGIApp, Receive, Scope, Send

from api.context import (
    CALLER_DEPENDENCY,
    SESSION_DEPENDENCY,
    caller_of,
    guard_permission,
    transaction,
)
from api.unit_of_work import WORK_DEPENDENCY, work_of

Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])
Handler = Callable[[Request], Coroutine[Any, Any, Response]]

_HOT: set[Callable[..., Any]] = set()


def hot(endpoint: Endpoint) -> Endpoint:
    """Mark an endpoint for the lean handler (its router's `route_class` is `LeanRoute`)."""
    _HOT.add(endpoint)
    return endpoint


@dataclass(frozen=True, slots=True)
class _Param:
    """A path or query parameter: where FastAPI reads it, and its validating field."""

    field: ModelField
    alias: str
    loc: tuple[str, str]
    required: bool
    validate_default: bool
    # The default when it is immutable (FastAPI's deep copy of it would be the same object).
    default: Any = None
    immutable_default: bool = False


@dataclass(frozen=True, slots=True)
class _Plan:
    """What a lean request of one route does, worked out when the route is built."""

    endpoint: Callable[..., Coroutine[Any, Any, Any]]
    guards: tuple[Callable[..., Coroutine[Any, Any, None]], ...]
    work_name: str | None
    session_name: str | None
    caller_name: str | None
    path: tuple[_Param, ...]
    query: tuple[_Param, ...]
    body: tuple[ModelField, ...]
    embed_body: bool


_IMMUTABLE = (type(None), bool, int, float, str, bytes, Enum, uuid.UUID)


def _param(field: ModelField) -> _Param | None:
    """A plain parameter as FastAPI reads it (one request key, one value); None for what
    needs FastAPI's own reading (parameter models, sequences, JSON, several aliases)."""
    info = field.field_info
    if not isinstance(info, params.Param) or _is_json_field(field):
        return None
    if _get_param_model(field) is not None or field_annotation_is_sequence(info.annotation):
        return None
    aliases = _get_param_aliases(field)
    if len(aliases) != 1:
        return None
    alias = aliases[0][1]
    return _Param(
        field=field,
        alias=alias,
        loc=(info.in_.value, alias),
        required=info.is_required(),
        validate_default=bool(info.validate_default),
        default=field.default,
        immutable_default=isinstance(field.default, _IMMUTABLE),
    )


def plan(route: APIRoute) -> _Plan | None:
    """The lean plan of `route`, or None when its handler must stay FastAPI's."""
    dependant: Dependant = route.dependant
    if route.endpoint not in _HOT or not callable(dependant.call):
        return None
    if (
        dependant.header_params
        or dependant.cookie_params
        or dependant.request_param_name
        or dependant.websocket_param_name
        or dependant.http_connection_param_name
        or dependant.response_param_name
        or dependant.background_tasks_param_name
        or dependant.security_scopes_param_name
        or (route.body_field is not None and isinstance(route.body_field.field_info, params.Form))
    ):
        return None
    guards: list[Callable[..., Coroutine[Any, Any, None]]] = []
    names: dict[Any, str] = {}
    for sub in dependant.dependencies:
        call = sub.call
        if call is not None and guard_permission(call) is not None and sub.name is None:
            guards.append(call)
        elif call in (WORK_DEPENDENCY, SESSION_DEPENDENCY, CALLER_DEPENDENCY) and sub.name:
            if not sub.use_cache:
                return None
            names[call] = sub.name
        else:
            return None  # a dependency this handler does not know: FastAPI solves it
    path = [_param(field) for field in dependant.path_params]
    query = [_param(field) for field in dependant.query_params]
    if any(found is None for found in [*path, *query]):
        return None
    return _Plan(
        endpoint=dependant.call,
        guards=tuple(guards),
        work_name=names.get(WORK_DEPENDENCY),
        session_name=names.get(SESSION_DEPENDENCY),
        caller_name=names.get(CALLER_DEPENDENCY),
        path=tuple(found for found in path if found is not None),
        query=tuple(found for found in query if found is not None),
        body=tuple(dependant.body_params),
        embed_body=route._embed_body_fields,
    )


def _validated(found: Sequence[_Param], received: Any, errors: list[Any]) -> dict[str, Any]:
    """FastAPI's `request_params_to_args` for plain parameters, its fields looked at once."""
    values: dict[str, Any] = {}
    for param in found:
        value = received.get(param.alias)
        if value is None:
            if param.required:
                errors.append(get_missing_field_error(loc=param.loc))
                continue
            value = param.default if param.immutable_default else deepcopy(param.field.default)
            if not param.validate_default:
                values[param.field.name] = value
                continue
        checked, failed = param.field.validate(value, values, loc=param.loc)
        if failed:
            errors.extend(failed)
        else:
            values[param.field.name] = checked
    return values


async def _json_body(request: Request, strict_content_type: bool) -> Any:
    """The body as FastAPI's handler reads it for a JSON body parameter."""
    try:
        body_bytes = await request.body()
        if not body_bytes:
            return Undefined
        content_type = request.headers.get("content-type")
        if not content_type:
            return await request.json() if not strict_content_type else body_bytes
        message = email.message.Message()
        message["content-type"] = content_type
        if message.get_content_maintype() == "application":
            subtype = message.get_content_subtype()
            if subtype == "json" or subtype.endswith("+json"):
                return await request.json()
        return body_bytes
    except json.JSONDecodeError as error:
        raise RequestValidationError(
            [
                {
                    "type": "json_invalid",
                    "loc": ("body", error.pos),
                    "msg": "JSON decode error",
                    "input": {},
                    "ctx": {"error": error.msg},
                }
            ],
            body=error.doc,
        ) from error
    except HTTPException:
        raise
    except Exception as error:
        raise HTTPException(status_code=400, detail="There was an error parsing the body") from (
            error
        )


def lean_handler(route: APIRoute, found: _Plan, reference: Handler) -> Handler:
    """The route's handler: the plan's way while `Settings.lean_routes` holds, else FastAPI's."""
    status_code = route.status_code
    response_field = route.response_field
    strict = route.strict_content_type
    strict_content_type = bool(strict.value if isinstance(strict, DefaultPlaceholder) else strict)
    response_class = route.response_class
    actual_class: type[Response] = (
        response_class.value if isinstance(response_class, DefaultPlaceholder) else response_class
    )
    dump_json = response_field is not None and isinstance(response_class, DefaultPlaceholder)
    response_args: dict[str, Any] = {"background": None}
    if status_code:
        response_args["status_code"] = status_code

    async def handler(request: Request) -> Response:
        if not request.app.state.settings.lean_routes:
            return await reference(request)
        body: Any = Undefined
        if found.body:
            body = await _json_body(request, strict_content_type)
        async with transaction(request) as session:
            caller = await caller_of(request, session)
            for check in found.guards:
                await check(request, caller)
            values: dict[str, Any] = {}
            errors: list[Any] = []
            if found.work_name:
                values[found.work_name] = work_of(request, session, caller)
            if found.session_name:
                values[found.session_name] = session
            if found.caller_name:
                values[found.caller_name] = caller
            if found.path:
                values.update(_validated(found.path, request.path_params, errors))
            if found.query:
                values.update(_validated(found.query, request.query_params, errors))
            if found.body:
                body_values, body_errors = await request_body_to_args(
                    body_fields=list(found.body),
                    received_body=body,
                    embed_body_fields=found.embed_body,
                )
                values.update(body_values)
                errors.extend(body_errors)
            if errors:
                raise RequestValidationError(errors, body=None if body is Undefined else body)
            answer = await found.endpoint(**values)
            if isinstance(answer, Response):
                return answer
            content = await serialize_response(
                field=response_field,
                response_content=answer,
                include=route.response_model_include,
                exclude=route.response_model_exclude,
                by_alias=route.response_model_by_alias,
                exclude_unset=route.response_model_exclude_unset,
                exclude_defaults=route.response_model_exclude_defaults,
                exclude_none=route.response_model_exclude_none,
                dump_json=dump_json,
            )
            response = (
                Response(content=content, media_type="application/json", **response_args)
                if dump_json
                else actual_class(content, **response_args)
            )
            if not is_body_allowed_for_status_code(response.status_code):
                response.body = b""
            return response

    return handler


class LeanRoute(APIRoute):
    """An `APIRoute` whose `@hot` endpoints are answered by `lean_handler`."""

    def get_route_handler(self) -> Handler:
        reference = super().get_route_handler()
        found = plan(self)
        if found is None:
            return reference
        return lean_handler(self, found, reference)


@dataclass(frozen=True, slots=True)
class _Hot:
    """A hot route as `HotRoutes` finds it: the route, its lean handler, its address."""

    route: APIRoute
    handler: Handler
    pattern: re.Pattern[str] | None = None  # for an address with parameters
    convertors: dict[str, Convertor[Any]] = field(default_factory=dict)


class HotRoutes:
    """The router's way in for the hot routes: a request whose method and address are a hot
    route's goes straight to that route's lean handler; any other to the router.

    It sits where the router begins (inside the exception handlers and the body limit), so a
    hot request fails the way it would through the router, answered by the same handlers.
    What it skips is the router's work: matching the address against each route in turn
    (each included router's prefix, FastAPI's route contexts), and the two exit stacks and
    the second exception wrapper FastAPI puts around a route's handler, which a lean handler
    does not use. An address is taken only when no route without parameters has it, as the
    router would match (api.methods does the same).
    """

    def __init__(self, app: ASGIApp, routes: Iterable[BaseRoute]) -> None:
        self.app = app
        self._literal: dict[tuple[str, str], _Hot] = {}
        self._patterns: dict[str, list[_Hot]] = {}
        literal_paths: set[str] = set()
        for context in iter_route_contexts(list(routes)):
            path = context.path
            if path is None:
                continue
            if "{" not in path:
                literal_paths.add(path)
            route = context.original_route
            if not isinstance(route, LeanRoute) or plan(route) is None:
                continue
            handler = route.get_route_handler()
            for method in route.methods or ():
                if "{" not in path:
                    self._literal[(method, path)] = _Hot(route, handler)
                else:
                    pattern, _, convertors = compile_path(path)
                    found = _Hot(route, handler, pattern, convertors)
                    self._patterns.setdefault(method, []).append(found)
        self._literal_paths = frozenset(literal_paths)

    def _find(self, method: str, path: str) -> tuple[_Hot, dict[str, Any]] | None:
        hot = self._literal.get((method, path))
        if hot is not None:
            return hot, {}
        if path in self._literal_paths:
            return None
        for candidate in self._patterns.get(method, ()):
            assert candidate.pattern is not None
            matched = candidate.pattern.match(path)
            if matched:
                params = {
                    name: candidate.convertors[name].convert(value)
                    for name, value in matched.groupdict().items()
                }
                return candidate, params
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = self._find(scope["method"], scope["path"]) if scope["type"] == "http" else None
        if found is None:
            await self.app(scope, receive, send)
            return
        hot, params = found
        # What the router would have put in the scope for the route's handler and the log.
        scope["route"], scope["endpoint"] = hot.route, hot.route.endpoint
        scope["path_params"] = params
        response = await hot.handler(Request(scope, receive, send))
        await response(scope, receive, send)


def install(app: FastAPI) -> None:
    """Put `HotRoutes` at the start of the router, once every route is added; not while
    `Settings.lean_routes` is off (the reference)."""
    if app.state.settings.lean_routes:
        app.router.middleware_stack = HotRoutes(app.router.middleware_stack, app.routes)
