"""Who is calling: a staff session (cookie) or an integration client (bearer API key).

Kept behind `authenticate` so another way in (the municipality's OpenID Connect provider)
can be added here without touching any router.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from api.security.errors import Forbidden, Unauthenticated
from api.security.secrets import digest, same
from domain.access import Permission, Principal, Role, permissions_of
from persistence.access import api_key_by_prefix, session_with_user, touch_api_key, touch_session

SESSION_COOKIE = "tc_session"
CSRF_HEADER = "x-csrf-token"
API_KEY_PREFIX = "tck"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TOUCH_EVERY = timedelta(seconds=60)  # writes of last-seen times, at most this often


@dataclass(frozen=True, slots=True)
class SessionPolicy:
    idle: timedelta = timedelta(minutes=30)
    absolute: timedelta = timedelta(hours=10)


@dataclass(frozen=True, slots=True)
class Authenticated:
    principal: Principal
    via: str  # "session" or "api_key"
    session_hash: str | None = None
    csrf_token: str | None = None

    @property
    def client(self) -> str:
        return "spa" if self.via == "session" else f"api-key:{self.principal.name}"


async def authenticate(
    request: Request, session: AsyncSession, *, now: datetime, policy: SessionPolicy
) -> Authenticated:
    """The caller, or Unauthenticated; Forbidden when a browser request lacks its CSRF proof."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return await _by_api_key(session, header[7:].strip(), now)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        found = await _by_session(session, token, now, policy)
        if request.method not in SAFE_METHODS:
            check_csrf(request, found.csrf_token)
        return found
    raise Unauthenticated()


def check_origin(request: Request) -> None:
    """A browser that names its origin must name ours (login has no session token to check)."""
    origin = request.headers.get("origin")
    if origin is not None and origin != own_origin(request):
        raise Forbidden("Forespørgslen kommer fra et fremmed website.", slug="csrf")


def check_csrf(request: Request, expected: str | None) -> None:
    """A state-changing browser request must come from our own origin and carry the token."""
    check_origin(request)
    given = request.headers.get(CSRF_HEADER, "")
    if not expected or not given or not same(given, expected):
        raise Forbidden("CSRF-beskyttelsen afviste forespørgslen. Genindlæs siden.", slug="csrf")


def own_origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


async def _by_session(
    session: AsyncSession, token: str, now: datetime, policy: SessionPolicy
) -> Authenticated:
    token_hash = digest(token)
    found = await session_with_user(session, token_hash)
    if found is None:
        raise Unauthenticated()
    record, user = found
    if (
        record.revoked_at is not None
        or record.expires_at <= now
        or record.last_seen_at + policy.idle <= now
        or not user.active
    ):
        raise Unauthenticated("Din session er udløbet. Log ind igen.")
    if now - record.last_seen_at >= TOUCH_EVERY:
        await touch_session(session, token_hash, now)
    roles = tuple(Role(role) for role in user.roles)
    principal = Principal(
        kind="user",
        id=user.id,
        centre_id=user.centre_id,
        name=user.username,
        permissions=permissions_of(roles),
        roles=roles,
        site_ids=frozenset(user.site_ids),
    )
    return Authenticated(principal, "session", token_hash, record.csrf_token)


async def _by_api_key(session: AsyncSession, key: str, now: datetime) -> Authenticated:
    # tck_<prefix>_<secret>: the prefix finds the row, the secret's hash must match.
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != API_KEY_PREFIX:
        raise Unauthenticated("API-nøglen er ugyldig.")
    record = await api_key_by_prefix(session, parts[1])
    if record is None or not same(record.secret_hash, digest(parts[2])):
        raise Unauthenticated("API-nøglen er ugyldig.")
    if record.revoked_at is not None:
        raise Unauthenticated("API-nøglen er tilbagekaldt.")
    if record.last_used_at is None or now - record.last_used_at >= TOUCH_EVERY:
        await touch_api_key(session, record.id, now)
    principal = Principal(
        kind="api_key",
        id=record.id,
        centre_id=record.centre_id,
        name=record.name,
        permissions=frozenset(Permission(scope) for scope in record.scopes),
    )
    return Authenticated(principal, "api_key")


def api_key_text(prefix: str, secret: str) -> str:
    return f"{API_KEY_PREFIX}_{prefix}_{secret}"


def new_prefix() -> str:
    return uuid.uuid4().hex[:12]
