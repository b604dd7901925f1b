"""Which methods each address of the API takes: 405 with the whole `Allow` header, else 404.

Starlette's router stops at the first route whose path matches, so an address served by
several routes (GET and POST on /closure-days) would name only that route's methods; a GET on
an address without one (POST /auth/login) would fall through to the SPA's catch-all and
answer 404; and a GET on /citizens/search would reach GET /citizens/{citizen_id}. So the
methods of each API address are gathered once, when the app is built, and a request under
/api/ is answered here before routing when its address is unknown (404) or does not take
its method (405, naming every method it takes). An address matches the most specific path
of the document: /citizens/search, not /citizens/{citizen_id}.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from typing import cast

from fastapi import FastAPI, Request
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import BaseRoute, compile_path
from starlette.types import ASGIApp, Receive, Scope, Send

API_PREFIX = "/api/"

Handler = Callable[[Request, Exception], Awaitable[Response]]


class AddressMethods:
    """The methods each API address takes, by its path."""

    def __init__(self, routes: Iterable[BaseRoute]) -> None:
        methods: dict[str, set[str]] = {}
        # Routes of included routers too (FastAPI keeps those behind the router).
        for route in iter_route_contexts(list(routes)):
            if route.path and route.path.startswith(API_PREFIX) and route.methods:
                methods.setdefault(route.path, set()).update(route.methods)
        # A path without parameters matches only itself, and before any with parameters.
        self._literal = {
            path: frozenset(known) for path, known in methods.items() if "{" not in path
        }
        # The most specific paths first: those with fewer parameters.
        self._addresses: list[tuple[int, re.Pattern[str], frozenset[str]]] = sorted(
            (
                (path.count("{"), compile_path(path)[0], frozenset(known))
                for path, known in methods.items()
                if "{" in path
            ),
            key=lambda address: address[0],
        )

    def allowed(self, path: str) -> frozenset[str]:
        """The methods of the most specific path that matches; empty if none does."""
        literal = self._literal.get(path)
        if literal is not None:
            return literal
        found: set[str] = set()
        specificity: int | None = None
        for parameters, pattern, known in self._addresses:
            if specificity is not None and parameters > specificity:
                break
            if pattern.match(path):
                specificity = parameters
                found |= known
        return frozenset(found)


class MethodMiddleware:
    """Answers, before routing, an API request to an unknown address or with a method its
    address does not take; the problem document comes from the app's own handler."""

    def __init__(self, app: ASGIApp, *, addresses: AddressMethods, answer: Handler) -> None:
        self.app = app
        self.addresses = addresses
        self.answer = answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(API_PREFIX):
            allowed = self.addresses.allowed(scope["path"])
            refusal: StarletteHTTPException | None = None
            if not allowed:
                refusal = StarletteHTTPException(404)
            elif scope["method"] not in allowed:
                refusal = StarletteHTTPException(405, headers={"Allow": ", ".join(sorted(allowed))})
            if refusal is not None:
                response = await self.answer(Request(scope, receive), refusal)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def install(app: FastAPI) -> None:
    """Call once every route is added (the addresses are read from app.routes then), and
    before the middleware that should wrap this one (request ids, security headers)."""
    answer = cast(Handler, app.exception_handlers[StarletteHTTPException])  # api.problems
    app.add_middleware(MethodMiddleware, addresses=AddressMethods(app.routes), answer=answer)
