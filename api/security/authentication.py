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

from api.caches import Caches
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


@dataclass(frozen=True, slots=True)
class _KnownSession:
    """A session found valid, as cached: what the checks of a later request need."""

    found: Authenticated
    expires_at: datetime
    last_seen_at: datetime


@dataclass(frozen=True, slots=True)
class _KnownKey:
    found: Authenticated
    secret_hash: str
    last_used_at: datetime | None


async def authenticate(
    request: Request,
    session: AsyncSession,
    *,
    now: datetime,
    policy: SessionPolicy,
    caches: Caches | None = None,
) -> Authenticated:
    """The caller, or Unauthenticated; Forbidden when a browser request lacks its CSRF proof.

    With `caches`, a caller verified in the last few seconds is not read again (api.caches
    says how a change reaches them); a cached entry that fails a check is read again.
    """
    caches = caches or Caches()
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return await _by_api_key(session, header[7:].strip(), now, caches)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        found = await _by_session(session, token, now, policy, caches)
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
    session: AsyncSession, token: str, now: datetime, policy: SessionPolicy, caches: Caches
) -> Authenticated:
    token_hash = digest(token)
    known = caches.sessions.get(token_hash)
    if isinstance(known, _KnownSession):
        if known.expires_at > now and known.last_seen_at + policy.idle > now:
            if now - known.last_seen_at >= TOUCH_EVERY:
                await touch_session(session, token_hash, now)
                seen = _KnownSession(known.found, known.expires_at, now)
                caches.sessions.put(token_hash, seen, caches.sessions.generation)
            return known.found
        caches.sessions.drop(token_hash)
    generation = caches.sessions.generation
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
    last_seen = record.last_seen_at
    if now - last_seen >= TOUCH_EVERY:
        await touch_session(session, token_hash, now)
        last_seen = now
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
    verified = Authenticated(principal, "session", token_hash, record.csrf_token)
    known_now = _KnownSession(verified, record.expires_at, last_seen)
    caches.sessions.put(token_hash, known_now, generation)
    return verified


async def _by_api_key(
    session: AsyncSession, key: str, now: datetime, caches: Caches
) -> Authenticated:
    # tck_<prefix>_<secret>: the prefix finds the row, the secret's hash must match.
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != API_KEY_PREFIX:
        raise Unauthenticated("API-nøglen er ugyldig.")
    prefix, secret_hash = parts[1], digest(parts[2])
    known = caches.api_keys.get(prefix)
    if isinstance(known, _KnownKey) and same(known.secret_hash, secret_hash):
        if known.last_used_at is None or now - known.last_used_at >= TOUCH_EVERY:
            await touch_api_key(session, known.found.principal.id, now)
            used = _KnownKey(known.found, known.secret_hash, now)
            caches.api_keys.put(prefix, used, caches.api_keys.generation)
        return known.found
    generation = caches.api_keys.generation
    record = await api_key_by_prefix(session, prefix)
    if record is None or not same(record.secret_hash, secret_hash):
        raise Unauthenticated("API-nøglen er ugyldig.")
    if record.revoked_at is not None:
        raise Unauthenticated("API-nøglen er tilbagekaldt.")
    last_used = record.last_used_at
    if last_used is None or now - last_used >= TOUCH_EVERY:
        await touch_api_key(session, record.id, now)
        last_used = now
    principal = Principal(
        kind="api_key",
        id=record.id,
        centre_id=record.centre_id,
        name=record.name,
        permissions=frozenset(Permission(scope) for scope in record.scopes),
    )
    verified = Authenticated(principal, "api_key")
    caches.api_keys.put(prefix, _KnownKey(verified, record.secret_hash, last_used), generation)
    return verified


def api_key_text(prefix: str, secret: str) -> str:
    return f"{API_KEY_PREFIX}_{prefix}_{secret}"


def new_prefix() -> str:
    return uuid.uuid4().hex[:12]
