"""Logging in and out, the current session, and changing one's own password."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter, Request, Response, status

from api.access.schemas import SessionOut, SessionUser
from api.context import LOGGED_IN, PUBLIC, CallerDep, Session
from api.fields import NewPassword, Password, Username
from api.schemas import Body
from api.security.authentication import SESSION_COOKIE, SessionPolicy, check_origin
from api.security.errors import Forbidden, TooManyAttempts, Unauthenticated
from api.security.secrets import digest, hash_password, new_token, verify_password
from domain.access.passwords import check_password
from domain.access.permissions import Role, permissions_of
from domain.errors import RuleViolation
from persistence.access import staff
from persistence.access.models import StaffUser

router = APIRouter(prefix="/auth", tags=["auth"])

FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
LOGIN_SLOTS = 4


class LoginIn(Body):
    username: Username
    password: Password


class PasswordChangeIn(Body):
    current_password: Password
    new_password: NewPassword


def _session_out(user: StaffUser, csrf_token: str, expires_at: datetime) -> SessionOut:
    roles = [Role(role) for role in user.roles]
    return SessionOut(
        user=SessionUser(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            roles=roles,
            site_ids=list(user.site_ids),
            permissions=sorted(permissions_of(roles)),
        ),
        csrf_token=csrf_token,
        expires_at=expires_at,
        idle_timeout_seconds=int(SessionPolicy().idle.total_seconds()),
    )


@router.post(
    "/login",
    operation_id="auth-login",
    responses={
        401: {"description": "Wrong username or password"},
        429: {"description": "Slow down"},
    },
    **PUBLIC,
)
async def login(
    body: LoginIn, request: Request, response: Response, session: Session
) -> SessionOut:
    """Start a browser session: an HttpOnly, SameSite=Strict cookie and a CSRF token."""
    check_origin(request)
    now = request.app.state.clock.now()
    # The client's address as the trusted proxy saw it (see api.app), else the peer's.
    address = request.client.host if request.client else "unknown"
    # Logins queue here rather than in the pool: however many arrive, they hold at most
    # LOGIN_SLOTS connections of this process while they wait for the throttle's locks.
    async with request.app.state.login_slots:
        reserved = await staff.reserve_password_check(
            session,
            username=body.username,
            address=address,
            now=now,
            since=now - FAILURE_WINDOW,
            max_per_account=MAX_FAILURES_PER_ACCOUNT,
            max_per_address=MAX_FAILURES_PER_ADDRESS,
        )
        if reserved is None:
            await session.rollback()  # the locks and the connection go before the slot does
            raise TooManyAttempts(int(FAILURE_WINDOW.total_seconds()))
        user = await staff.user_by_username(session, body.username)
        # The check stays counted as a failure unless the password is right; the commit
        # gives the connection back while Argon2 runs, so slow guesses cannot hold the pool.
        await session.commit()
    valid = await verify_password(user.password_hash if user else None, body.password)
    if user is None or not valid or not user.active:
        raise Unauthenticated("Forkert brugernavn eller adgangskode.")
    await staff.release_password_check(session, reserved)
    token, csrf_token = new_token(), new_token()
    expires_at = now + SessionPolicy().absolute
    await staff.add_session(
        session,
        token_hash=digest(token),
        user_id=user.id,
        csrf_token=csrf_token,
        now=now,
        expires_at=expires_at,
    )
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SessionPolicy().absolute.total_seconds()),
        httponly=True,
        samesite="strict",
        secure=not _plain_localhost(request),
        path="/",
    )
    return _session_out(user, csrf_token, expires_at)


def _plain_localhost(request: Request) -> bool:
    # The Secure flag would keep the cookie from ever being sent over plain http on localhost.
    return request.url.scheme == "http" and request.url.hostname in ("localhost", "127.0.0.1")


@router.get("/session", operation_id="auth-session", **LOGGED_IN)
async def current_session(session: Session, caller: CallerDep) -> SessionOut:
    """The logged-in user, their permissions and the CSRF token for this session."""
    if caller.session_hash is None or caller.csrf_token is None:
        raise Forbidden("Kun for brugere logget ind i browseren.")
    found = await staff.session_with_user(session, caller.session_hash)
    assert found is not None  # authentication just read the same row
    record, user = found
    return _session_out(user, caller.csrf_token, record.expires_at)


@router.post(
    "/logout", operation_id="auth-logout", status_code=status.HTTP_204_NO_CONTENT, **LOGGED_IN
)
async def logout(session: Session, caller: CallerDep) -> Response:
    """End this browser session."""
    if caller.session_hash is not None:
        await staff.revoke_session(session, caller.session_hash, caller.now())
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response


@router.post("/password", operation_id="auth-change_password", status_code=204, **LOGGED_IN)
async def change_password(body: PasswordChangeIn, session: Session, caller: CallerDep) -> Response:
    """Change one's own password; the user's other sessions end."""
    if caller.principal.kind != "user" or caller.session_hash is None:
        raise Forbidden("Kun for brugere logget ind i browseren.")
    user = await staff.get_user(session, caller.centre_id, caller.principal.id)
    if not await verify_password(user.password_hash, body.current_password):
        raise RuleViolation("Den nuværende adgangskode er forkert.", field="current_password")
    check_password(body.new_password, field="new_password")
    user.password_hash = await hash_password(body.new_password)
    user.password_changed_at = caller.now()
    await staff.revoke_sessions_of(session, user.id, caller.now(), keep=caller.session_hash)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
