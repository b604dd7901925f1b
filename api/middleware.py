"""Request ids, one structured log line per request, the body size limit, and the answer
to any failure no handler answered (500, or 503 when the database cannot be reached).

The log names the operation, never the raw path or query: a mistyped URL could hold a
CPR number.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import PROBLEM_JSON, RETRY_AFTER_SECONDS, TITLES
from persistence.database import database_unreachable

log = logging.getLogger("api.request")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


# Every response: no inline or evaluated script, no framing, no sniffing, no referrer.
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        b"img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
        b"base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class RequestMiddleware:
    """Outermost of ours: every request gets an id, a size limit and one log line, and any
    failure no handler answered becomes a problem document here, never a traceback."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        given = headers.get("x-request-id", "")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status_holder = {"status": 500, "started": False}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = True
                message.setdefault("headers", [])
                extra = [(b"x-request-id", request_id.encode()), *SECURITY_HEADERS]
                if scope["path"].startswith("/api/"):
                    extra.append((b"cache-control", b"no-store"))  # personal data: never cached
                message["headers"] = [*message["headers"], *extra]
            await send(message)

        try:
            body = await _read_body(receive, headers, self.max_body_bytes)
            if body is None:
                await _send_problem(send_with_id, 413, "Forespørgslens krop er for stor.")
            else:
                await self.app(scope, _replay(body, receive), send_with_id)
        except Exception as error:  # the last place a failure can be answered
            unreachable = database_unreachable(error)
            log.log(
                logging.WARNING if unreachable else logging.ERROR,
                json.dumps(
                    {
                        "event": "error",
                        "request_id": request_id,
                        "operation": _operation(scope),
                        # The class only: an exception's text may quote a statement or input.
                        "error": type(error).__name__,
                        "database_unreachable": unreachable,
                    }
                ),
            )
            if not status_holder["started"]:
                if unreachable:
                    await _send_problem(
                        send_with_id,
                        503,
                        "Databasen kan ikke nås lige nu. Prøv igen om lidt.",
                        slug="database-unavailable",
                        headers=[(b"retry-after", str(RETRY_AFTER_SECONDS).encode())],
                    )
                else:
                    await _send_problem(
                        send_with_id, 500, "Der opstod en uventet fejl.", slug="internal"
                    )
        finally:
            entry: dict[str, Any] = {
                "event": "request",
                "request_id": request_id,
                "method": scope["method"],
                "operation": _operation(scope),
                "status": status_holder["status"],
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            }
            log.info(json.dumps(entry, ensure_ascii=False))


async def _read_body(receive: Receive, headers: dict[str, str], limit: int) -> bytes | None:
    """The whole request body, or None when it is over `limit` bytes, however it is sent.

    Read before the app runs, so a chunked body that grows too large is a 413 like one that
    declares its length, and never a parse error half-way through a handler.
    """
    try:
        declared = int(headers.get("content-length", "0") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return None
    chunks: list[bytes] = []
    received = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)  # the client went away; the app will see no more
        chunk = message.get("body", b"")
        received += len(chunk)
        if received > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body read once more for the app, then the connection's own later messages."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _operation(scope: Scope) -> str:
    # The operation id, not the path: it names the route and holds no input.
    route = scope.get("route")
    return str(
        getattr(route, "operation_id", None) or getattr(route, "name", None) or _area(scope["path"])
    )


def _area(path: str) -> str:
    return "api:unmatched" if path.startswith("/api/") else "spa"


async def _send_problem(
    send: Send,
    status: int,
    detail: str,
    *,
    slug: str = "body-too-large",
    headers: list[tuple[bytes, bytes]] = [],  # noqa: B006 - never changed
) -> None:
    body = json.dumps(
        {
            "type": f"urn:traening:problem:{slug}",
            "title": TITLES[status],
            "status": status,
            "detail": detail,
        },
        ensure_ascii=False,
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", PROBLEM_JSON.encode()),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
