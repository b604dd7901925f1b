"""Request ids, one structured log line per request, and the body size limit.

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

from api.problems import PROBLEM_JSON, TITLES

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


class _BodyTooLarge(Exception):
    pass


class RequestMiddleware:
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

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _BodyTooLarge
            return message

        try:
            declared = int(headers.get("content-length", "0") or 0)
        except ValueError:
            declared = 0
        try:
            if declared > self.max_body_bytes:
                raise _BodyTooLarge
            await self.app(scope, limited_receive, send_with_id)
        except _BodyTooLarge:
            if not status_holder["started"]:
                await _send_problem(send_with_id, 413, "Forespørgslens krop er for stor.")
        finally:
            route = scope.get("route")
            entry: dict[str, Any] = {
                "event": "request",
                "request_id": request_id,
                "method": scope["method"],
                # The operation id, not the path: it names the route and holds no input.
                "operation": getattr(route, "operation_id", None)
                or getattr(route, "name", None)
                or _area(scope["path"]),
                "status": status_holder["status"],
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            }
            log.info(json.dumps(entry, ensure_ascii=False))


def _area(path: str) -> str:
    return "api:unmatched" if path.startswith("/api/") else "spa"


async def _send_problem(send: Send, status: int, detail: str) -> None:
    body = json.dumps(
        {
            "type": "urn:traening:problem:body-too-large",
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
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
