"""How each operation is called, declared in the OpenAPI document: a browser session (with
its CSRF token on state-changing requests), an integration client's API key, or nothing.

Read from the permission each route declares (api.context.guard, PUBLIC, LOGGED_IN), so the
document says what `authenticate` and the permission check enforce.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from api.context import PERMISSION
from api.security.authentication import API_KEY_PREFIX, CSRF_HEADER, SAFE_METHODS, SESSION_COOKIE
from domain.access import API_KEY_SCOPES

SCHEMES: dict[str, Any] = {
    "session": {
        "type": "apiKey",
        "in": "cookie",
        "name": SESSION_COOKIE,
        "description": "A staff member's browser session, started by POST /api/v1/auth/login.",
    },
    "csrf": {
        "type": "apiKey",
        "in": "header",
        "name": "X-CSRF-Token",
        "description": "The session's CSRF token (from the login or GET /api/v1/auth/session), "
        "sent with the session on every state-changing request.",
    },
    "apiKey": {
        "type": "http",
        "scheme": "bearer",
        "description": f"An integration client's API key: `Authorization: Bearer "
        f"{API_KEY_PREFIX}_...`. It holds only case-work scopes.",
    },
}
assert SCHEMES["csrf"]["name"].lower() == CSRF_HEADER
_KEY_SCOPES = frozenset(scope.value for scope in API_KEY_SCOPES)


def requirements(method: str, permission: str | None) -> list[dict[str, list[str]]]:
    """The ways in for an operation: any one of the returned sets, each in full."""
    if permission == "public":
        return []
    session: dict[str, list[str]] = {"session": []}
    if method.upper() not in SAFE_METHODS:
        session["csrf"] = []
    if permission in _KEY_SCOPES:
        return [session, {"apiKey": []}]
    return [session]  # the caller's own session and password, or administration


def document(app: FastAPI) -> None:
    """Add the schemes and each operation's requirement to the document (call after
    api.problems.document, whose app.openapi this wraps)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        components = schema.setdefault("components", {})
        components["securitySchemes"] = SCHEMES
        for path in schema.get("paths", {}).values():
            for method, operation in path.items():
                operation["security"] = requirements(method, operation.get(PERMISSION))
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
